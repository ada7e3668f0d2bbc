import Foundation
import ShopperCore

/// Words and numbers of the HTML report's charts, their data tables and its footer, in English
/// and Russian. Numbers shown in Russian take a decimal comma (`6,0`), as everywhere a Russian
/// reader sees a number in the HTML; English keeps the point.
extension ReportStrings {
    /// The language's decimal separator.
    var decimalSeparator: String { language == .ru ? "," : "." }

    /// `value` with `digits` decimals in the language: `6.5` / `6,5`; `–` for nil.
    func decimal(_ value: Double?, _ digits: Int) -> String {
        localised(TextLayout.formatted(value, digits))
    }

    /// A number already written with a decimal point (`TextLayout` output), in the language.
    func localised(_ number: String) -> String {
        language == .ru ? number.replacingOccurrences(of: ".", with: ",") : number
    }

    /// A share with its interval (`TextLayout.share`) in the language.
    func share(_ value: Double?, low: Double?, high: Double?) -> String {
        localised(TextLayout.share(value, low: low, high: high))
    }

    /// A q value (`TextLayout.qValue`) in the language.
    func q(_ q: Double?) -> String { localised(TextLayout.qValue(q)) }

    // MARK: Time panels

    /// The label on a time panel's target line: `target 5m` / `цель 5 мин`.
    func targetLabel(_ duration: String) -> String { t("target \(duration)", "цель \(duration)") }
    /// Hover text of a clipped interval end.
    func intervalRunsTo(_ duration: String) -> String {
        t("the 95% interval runs to \(duration), past the axis", "95% интервал доходит до \(duration), за пределы оси")
    }
    /// A time point whose interval is not drawn: too few times.
    func noIntervalBelow(n: Int) -> String {
        n <= 1 ? noInterval : t("no interval drawn (n=\(n) < 3)", "интервал не показан (n=\(n) < 3)")
    }
    var timePerStepNote: String {
        t("Each axis follows the points and the target (dashed); an interval drawn only from 3 times up, one running past the axis ends in an arrow with its end printed; n under each period; at most the latest \(SVGCharts.TimePanel.periods) periods (all of them in the table).",
          "Ось следует за точками и целью (пунктир); интервал показан только от 3 замеров, выходящий за ось заканчивается стрелкой с подписанным концом; под каждым периодом — n; не больше \(SVGCharts.TimePanel.periods) последних периодов (все — в таблице).")
    }

    // MARK: Data tables (the charts' twins)

    var chartData: String { t("Chart data as a table", "Данные графика таблицей") }
    /// Column heads of the score curve's table: step, touchpoint, score, 95% interval, n, baseline.
    func scoreTableColumns(current: String, baseline: String?) -> [String] {
        language == .ru
            ? ["Шаг", "Точка контакта", "Оценка в \(current)", "95% ДИ", "n"] + (baseline.map { ["Оценка в \($0)"] } ?? [])
            : ["Step", "Touchpoint", "Score in \(current)", "95% CI", "n"] + (baseline.map { ["Score in \($0)"] } ?? [])
    }
    /// Column heads of the time panels' table: step, then one per period.
    var timeTableFirstColumns: [String] { language == .ru ? ["Шаг", "Цель"] : ["Step", "Target"] }
    /// A time table cell: `1m32s (1m10s–2m01s) n=5`.
    func timeCell(_ t: GeometricMean?) -> String {
        guard let t else { return "–" }
        let range = drawsIntervalText(t) ? " (" + timeRange(t.low, t.high) + ")" : ""
        return seconds(t.value) + range + " n=\(t.n)"
    }
    private func drawsIntervalText(_ t: GeometricMean) -> Bool {
        SVGCharts.drawsInterval(n: t.n) && t.low != nil && t.high != nil
    }

    // MARK: Touchpoints

