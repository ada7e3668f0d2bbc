import ShopperCore

/// The terminal report: flagged changes first, then each scenario's periods with trend
/// sparklines and its steps in the latest period, then the touchpoint focus list. Fits 80
/// columns; ANSI colour only when `colour` is true, and none from the data: text from scenario,
/// touchpoint and run files goes through `TextLayout.safe`.
public struct TextRenderer: Sendable {
    public var colour: Bool
    public var width: Int
    public var language: Language
    var strings: ReportStrings { ReportStrings(language) }

    public init(colour: Bool = false, width: Int = 80, language: Language = .en) {
        self.colour = colour
        self.width = max(60, width)
        self.language = language
    }

    public func render(_ report: Report) -> String {
        var lines: [String] = []
        let header = strings.header(unit: report.unit, counted: report.countedRuns, inProgress: report.inProgressRuns)
        lines.append(bold(TextLayout.truncate(header, to: width)))
        if report.scenarios.isEmpty {
            lines.append("")
            lines.append(strings.noMatchingRuns)
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
        var lines = [bold(strings.changes)]
        var any = false
        for scenario in report.scenarios {
            guard let comparison = scenario.comparison else { continue }
            lines.append("  " + TextLayout.truncate(
                "\(TextLayout.safe(scenario.scenario)): " + strings.against(comparison.current.label, comparison.baseline.label), to: width - 2))
            if let missing = strings.missingRuns(comparison) {
                lines.append("    " + missing)
            } else if scenario.changes.isEmpty {
                lines.append("    " + strings.noSignificantChange)
            }
            for change in scenario.changes {
                any = true
                let what = change.metric == .barrier ? TextLayout.safe(change.barrier ?? "") : strings.metric(change.metric)
                let row = TextLayout.pad(strings.changeLabel(change), 14) + " "
                    + TextLayout.pad(TextLayout.safe(change.step ?? strings.wholeTask), 16) + " "
                    + TextLayout.pad(what, 16) + " "
                    + TextLayout.pad(strings.changeValues(change), 17) + " "
                    + TextLayout.pValue(change.p)
                lines.append("    " + paint(TextLayout.truncate(row, to: width - 4), change.kind))
            }
            if let note = strings.comparisonNote(scenario) {
                lines += wrap(strings.note + ": " + TextLayout.safe(note), indent: 4)
            }
        }
        if !any, lines.count == 1 { lines.append("  " + strings.nothingToCompare) }
        return lines
    }

    func scenario(_ s: ScenarioReport) -> [String] {
        var lines = [bold(TextLayout.truncate("\(TextLayout.safe(s.scenario)) — \(TextLayout.safe(s.title))", to: width))]
        let columns = strings.periodColumns
        lines.append("  " + TextLayout.pad(columns[0], 9) + TextLayout.padLeft(columns[1], 5) + "  "
                     + TextLayout.pad(columns[2], 16) + TextLayout.pad(columns[3], 20)
                     + TextLayout.padLeft("NPS", 13) + TextLayout.padLeft("CSAT", 6) + TextLayout.padLeft("CES", 5))
        for p in s.periods {
            let success = p.completion.map { "\(TextLayout.percent($0.rate)) \(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
            let time = p.time.map { t in
                t.low.map { "\(TextLayout.seconds(t.value)) \(TextLayout.seconds($0))–\(TextLayout.seconds(t.high))" }
                    ?? TextLayout.seconds(t.value)
            } ?? "–"
            let nps = TextLayout.nps(p.nps, all: strings.npsAll)
            lines.append("  " + TextLayout.pad(p.period.label, 9) + TextLayout.padLeft(String(p.runs), 5) + "  "
                         + TextLayout.pad(success, 16) + TextLayout.pad(time, 20) + TextLayout.padLeft(nps, 13)
                         + TextLayout.padLeft(TextLayout.percent(p.csat?.share), 6)
                         + TextLayout.padLeft(TextLayout.formatted(p.ces?.mean, 1), 5))
        }
        if s.periods.count > 1 {
            let recent = Array(s.periods.suffix(12))
            let words = strings.trendWords
            lines.append("  \(words[0])  \(words[1]) " + TextLayout.sparkline(recent.map { $0.completion?.rate })
                         + "  \(words[2]) " + TextLayout.sparkline(recent.map { $0.time?.value })
                         + "  NPS " + TextLayout.sparkline(recent.map { $0.nps?.score }))
        }
        guard let latest = s.latest else { return lines }
        let recent = Array(s.periods.suffix(8))
        lines.append("")
        let heads = strings.stepColumns
        lines.append("  " + TextLayout.pad(strings.stepsIn(latest.period.label), 18) + TextLayout.padLeft(heads[0], 5)
                     + TextLayout.padLeft(heads[1], 6) + TextLayout.padLeft(heads[2], 8) + " " + TextLayout.pad(heads[3], 8)
                     + TextLayout.padLeft(heads[4], 6) + TextLayout.padLeft(heads[5], 6) + "  " + heads[6])
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
        if let note = strings.untimedNote(s) {
            lines += wrap(strings.note + ": " + note, indent: 2)
        }
        return lines
    }

    func focus(_ report: Report) -> [String] {
        let title = strings.touchpointFocus(report.touchpointPeriod?.label)
        var lines = [bold(title)]
        let focus = report.focus
        if focus.isEmpty {
            lines.append("  " + strings.noTouchpointScores)
            return lines
        }
        let heads = strings.focusColumns
        lines.append("  " + TextLayout.pad("#", 3) + TextLayout.pad(heads[0], 24) + TextLayout.padLeft(heads[1], 6)
                     + TextLayout.padLeft(heads[2], 5) + TextLayout.padLeft(heads[3], 6) + "  " + TextLayout.pad(heads[4], 8)
                     + " " + heads[5])
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
