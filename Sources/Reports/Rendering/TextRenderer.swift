import ShopperCore

/// The terminal report: flagged changes first, then the owners' action list, then each scenario's periods with trend
/// sparklines and its steps in the latest period, then the touchpoint focus list. Fits `width`
/// columns (at least 60): columns follow their contents, and owners, barrier lists and long
/// changes wrap under their column instead of being cut; ANSI colour only when `colour` is true, and none from the data: text from scenario,
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
        if report.scenarios.isEmpty, report.scenariosWithoutRuns.isEmpty {
            lines.append("")
            lines.append(strings.noMatchingRuns)
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("")
        lines += changes(report)
        lines += actions(report)
        for listed in report.listed {
            lines.append("")
            switch listed {
            case .reported(let scenario): lines += self.scenario(scenario)
            case .noRuns(let scenario): lines += noRuns(scenario)
            }
        }
        lines.append("")
        lines += focus(report)
        return lines.map(Self.trimmed).joined(separator: "\n") + "\n"
    }

    /// A scenario without counted runs: its heading line and "no runs yet".
    func noRuns(_ s: ScenarioWithoutRuns) -> [String] {
        TextLayout.hanging("", "\(TextLayout.safe(s.scenario)) — \(TextLayout.safe(s.title))", width: width).map(bold)
            + ["  " + strings.scenarioHasNoRuns]
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }

    // MARK: Sections

    func scenario(_ s: ScenarioReport) -> [String] {
        var lines = TextLayout.hanging("", "\(TextLayout.safe(s.scenario)) — \(TextLayout.safe(s.title))", width: width).map(bold)
        lines += periods(s)
        if let latest = s.latest, let figures = strings.taskFigures(latest) {
            lines += wrap(strings.taskIn(latest.period.label) + figures, indent: 2)
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
        let stepWidth = min(18, max(([strings.stepsIn(latest.period.label)] + latest.steps.map { TextLayout.safe($0.step) })
            .map(TextLayout.width).max()! + 1, 12))
        let timeWidth = ([heads[2]] + latest.steps.map { strings.seconds($0.time?.value) }).map(TextLayout.width).max()! + 1
        let triesWidth = max(5, TextLayout.width(heads[0]) + 1)
        let checkWidth = max(6, TextLayout.width(heads[5]) + 1)
        let scoreWidth = max(6, TextLayout.width(heads[4]) + 1)
        lines.append("  " + TextLayout.pad(strings.stepsIn(latest.period.label), stepWidth) + TextLayout.padLeft(heads[0], triesWidth)
                     + TextLayout.padLeft(heads[1], 6) + TextLayout.padLeft(heads[2], max(8, timeWidth)) + " " + TextLayout.pad(heads[3], 8)
                     + TextLayout.padLeft(heads[4], scoreWidth) + TextLayout.padLeft(heads[5], checkWidth) + "  " + heads[6])
        for step in latest.steps {
            let trend = TextLayout.sparkline(recent.map { $0.step(step.step)?.time?.value })
            let barriers = step.barriers.map { "\(TextLayout.safe($0.id))×\($0.runs)" }.joined(separator: " ")
            let row = "  " + TextLayout.pad(TextLayout.safe(step.step), stepWidth) + TextLayout.padLeft(String(step.attempts), triesWidth)
                + TextLayout.padLeft(TextLayout.percent(step.completion?.rate), 6)
                + TextLayout.padLeft(strings.seconds(step.time?.value), max(8, timeWidth)) + " " + TextLayout.pad(trend, 8)
                + TextLayout.padLeft(strings.decimal(step.score?.mean, 1), scoreWidth)
                + TextLayout.padLeft(TextLayout.percent(step.checklist?.compliance), checkWidth) + "  "
            lines += TextLayout.hanging(row, barriers.isEmpty ? "–" : barriers, width: width)
        }
        lines += responses(latest)
        if let note = strings.untimedNote(s) {
            lines += wrap(strings.note + ": " + note, indent: 2)
        }
        return lines + league(s)
    }

    /// A scenario's periods table. Column widths follow their contents (Russian times are longer);
    /// when a row would pass the width, the time interval goes on a line of its own under the time.
    func periods(_ s: ScenarioReport) -> [String] {
        let columns = strings.periodColumns
        struct Row { var period, runs, success, time, interval, nps, csat, ces: String }
        let rows = s.periods.map { p in
            Row(period: p.period.label, runs: String(p.runs),
                success: p.completion.map { "\(TextLayout.percent($0.rate)) \(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–",
                time: strings.seconds(p.time?.value),
                interval: p.time.flatMap { t in t.low.map { strings.timeRange($0, t.high) } } ?? "",
                nps: strings.localised(TextLayout.nps(p.nps, all: strings.npsAll)), csat: TextLayout.percent(p.csat?.share), ces: strings.decimal(p.ces?.mean, 1))
        }
        func widest(_ head: String, _ cells: [String], least: Int) -> Int {
            max(least, ([head] + cells).map(TextLayout.width).max()!)
        }
        let runsWidth = widest(columns[1], rows.map(\.runs), least: 4) + 1
        let successWidth = widest(columns[2], rows.map(\.success), least: 14) + 2
        let valueWidth = rows.map { TextLayout.width($0.time) }.max() ?? 0
        let intervalWidth = rows.map { TextLayout.width($0.interval) }.max() ?? 0
        let joinedWidth = widest(columns[3], [], least: valueWidth + 1 + intervalWidth) + 2
        let restWidth = 2 + 9 + runsWidth + 2 + successWidth + 13 + 6 + 5
        let splitInterval = restWidth + joinedWidth > width && intervalWidth > 0
        let timeWidth = splitInterval ? widest(columns[3], rows.map(\.time), least: 0) + 2 : joinedWidth
        var lines = ["  " + TextLayout.pad(columns[0], 9) + TextLayout.padLeft(columns[1], runsWidth) + "  "
                     + TextLayout.pad(columns[2], successWidth) + TextLayout.pad(columns[3], timeWidth)
                     + TextLayout.padLeft("NPS", 13) + TextLayout.padLeft("CSAT", 6) + TextLayout.padLeft("CES", 5)]
        let lead = 2 + 9 + runsWidth + 2 + successWidth
        for row in rows {
            let time = splitInterval || row.interval.isEmpty ? row.time : TextLayout.pad(row.time, valueWidth) + " " + row.interval
            lines.append("  " + TextLayout.pad(row.period, 9) + TextLayout.padLeft(row.runs, runsWidth) + "  "
                         + TextLayout.pad(row.success, successWidth) + TextLayout.pad(time, timeWidth) + TextLayout.padLeft(row.nps, 13)
                         + TextLayout.padLeft(row.csat, 6) + TextLayout.padLeft(row.ces, 5))
            if splitInterval, !row.interval.isEmpty {
                lines.append(String(repeating: " ", count: lead) + row.interval)
            }
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
        var heads = strings.focusColumns
        if width >= 100 { heads.replaceSubrange(2...3, with: strings.importancePriorityInFull) }
        let idWidth = min(40, max(24, (focus.map { TextLayout.width(TextLayout.safe($0.id)) }.max() ?? 0) + 1))
        let impWidth = max(5, TextLayout.width(heads[2]) + 1)
        let prioWidth = max(6, TextLayout.width(heads[3]) + 1)
        lines.append("  " + TextLayout.pad("#", 3) + TextLayout.pad(heads[0], idWidth) + TextLayout.padLeft(heads[1], 6)
                     + TextLayout.padLeft(heads[2], impWidth) + TextLayout.padLeft(heads[3], prioWidth) + "  " + TextLayout.pad(heads[4], 8)
                     + " " + heads[5])
        for t in focus {
            let row = "  " + TextLayout.pad("\(t.focus!)", 3) + TextLayout.pad(TextLayout.safe(t.id), idWidth)
                + TextLayout.padLeft(strings.decimal(t.score, 1), 6)
                + TextLayout.padLeft(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–", impWidth)
                + TextLayout.padLeft(TextLayout.formatted(t.priority, 0), prioWidth) + "  "
                + TextLayout.pad(TextLayout.sparkline(t.trend.suffix(8).map(\.value)), 8) + " "
            lines += TextLayout.hanging(row, TextLayout.safe(t.owner ?? "–"), width: width)
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
