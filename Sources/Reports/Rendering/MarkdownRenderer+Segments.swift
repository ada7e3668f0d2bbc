import ShopperCore

/// The `--by-segment` league table of a scenario's current period as a Markdown table, worst first.
extension MarkdownRenderer {
    static func league(_ s: ScenarioReport, _ strings: ReportStrings) -> [String] {
        guard let key = s.periods.lazy.compactMap(\.league).first?.key else { return [] }
        guard let period = s.currentPeriod, let table = period.league else {
            return ["", strings.noLeague(s.comparison?.current.label ?? s.latest?.period.label ?? "") + "."]
        }
        var out = ["", "### \(cell(strings.leagueTitle(key, period.period.label)))", ""]
        guard !table.rows.isEmpty else {
            return out + [cell(strings.noValues(table.runsWithoutValue, key: key)) + "."]
        }
        out.append(cell(strings.leagueHint(byShop: table.byShop, alpha: table.alpha)) + ".")
        out.append("")
        let heads = strings.leagueColumns(byShop: table.byShop, key: key)
        out.append(row([heads[1], heads[2], cell(heads[8]), heads[3], heads[4], heads[5], heads[6], heads[7], strings.belowTheRest]))
        out.append("|--:|--:|---|--:|--:|--:|--:|--:|---|")
        for r in table.rows {
            let flag: String
            if r.tooFew {
                flag = strings.tooFewToRank
            } else if r.belowProgramme {
                let detail = r.tests.filter { $0.q < table.alpha && $0.value < $0.rest }.map(strings.belowDetail)
                flag = "**!** " + detail.joined(separator: "; ")
            } else {
                flag = r.q.map { TextLayout.qValue($0) } ?? ""
            }
            out.append("| \(r.rank.map(String.init) ?? "–") | \(r.tooFew ? "" : strings.rankChange(r.rankChange)) | \(cell(strings.segmentName(r))) | \(r.runs) | \(strings.leagueFirst(r, byShop: table.byShop)) | \(strings.leagueSecond(r, byShop: table.byShop)) | \(strings.seconds(r.time?.value)) | \(TextLayout.nps(r.nps, spaced: true, all: strings.npsAll)) | \(cell(flag)) |")
        }
        if table.runsWithoutValue > 0 {
            out.append("")
            out.append("\(strings.noteTitle): \(cell(strings.runsWithoutValue(table.runsWithoutValue, key: key))).")
        }
        return out
    }
}
