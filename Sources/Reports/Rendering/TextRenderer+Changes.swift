import ShopperCore

/// The terminal report's "Changes": every flagged change with names, not ids, as the summary
/// says them (`ScenarioSummary.of(_:)`): the step's title, the metric or the barrier's text, the
/// values (a barrier's runs of each period: `0 of 22 → 11 of 27 runs`) and q, wrapped under
/// itself, never cut.
extension TextRenderer {
    /// `Pay by card: score 7.4 → 4.2  q<0.001`; `Pay by card: After 3-D Secure … —` (the counts follow,
    /// `barrierCounts`).
    func changeText(_ f: Finding) -> String {
        let change = f.change
        let whole = strings.wholeTask.prefix(1).uppercased() + strings.wholeTask.dropFirst()
        let place = f.stepTitle.map(TextLayout.safe) ?? whole
        if change.metric == .barrier {
            return "\(place): \(TextLayout.safe(f.barrierText ?? change.barrier ?? "")) —"
        }
        return "\(place): \(strings.changeSubject(change)) \(strings.changeValues(change))  \(strings.q(change.q))"
    }

    /// A barrier change's runs of each period: `0 of 22 → 11 of 27 runs`; nil for other metrics.
    func barrierCounts(_ f: Finding) -> String? {
        f.change.metric == .barrier ? strings.localised(strings.barrierCounts(f)) : nil
    }

    func changes(_ report: Report) -> [String] {
        var lines = [bold(strings.changes)]
        var any = false
        for scenario in report.scenarios {
            guard let comparison = scenario.comparison else { continue }
            lines.append("  " + TextLayout.truncate(
                "\(TextLayout.safe(scenario.scenario)): " + strings.against(comparison.current.label, comparison.baseline.label), to: width - 2))
            let findings = ScenarioSummary.of(scenario).findings
            if let missing = strings.missingRuns(comparison) {
                lines.append("    " + missing)
            } else if findings.isEmpty {
                lines.append("    " + strings.noSignificantChange)
            }
            for finding in findings {
                any = true
                let row = "    " + TextLayout.pad(strings.changeLabel(finding.change), 14) + " "
                var parts = TextLayout.hanging(row, changeText(finding), width: width)
                // A barrier's counts ("0 of 12 → 8 of 13 runs") are kept on one line.
                if let counts = barrierCounts(finding) {
                    let indent = String(repeating: " ", count: TextLayout.width(row))
                    let last = parts.removeLast()
                    if TextLayout.width(last) + 1 + TextLayout.width(counts) <= width {
                        parts.append(last + " " + counts)
                    } else {
                        parts += [last, indent + counts]
                    }
                }
                for (i, part) in parts.enumerated() {
                    lines.append(i == 0 ? "    " + paint(String(part.dropFirst(4)), finding.change.kind) : paint(part, finding.change.kind))
                }
            }
            if let note = strings.comparisonNote(scenario) {
                lines += wrap(strings.note + ": " + TextLayout.safe(note), indent: 4)
            }
        }
        if !any, lines.count == 1 { lines.append("  " + strings.nothingToCompare) }
        return lines
    }
}
