/// The terminal report: flagged changes first, then each scenario's periods with trend
/// sparklines and its steps in the latest period, then the touchpoint focus list. Fits 80
/// columns; ANSI colour only when `colour` is true, and none from the data: text from scenario,
/// touchpoint and run files goes through `TextLayout.safe`.
public struct TextRenderer: Sendable {
    public var colour: Bool
    public var width: Int

    public init(colour: Bool = false, width: Int = 80) {
        self.colour = colour
        self.width = max(60, width)
    }

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        var header = "shopper report · by \(report.unit.rawValue) · \(TextLayout.count(report.countedRuns, "run"))"
        if report.inProgressRuns > 0 { header += " (+\(report.inProgressRuns) in progress, not counted)" }
        lines.append(bold(TextLayout.truncate(header, to: width)))
        if report.scenarios.isEmpty {
            lines.append("")
            lines.append("No completed or abandoned runs match.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        lines += changes(report)
        for scenario in report.scenarios {
            lines.append("")
            lines += self.scenario(scenario)
        }
        lines.append("")
        lines += focus(report)
        return lines.map(Self.trimmed).joined(separator: "\n") + "\n"
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    // MARK: Sections

    func changes(_ report: Report) -> [String] {
        var lines = [bold("Changes")]
        var any = false
        for scenario in report.scenarios {
            guard let comparison = scenario.comparison else { continue }
            lines.append("  " + TextLayout.truncate(
                "\(TextLayout.safe(scenario.scenario)): \(comparison.current.label) against \(comparison.baseline.label)", to: width - 2))
            if let missing = comparison.missingRuns {
                lines.append("    " + missing)
            } else if scenario.changes.isEmpty {
                lines.append("    no significant change")
            }
            for change in scenario.changes {
                any = true
                let what = change.metric == .barrier ? TextLayout.safe(change.barrier ?? "") : change.metric.rawValue
                let row = TextLayout.pad(TextLayout.changeLabel(change), 14) + " "
                    + TextLayout.pad(TextLayout.safe(change.step ?? "whole task"), 16) + " "
                    + TextLayout.pad(what, 16) + " "
                    + TextLayout.pad(TextLayout.changeValues(change), 17) + " "
                    + TextLayout.pValue(change.p)
                lines.append("    " + paint(TextLayout.truncate(row, to: width - 4), change.kind))
            }
            if let note = comparison.note {
                lines += wrap("note: " + TextLayout.safe(note), indent: 4)
            }
        }
        if !any, lines.count == 1 { lines.append("  fewer than two periods: nothing to compare") }
        return lines
    }

    func scenario(_ s: ScenarioReport) -> [String] {
        var lines = [bold(TextLayout.truncate("\(TextLayout.safe(s.scenario)) — \(TextLayout.safe(s.title))", to: width))]
        lines.append("  " + TextLayout.pad("period", 9) + TextLayout.padLeft("runs", 5) + "  "
                     + TextLayout.pad("success (95%)", 16) + TextLayout.pad("time (95%)", 20)
                     + TextLayout.padLeft("NPS", 13) + TextLayout.padLeft("CSAT", 6) + TextLayout.padLeft("CES", 5))
        for p in s.periods {
            let success = p.completion.map { "\(TextLayout.percent($0.rate)) \(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
            let time = p.time.map { t in
                t.low.map { "\(TextLayout.seconds(t.value)) \(TextLayout.seconds($0))–\(TextLayout.seconds(t.high))" }
                    ?? TextLayout.seconds(t.value)
            } ?? "–"
            let nps = TextLayout.nps(p.nps)
            lines.append("  " + TextLayout.pad(p.period.label, 9) + TextLayout.padLeft(String(p.runs), 5) + "  "
                         + TextLayout.pad(success, 16) + TextLayout.pad(time, 20) + TextLayout.padLeft(nps, 13)
                         + TextLayout.padLeft(TextLayout.percent(p.csat?.share), 6)
                         + TextLayout.padLeft(TextLayout.formatted(p.ces?.mean, 1), 5))
        }
        if s.periods.count > 1 {
            let recent = Array(s.periods.suffix(12))
            lines.append("  trend  success " + TextLayout.sparkline(recent.map { $0.completion?.rate })
                         + "  time " + TextLayout.sparkline(recent.map { $0.time?.value })
                         + "  NPS " + TextLayout.sparkline(recent.map { $0.nps?.score }))
        }
        guard let latest = s.latest else { return lines }
        let recent = Array(s.periods.suffix(8))
        lines.append("")
        lines.append("  " + TextLayout.pad("steps in \(latest.period.label)", 18) + TextLayout.padLeft("tries", 5)
                     + TextLayout.padLeft("done", 6) + TextLayout.padLeft("time", 8) + " " + TextLayout.pad("trend", 8)
                     + TextLayout.padLeft("score", 6) + TextLayout.padLeft("check", 6) + "  barriers")
        for step in latest.steps {
            let trend = TextLayout.sparkline(recent.map { $0.step(step.step)?.time?.value })
            let barriers = step.barriers.map { "\(TextLayout.safe($0.id))×\($0.runs)" }.joined(separator: " ")
            var row = "  " + TextLayout.pad(TextLayout.safe(step.step), 18) + TextLayout.padLeft(String(step.attempts), 5)
                + TextLayout.padLeft(TextLayout.percent(step.completion?.rate), 6)
                + TextLayout.padLeft(TextLayout.seconds(step.time?.value), 8) + " " + TextLayout.pad(trend, 8)
                + TextLayout.padLeft(TextLayout.formatted(step.score?.mean, 1), 6)
                + TextLayout.padLeft(TextLayout.percent(step.checklist?.compliance), 6) + "  "
            row += TextLayout.truncate(barriers.isEmpty ? "–" : barriers, to: max(1, width - TextLayout.width(row)))
            lines.append(row)
        }
        if let note = TextLayout.untimedNote(s) {
            lines += wrap("note: " + note, indent: 2)
        }
        return lines
    }

    func focus(_ report: Report) -> [String] {
        let title = "Touchpoint focus" + (report.touchpointPeriod.map { " (\($0.label))" } ?? "")
        var lines = [bold(title)]
        let focus = report.focus
        if focus.isEmpty {
            lines.append("  no touchpoint scores")
            return lines
        }
        lines.append("  " + TextLayout.pad("#", 3) + TextLayout.pad("touchpoint", 24) + TextLayout.padLeft("score", 6)
                     + TextLayout.padLeft("imp", 5) + TextLayout.padLeft("prio", 6) + "  " + TextLayout.pad("trend", 8)
                     + " owner")
        for t in focus {
            var row = "  " + TextLayout.pad("\(t.focus!)", 3) + TextLayout.pad(TextLayout.safe(t.id), 24)
                + TextLayout.padLeft(TextLayout.formatted(t.score, 1), 6)
                + TextLayout.padLeft(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–", 5)
                + TextLayout.padLeft(TextLayout.formatted(t.priority, 0), 6) + "  "
                + TextLayout.pad(TextLayout.sparkline(t.trend.suffix(8).map(\.value)), 8) + " "
            row += TextLayout.truncate(TextLayout.safe(t.owner ?? "–"), to: max(1, width - TextLayout.width(row)))
            lines.append(row)
        }
        return lines
    }

    // MARK: Helpers

    func wrap(_ text: String, indent: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if TextLayout.width(candidate) + indent > width, !line.isEmpty {
                lines.append(String(repeating: " ", count: indent) + line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        if !line.isEmpty { lines.append(String(repeating: " ", count: indent) + TextLayout.truncate(line, to: width - indent)) }
        return lines
    }

    func bold(_ text: String) -> String {
        colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text
    }

    func paint(_ text: String, _ kind: Change.Kind) -> String {
        guard colour else { return text }
        let code = switch kind {
        case .regression: "31"
        case .improvement: "32"
        case .new: "33"
        case .resolved: "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
