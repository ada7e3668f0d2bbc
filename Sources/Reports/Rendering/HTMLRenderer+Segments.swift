import ShopperCore

/// `--by-segment` in the HTML: the current period's league table (worst first) and its sorted dot
/// plot, under the scenario's other tables. The table is the plot's twin and lists every value.
extension HTMLRenderer {
    static func league(_ s: ScenarioReport, _ strings: ReportStrings) -> String {
        guard let key = s.periods.lazy.compactMap(\.league).first?.key else { return "" }
        guard let period = s.currentPeriod, let table = period.league else {
            return "<p class=\"quiet\">\(escape(strings.noLeague(s.comparison?.current.label ?? s.latest?.period.label ?? "")))</p>\n"
        }
        var h = "<h3>\(escape(strings.leagueTitle(key, period.period.label)))</h3>\n"
        guard !table.rows.isEmpty else {
            return h + "<p class=\"quiet\">\(escape(strings.noValues(table.runsWithoutValue, key: key))).</p>\n"
        }
        h += "<p class=\"hint\">\(escape(strings.leagueHint(byShop: table.byShop, alpha: table.alpha)))</p>\n"
        let programme = table.byShop ? period.shop?.mean : period.completion?.rate
        h += "<figure>" + SVGCharts.leagueDots(table, programme: programme,
                                                 title: strings.leaguePlotTitle(byShop: table.byShop, key: key, period: period.period.label),
                                                 strings)
        if table.ranked.count > SVGCharts.LeaguePanel.rows {
            h += "<figcaption class=\"hint\">\(escape(strings.moreInTable(table.ranked.count - SVGCharts.LeaguePanel.rows)))</figcaption>"
        }
        h += "</figure>\n"
        let heads = strings.leagueColumns(byShop: table.byShop, key: key)
        h += "<div class=\"scroll\"><table class=\"league\"><thead><tr>"
            + HTMLRenderer.heads([heads[1], heads[2], heads[8], heads[3], heads[4], heads[5], heads[6], heads[7], strings.belowTheRest])
            + "</tr></thead><tbody>\n"
        for r in table.rows {
            let flag: String
            if r.tooFew {
                flag = "<span class=\"quiet\">\(escape(strings.tooFewToRank))</span>"
            } else if r.belowProgramme {
                let detail = r.tests.filter { $0.q < table.alpha && $0.value < $0.rest }.map(strings.belowDetail)
                flag = "<span class=\"tag regression\">!</span> " + escape(detail.joined(separator: "; "))
            } else {
                flag = "<span class=\"quiet\">\(escape(r.q.map { TextLayout.qValue($0) } ?? ""))</span>"
            }
            h += "<tr\(r.belowProgramme ? " class=\"below\"" : "")><td class=\"num\">\(r.rank.map(String.init) ?? "–")</td>"
                + "<td class=\"num\">\(escape(r.tooFew ? "" : strings.rankChange(r.rankChange)))</td>"
                + "<td>\(escape(strings.segmentName(r)))</td><td class=\"num\">\(r.runs)</td>"
                + "<td class=\"num\">\(escape(strings.leagueFirst(r, byShop: table.byShop)))</td>"
                + "<td class=\"num\">\(escape(strings.leagueSecond(r, byShop: table.byShop)))</td>"
                + "<td class=\"num\">\(escape(strings.seconds(r.time?.value)))</td>"
                + "<td class=\"num\">\(escape(TextLayout.nps(r.nps, spaced: true, all: strings.npsAll)))</td><td>\(flag)</td></tr>\n"
        }
        h += "</tbody></table></div>\n"
        if table.runsWithoutValue > 0 {
            h += "<p class=\"hint\">\(strings.noteTitle): \(escape(strings.runsWithoutValue(table.runsWithoutValue, key: key))).</p>\n"
        }
        return h
    }

    /// Styles of the league table and dot plot, added to the page's CSS when there is one.
    static let leagueCSS = "svg .dot.below{fill:#c0392b}svg text.below{fill:#c0392b;font-weight:600}"
        + "tr.below td{background:rgba(192,57,43,.12)}table.league td:nth-child(3){min-width:14rem}"

    static func hasLeague(_ report: Report) -> Bool {
        report.scenarios.contains { $0.periods.contains { $0.league != nil } }
    }
}
