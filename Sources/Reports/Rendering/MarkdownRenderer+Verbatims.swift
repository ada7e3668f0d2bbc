import ShopperCore

extension MarkdownRenderer {
    /// A scenario without counted runs: its heading and "no runs yet".
    static func noRuns(_ s: ScenarioWithoutRuns, _ strings: ReportStrings) -> [String] {
        ["", "## \(cell(s.title)) (\(code(s.scenario)))", "", "_\(strings.scenarioHasNoRuns)_"]
    }

    /// "What the testers said" for the scenario's current period: per step (then the survey), at
    /// most `ReportStrings.verbatimsPerStep` items, newest first, and "and N more".
    static func verbatims(_ s: ScenarioReport, _ strings: ReportStrings) -> [String] {
        guard let period = s.currentPeriod else { return [] }
        var out = ["", "### \(strings.testersSaid(period.period.label))", ""]
        let groups = s.verbatimGroups(period)
        if groups.isEmpty { return out + [strings.nothingSaid(period.period.label)] }
        for group in groups {
            let heading = group.step.map { step in group.title.map { "\(text($0)) (\(code(step)))" } ?? code(step) }
                ?? strings.surveyTitle
            out.append("**\(heading)**")
            out.append("")
            for v in group.verbatims.prefix(ReportStrings.verbatimsPerStep) {
                var facts = [strings.verbatimKind(v.kind) + (v.subject.map { " " + code($0) } ?? ""), text(v.tester),
                             ReportStrings.day(v.at)]
                if let location = v.location { facts.append(text(location)) }
                facts.append(code(v.run))
                out.append("- “\(text(v.text))” — \(facts.joined(separator: " · "))")
            }
            let more = group.verbatims.count - ReportStrings.verbatimsPerStep
            if more > 0 { out.append("- _\(strings.andMore(more))_") }
            out.append("")
        }
        out.removeLast()
        return out
    }

    /// Free text inside Markdown prose: sanitized to one line like `cell`, and the characters
    /// Markdown would read as formatting or links escaped, so a tester's words show as written.
    static func text(_ value: String) -> String {
        var out = ""
        for ch in TextLayout.safe(value) {
            switch ch {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "#", "!", "~", "|": out += "\\" + String(ch)
            default: out.append(ch)
            }
        }
        return out
    }
}