    /// Marks a score from too few attempts: `n<5`.
    var thinMark: String { "n<\(TouchpointScore.minimumFocusN)" }
    /// The wheel legend's line for the previous period's outline.
    func wheelPreviousLegend(_ period: String) -> String { t("\(period) (previous): thin outline", "\(period) (предыдущий): тонкий контур") }
    /// The wheel legend's line for hollow dots.
    var wheelThinLegend: String {
        let n = TouchpointScore.minimumFocusN
        return t("hollow dot, n<\(n): fewer than \(n) scored attempts, not ranked in the focus list",
                 "полая точка, n<\(n): меньше \(n) оценённых попыток, в список фокуса не входит")
    }
    /// The dot plot's legend: current dot, previous ring.
    func dotPlotLegend(current: String?, previous: String?) -> String {
        let now = current ?? t("latest", "последний")
        return previous.map { t("● \(now)  ○ \($0)", "● \(now)  ○ \($0)") } ?? "● \(now)"
    }
    /// Accessible name of the touchpoint dot plot.
    var touchpointDotPlot: String { t("Touchpoint scores, previous and current period", "Оценки точек контакта, предыдущий и текущий период") }
    /// Accessible name of the narrow score chart.
    var scoreAlongJourneyList: String { t("Score along the journey, step by step", "Оценка по ходу пути, по шагам") }
    /// Column heads of the touchpoint table.
    func touchpointColumns(previous: String?) -> [String] {
        let base = touchpointTableColumns
        // Focus, Touchpoint, Owner, Score, [Previous], n, Importance, Priority, Trend
        var columns = Array(base.prefix(4))
        columns.append(previous.map { t("Score in \($0)", "Оценка в \($0)") } ?? t("Previous", "Предыдущая"))
        columns += base.dropFirst(4)
        columns.append(t("Trend", "Тренд"))
        return columns
    }

    // MARK: Footer

    /// `Made 2026-11-30 14:05 UTC from runs of 2026-08 to 2026-11 (4 months; 2026-11 still in progress).`
    func madeFrom(generated: Date?, first: Period?, last: Period?, unit: PeriodUnit, partial: Bool) -> String {
        var parts: [String] = []
        if let generated {
            parts.append(t("Made \(Self.stamp(generated)) UTC", "Сделан \(Self.stamp(generated)) UTC"))
        }
        if let first, let last {
            let range = first == last ? first.label : "\(first.label) – \(last.label)"
            parts.append(t("data \(range) (\(by(unit)))", "данные \(range) (\(by(unit)))"))
            if partial { parts.append(t("\(last.label) is still in progress", "\(last.label) ещё не закончился")) }
        }
        return parts.joined(separator: " · ")
    }

    /// `2026-11-30 14:05` in UTC.
    static func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// The methods note under the report, without pointing at files the reader does not have.
    var methodsNote: String {
        t("Completion: adjusted-Wald 95% interval. Time: geometric mean of successful attempts with a 95% t interval on log seconds. Changes: Welch's t-test (log seconds for time; scores, compliance, shop score, CES), the N−1 two-proportion test (completion, pass, within target, CSAT) and a z test of the NPS difference; flagged when the Benjamini–Hochberg q over every test of the report is below 0.05.",
          "Выполнение: 95% интервал Вальда с поправкой. Время: среднее геометрическое успешных попыток с 95% t-интервалом по логарифму секунд. Изменения: t-тест Уэлча (по логарифму секунд для времени; оценки, чек-листы, балл проверки, CES), тест двух долей N−1 (выполнение, зачёт, цели, CSAT) и z-тест разности NPS; отмечаются, когда q Бенджамини — Хохберга по всем тестам отчёта меньше 0,05.")
    }

    /// The print note above a barrier table that shows only the latest periods on paper.
    func printShowsLatest(_ shown: Int, of total: Int) -> String {
        t("On paper: the latest \(shown) of \(total) periods.", "На бумаге: последние \(shown) из \(total) периодов.")
    }
}
