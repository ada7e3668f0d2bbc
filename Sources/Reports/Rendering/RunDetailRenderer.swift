import ShopperCore

/// `shopper show RUN_ID`: one run in full, with the scenario's titles and questions when
/// the scenario is known. Text from the run and scenario files is sanitized and kept to one line.
public enum RunDetailRenderer {
    public static func render(_ run: Run, scenario: Scenario? = nil, width: Int = 80) -> String {
        var lines: [String] = []
        let safe = TextLayout.safe
        lines.append("run        \(safe(run.id))")
        lines.append("scenario   \(safe(run.scenario)) v\(run.scenarioVersion)" + (scenario.map { " — \(safe($0.title))" } ?? ""))
        lines.append("tester     \(safe(run.tester))")
        lines.append("started    \(Timestamp.format(run.started))")
        if let finished = run.finished { lines.append("finished   \(Timestamp.format(finished))") }
        lines.append("status     \(run.status.rawValue)\(run.status != .inProgress ? (run.succeeded ? " (task succeeded)" : " (task not achieved)") : " (not counted in reports)")")
        lines.append("active     \(DurationText.clock(run.activeSeconds)) over \(run.steps.count) step\(run.steps.count == 1 ? "" : "s"), \(run.barrierCount) barrier\(run.barrierCount == 1 ? "" : "s")")
        for (key, value) in run.context { lines.append("  \(safe(key)): \(safe(value))") }
        for (index, record) in run.steps.enumerated() {
            let step = scenario?.step(record.step)
            lines.append("")
            lines.append("\(index + 1). \(safe(record.step))" + (step.map { " — \(safe($0.title))" } ?? ""))
            var facts = "   \(record.outcome.rawValue) · \(DurationText.clock(record.seconds, tenths: true))"
            if record.pausedSeconds > 0 { facts += " (+\(DurationText.clock(record.pausedSeconds)) paused)" }
            if let target = step?.target { facts += " · target \(DurationText.format(target))" }
            if let score = record.score { facts += " · score \(score)/10" }
            facts += " · \(safe(record.touchpoint))"
            lines.append(facts)
            for (id, answer) in record.checklist {
                let item = step?.checklist.first { $0.id == id }
                let mark = switch answer {
                case .yes: "[x]"
                case .no: "[ ]"
                case .na: "[-]"
                }
                lines.append("   \(mark) \(safe(item?.text ?? id))\(item?.critical == true ? " (critical)" : "")")
            }
            for (id, answer) in record.answers {
                let question = step?.questions.first { $0.id == id }
                lines.append("   \(safe(question?.ask ?? id)): \(safe(text(answer)))")
            }
            for barrier in record.barriers {
                lines.append("   ! \(safe(barrier.id)) (severity \(barrier.severity.rawValue)) at \(DurationText.clock(barrier.at)): \(safe(barrier.text))")
            }
            for note in record.notes {
                lines.append("   note at \(DurationText.clock(note.at)): \(safe(note.text))")
            }
        }
        if !run.survey.isEmpty {
            lines.append("")
            lines.append("survey")
            for (id, answer) in run.survey {
                let question = scenario?.survey.first { $0.id == id }
                lines.append("   \(safe(question?.ask ?? id)): \(safe(text(answer)))")
            }
        }
        return lines.flatMap { wrap($0, width: width) }.joined(separator: "\n") + "\n"
    }

    static func text(_ answer: Answer) -> String {
        switch answer {
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): b ? "yes" : "no"
        case .text(let t): t
        case .none: "(no answer)"
        }
    }

    /// Long lines wrapped at spaces, continuation lines indented like the first.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard TextLayout.width(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        var out: [String] = []
        var current = ""
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? indent + word : current + " " + word
            if TextLayout.width(candidate) > width, !current.isEmpty {
                out.append(current)
                current = indent + "  " + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { TextLayout.truncate($0, to: width) }
    }
}
