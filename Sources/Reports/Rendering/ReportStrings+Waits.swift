import ShopperCore

/// The words of a wait step's response figures (`ResponseStats`) in the text, Markdown and HTML
/// reports, in English and Russian.
extension ReportStrings {
    /// `Responses in 2026-11` / `Ответы в 2026-11`.
    func responsesIn(_ period: String) -> String { t("Responses in \(period)", "Ответы в \(period)") }

    /// The response figures of a wait step in one sentence, as a manager reads them:
    /// `median 2h40m of working time (1h10m–4h), 18% never answered, 62% within 3h, n=22`
    /// / `медиана 2 ч 40 мин рабочего времени (1 ч 10 мин – 4 ч), 18% без ответа, 62% в пределах 3 ч, n=22`.
    func responseSummary(_ r: ResponseStats) -> String {
        guard r.n > 0 else { return t("no wait watched to an end", "нет ожиданий, прослеженных до конца") + left(r) }
        var parts: [String] = [median(r)]
        parts.append(t("\(TextLayout.percent(r.unansweredShare)) never answered", "\(TextLayout.percent(r.unansweredShare)) без ответа"))
        if let target = r.target, let within = r.withinTarget {
            parts.append(t("\(TextLayout.percent(within.rate)) within \(seconds(target))",
                           "\(TextLayout.percent(within.rate)) в пределах \(seconds(target))"))
        }
        return parts.joined(separator: ", ") + ", n=\(r.n)" + left(r)
    }

    /// `median 2h40m of working time (1h10m–4h)`; `more than half never answered` without a median.
    func median(_ r: ResponseStats) -> String {
        guard let median = r.median else {
            return t("no median: fewer than half answered", "медианы нет: ответ получен меньше чем в половине случаев")
        }
        let clock = r.clock == .working ? t(" of working time", " рабочего времени") : ""
        return t("median ", "медиана ") + seconds(median) + clock + (medianInterval(r).map { " (\($0))" } ?? "")
    }

    /// The median's interval: `1h10m–4h`, `from 1h10m` when open at the top; nil when unknown.
    func medianInterval(_ r: ResponseStats) -> String? {
        let (low, high) = r.medianInterval
        switch (low, high) {
        case let (low?, high?): return timeRange(low, high)
        case let (low?, nil): return t("from \(seconds(low))", "от \(seconds(low))")
        default: return nil
        }
    }

    /// `; 1 open wait left out` / `; не учтено ожиданий: 1` when some waits had no time.
    private func left(_ r: ResponseStats) -> String {
        guard r.leftOut > 0 else { return "" }
        return "; " + t(r.leftOut == 1 ? "1 wait without an end left out" : "\(r.leftOut) waits without an end left out",
                        "не учтено ожиданий без конца: \(r.leftOut)")
    }

    /// The chart's name: `Ask for a proposal: share of requests answered by time, 2026-11 and 2026-10`.
    func responseCurveLabel(_ step: String, periods: [String]) -> String {
        t("\(step): share of requests answered by time, \(periods.joined(separator: " and "))",
          "\(step): доля запросов с ответом к моменту времени, \(periods.joined(separator: " и "))")
    }

    var responseCurveHint: String {
        t("Share of requests answered by each time after sending (Kaplan–Meier: unanswered requests count until they were given up); solid the current period, dashed the baseline, the dashed vertical line the target.",
          "Доля запросов, на которые ответили к каждому моменту после отправки (Каплан — Мейер: запросы без ответа учтены до момента, когда ждать перестали); сплошная линия — текущий период, пунктир — базовый, вертикальный пунктир — цель.")
    }

    /// The response table's first columns.
    var responseTableColumns: [String] {
        [t("Period", "Период"), "n", t("Never answered", "Без ответа"), t("Median", "Медиана"), "95%"]
    }

    /// `answered by 3h` / `ответ за 3 ч`.
    func answeredBy(_ time: String) -> String { t("answered by \(time)", "ответ за \(time)") }

    /// `working time` / `рабочее время`, `wall-clock time` / `календарное время`.
    func clockName(_ clock: Wait.Clock) -> String {
        clock == .working ? t("working time", "рабочее время") : t("wall-clock time", "календарное время")
    }
}
