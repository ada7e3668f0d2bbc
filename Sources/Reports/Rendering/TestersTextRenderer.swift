import ShopperCore

/// `shopper testers` as terminal text: per scenario a table of testers (runs, step-score and
/// shop-score leniency as mean ±95% interval with the runs compared, notes and barriers shares),
/// a line under a flagged tester, and a note under one who never records a barrier. Within
/// `width` (at least 72): the number columns take what they need and the tester column the rest;
/// names wrap onto further lines, never cut.
public struct TestersTextRenderer: Sendable {
    public var width: Int
    public var language: Language

    public init(width: Int = 80, language: Language = .en) {
        self.width = width
        self.language = language
    }

    public func render(_ calibration: TesterCalibration) -> String {
        let strings = ReportStrings(language)
        var lines = ["\(strings.testersTitle) · \(strings.testersSummary(runs: calibration.countedRuns, unit: calibration.unit))"]
        guard !calibration.rows.isEmpty else {
            lines.append(strings.noMatchingRuns)
            return lines.joined(separator: "\n") + "\n"
        }
        lines += TextLayout.wrapped(strings.testersLegend(alpha: calibration.alpha), to: max(20, width))
        for scenario in calibration.scenarios {
            lines.append("")
            lines += TextLayout.wrapped(TextLayout.safe(scenario), to: max(20, width))
            lines += table(calibration.rows.filter { $0.scenario == scenario }, strings: strings)
        }
        return lines.map(TextRenderer.trimmed).joined(separator: "\n") + "\n"
    }

    /// The cells of a row after the tester: runs, step leniency, shop leniency, notes, barriers.
    func cells(_ row: TesterRow) -> [String] {
        [String(row.runs), Self.leniency(row.leniency, scale: 1, digits: 1),
         Self.leniency(row.shopLeniency, scale: 100, digits: 0),
         TextLayout.percent(row.notesShare), TextLayout.percent(row.barriersShare)]
    }

    func table(_ rows: [TesterRow], strings: ReportStrings) -> [String] {
        let heads = strings.testerColumns
        let body = rows.map(cells)
        let gap = "  "
        let indent = "  "
        // Number columns: as wide as their contents; right-aligned but the two leniency cells.
        var widths = (1..<heads.count).map { c in ([heads[c]] + body.map { $0[c - 1] }).map(TextLayout.width).max()! }
        let fixed = widths.reduce(0, +) + gap.count * widths.count + indent.count
        let names = rows.map { TextLayout.safe($0.tester) }
        let widest = ([heads[0]] + names).map(TextLayout.width).max()!
        let nameWidth = max(12, min(widest, width - fixed))
        widths.insert(nameWidth, at: 0)
        func line(_ first: String, _ rest: [String]) -> String {
            var out = indent + TextLayout.pad(first, nameWidth)
            for (c, cell) in rest.enumerated() {
                let w = widths[c + 1]
                out += gap + (c == 1 || c == 2 ? TextLayout.pad(cell, w) : TextLayout.padLeft(cell, w))
            }
            return out
        }
        var lines = [line(heads[0], Array(heads.dropFirst()))]
        for (row, (name, rest)) in zip(rows, zip(names, body)) {
            let parts = TextLayout.wrapped(name, to: nameWidth)
            lines.append(line(parts[0], rest))
            for part in parts.dropFirst() { lines.append(indent + part) }
            let under = indent + "  "
            if let direction = row.flagged {
                lines += TextLayout.hanging(under, "\(strings.testerFlag(direction)), \(TextLayout.qValue(row.q))", width: width)
            }
            if row.neverRecordsBarriers {
                lines += TextLayout.hanging(under, strings.neverRecordedBarrier(runs: row.runs), width: width)
            }
        }
        return lines
    }

    /// `+1.2 ±0.8 (7)`: the mean, the half-width of the 95% interval and the runs compared, times
    /// `scale` (100 for the shop score's percentage points); `+1.2 (1)` with one run; `–` for none.
    static func leniency(_ l: Leniency?, scale: Double, digits: Int) -> String {
        guard let l else { return "–" }
        let mean = signed(l.mean * scale, digits)
        guard let high = l.high else { return "\(mean) (\(l.n))" }
        return "\(mean) ±\(TextLayout.formatted((high - l.mean) * scale, digits)) (\(l.n))"
    }

    /// `+0.4`, `-0.3`, and `0.0` for whatever rounds to zero, whichever its sign.
    static func signed(_ value: Double, _ digits: Int) -> String {
        let magnitude = TextLayout.formatted(abs(value), digits)
        guard magnitude.contains(where: { $0 != "0" && $0 != "." }) else { return magnitude }
        return (value > 0 ? "+" : "-") + magnitude
    }
}
