import ShopperCore

/// The words around the `--by-segment` league tables, in English and Russian.
extension ReportStrings {
    /// `League table by location in 2026-11, worst first`.
    func leagueTitle(_ key: String, _ period: String) -> String {
        t("League table by \(key) in \(period), worst first", "Рейтинг по \(key) в \(period), худшие сверху")
    }

    /// What ranks the table and what the flag means.
    func leagueHint(byShop: Bool, alpha: Double) -> String {
        let keys = byShop ? t("ranked by shop score, then pass rate", "порядок: балл проверки, затем доля зачётов")
            : t("ranked by completion, then mean step score", "порядок: выполнение, затем средняя оценка шагов")
        // 0.05, 0.005, 0.1: as many decimals as the level has (up to 4).
        var level = TextLayout.formatted(alpha, 4)
        while level.hasSuffix("0"), level.contains(".") { level.removeLast() }
        return keys + t("; ! significantly below the rest of the programme (one-sided, q < \(level))",
                        "; ! значимо ниже остальной программы (односторонний тест, q < \(level))")
    }

    /// Column heads: flag, rank, rank change, runs, the two ranking figures, time, NPS; the key last.
    func leagueColumns(byShop: Bool, key: String) -> [String] {
        ["", "#", "±", t("runs", "прогоны"),
         byShop ? metric(.shop) : metric(.completion), byShop ? metric(.pass) : metric(.score),
         t("time", "время"), "NPS", key]
    }

    /// `↑3` (moved up three places), `↓2`, `=`; `–` when not ranked in the previous period.
    func rankChange(_ change: Int?) -> String {
        guard let change else { return "–" }
        return change > 0 ? "↑\(change)" : change < 0 ? "↓\(-change)" : "="
    }

    var tooFewToRank: String {
        t("too few runs to rank (under \(SegmentRow.minimumRuns))", "слишком мало прогонов для рейтинга (меньше \(SegmentRow.minimumRuns))")
    }

    var belowTheRest: String { t("below the rest", "ниже остальных") }

    /// `shop score 61% vs 85% for the rest, q=0.004`.
    func belowDetail(_ test: SegmentTest) -> String {
        "\(metric(test.metric)) \(TextLayout.value(test.value, of: test.metric, language: language))"
            + t(" vs \(TextLayout.value(test.rest, of: test.metric, language: language)) for the rest",
                " против \(TextLayout.value(test.rest, of: test.metric, language: language)) у остальных")
            + ", " + TextLayout.qValue(test.q)
    }

    /// `5 runs without a location are in the rest of the programme, not listed`.
    func runsWithoutValue(_ n: Int, key: String) -> String {
        t("\(runs(n)) without a \(key) value: in the rest of the programme, not listed",
          "\(runs(n)) без значения \(key): входят в остальную программу, в таблице не показаны")
    }

    /// `no run of the period has a location value (11 runs)`: a table with no rows.
    func noValues(_ n: Int, key: String) -> String {
        t("no run of the period has a \(key) value (\(runs(n)))", "ни у одного прогона периода нет значения \(key) (\(runs(n)))")
    }

    /// `no runs of the scenario in 2026-11` where the compared period has none.
    func noLeague(_ period: String) -> String {
        t("no runs in \(period): no league table", "в \(period) нет прогонов: рейтинга нет")
    }

    /// The figure a table ranks on, with its interval: `61% (52–70%)` or `7.2 (6.5–7.9)`.
    func leagueFirst(_ row: SegmentRow, byShop: Bool) -> String {
        byShop ? TextLayout.share(row.shop?.mean, low: row.shop?.low, high: row.shop?.high)
            : TextLayout.share(row.completion?.rate, low: row.completion?.low, high: row.completion?.high)
    }

    func leagueSecond(_ row: SegmentRow, byShop: Bool) -> String {
        if byShop { return TextLayout.share(row.pass?.rate, low: row.pass?.low, high: row.pass?.high) }
        guard let score = row.score else { return "–" }
        guard let low = score.low, let high = score.high else { return TextLayout.formatted(score.mean, 1) }
        return "\(TextLayout.formatted(score.mean, 1)) (\(TextLayout.formatted(low, 1))–\(TextLayout.formatted(high, 1)))"
    }

    /// The value as a reader knows it: the name, the id in brackets when it differs, the manager.
    func segmentName(_ row: SegmentRow) -> String {
        var text = TextLayout.safe(row.name)
        if row.name != row.value { text += " (\(TextLayout.safe(row.value)))" }
        if let manager = row.manager { text += " · " + TextLayout.safe(manager) }
        return text
    }

    /// The dot plot's title: `Shop score by location in 2026-11, 95% intervals`.
    func leaguePlotTitle(byShop: Bool, key: String, period: String) -> String {
        let figure = byShop ? metric(.shop) : metric(.completion)
        return t("\(figure.prefix(1).uppercased() + figure.dropFirst()) by \(key) in \(period), with 95% intervals; the line is the whole programme",
                 "\(figure.prefix(1).uppercased() + figure.dropFirst()) по \(key) в \(period), с 95% интервалами; линия — вся программа")
    }

    /// `and 12 more in the table`.
    func moreInTable(_ n: Int) -> String { t("and \(n) more in the table", "и ещё \(n) в таблице") }
}
