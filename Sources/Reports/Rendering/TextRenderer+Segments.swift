import ShopperCore

/// The `--by-segment` league table of a scenario's current period in the text report: worst first,
/// within the width; the value's name (and manager) is the last column and wraps, never cut.
extension TextRenderer {
    func league(_ s: ScenarioReport) -> [String] {
        guard let key = s.periods.lazy.compactMap(\.league).first?.key else { return [] }
        guard let period = s.currentPeriod, let table = period.league else {
            let label = s.comparison?.current.label ?? s.latest?.period.label ?? ""
            return ["", "  " + strings.noLeague(label)]
        }
        var lines = [""]
        lines += wrap(strings.leagueTitle(TextLayout.safe(key), period.period.label), indent: 2).map(bold)
        guard !table.rows.isEmpty else {
            return lines + wrap(strings.noValues(table.runsWithoutValue, key: TextLayout.safe(key)), indent: 2)
        }
        lines += wrap(strings.leagueHint(byShop: table.byShop, alpha: table.alpha), indent: 2)
        let heads = strings.leagueColumns(byShop: table.byShop, key: TextLayout.safe(key))
        func cells(_ row: SegmentRow) -> [String] {
            [row.belowProgramme ? "!" : "", row.rank.map(String.init) ?? "–", row.tooFew ? "" : strings.rankChange(row.rankChange),
             String(row.runs), strings.leagueFirst(row, byShop: table.byShop), strings.leagueSecond(row, byShop: table.byShop),
             strings.seconds(row.time?.value), TextLayout.nps(row.nps, all: strings.npsAll)]
        }
        let all = table.rows.map(cells)
        var widths = heads.indices.dropLast().map { i in
            ([heads[i]] + all.map { $0[i] }).map(TextLayout.width).max()!
        }
        widths[0] = 1
        // Time and NPS when they leave the names at least 20 columns.
        let full = 2 + widths.reduce(0) { $0 + $1 + 2 }
        let shown = width - full >= 20 ? widths.count : widths.count - 2
        func line(_ cells: [String]) -> String {
            var out = "  "
            for i in 0..<shown {
                out += (i == 0 || i >= 4 && i <= 5 ? TextLayout.pad(cells[i], widths[i]) : TextLayout.padLeft(cells[i], widths[i])) + "  "
            }
            return out
        }
        lines.append(Self.trimmed(line(heads) + heads.last!))
        var tooFewShown = false
        for (row, rowCells) in zip(table.rows, all) {
            if row.tooFew, !tooFewShown {
                tooFewShown = true
                lines += wrap(strings.tooFewToRank + ":", indent: 2)
            }
            lines += TextLayout.hanging(line(rowCells), strings.segmentName(row), width: width)
        }
        for row in table.rows where row.belowProgramme {
            let detail = row.tests.filter { $0.q < table.alpha && $0.value < $0.rest }.map(strings.belowDetail)
            lines += TextLayout.hanging("  ! ", TextLayout.safe(row.value) + ": " + detail.joined(separator: "; "), width: width)
        }
        if table.runsWithoutValue > 0 {
            lines += wrap(strings.note + ": " + strings.runsWithoutValue(table.runsWithoutValue, key: TextLayout.safe(key)), indent: 2)
        }
        return lines
    }
}
