import ShopperCore

/// `shopper show RUN_ID`: one run in full, with the scenario's titles and questions when
/// the scenario is known, in the given language (`RunDetailStrings`). Text from the run and
/// scenario files is sanitized and kept to one line. Pure: values in, text out.
public enum RunDetailRenderer {
    public static func render(_ run: Run, scenario: Scenario? = nil, language: Language = .en, width: Int = 80) -> String {
        let words = RunDetailStrings(language)
        var lines: [String] = []
        let safe = TextLayout.safe
        let labelWidth = words.labels.map(TextLayout.width).max()! + 3
        func label(_ index: Int) -> String { TextLayout.pad(words.labels[index], labelWidth) }
        lines.append(label(0) + safe(run.id))
        lines.append(label(1) + "\(safe(run.scenario)) v\(run.scenarioVersion)" + (scenario.map { " — \(safe($0.title))" } ?? ""))
        lines.append(label(2) + safe(run.tester))
        lines.append(label(3) + Timestamp.format(run.started))
        if let finished = run.finished { lines.append(label(4) + Timestamp.format(finished)) }
        let verdict = run.status == .inProgress ? words.notCounted
            : !run.isTaskAttempt ? words.noStepAttempted
            : run.succeeded ? words.taskSucceeded : words.taskNotAchieved
        lines.append(label(5) + "\(words.status(run.status)) \(verdict)")
        lines.append(label(6) + words.active(DurationText.clock(run.activeSeconds), steps: run.steps.count,
                                             barriers: run.barrierCount)
                     + (scenario?.target.map { target in
                         "; " + words.target(target, over: TargetMark.excess(seconds: run.activeSeconds, target: target))
                     } ?? ""))
        for (key, value) in run.context { lines.append("  \(safe(key)): \(safe(value))") }
        for (index, record) in run.steps.enumerated() {
            let step = scenario?.step(record.step)
            lines.append("")
            lines.append("\(index + 1). \(safe(record.step))" + (step.map { " — \(safe($0.title))" } ?? ""))
            var facts = "   \(words.outcome(record.outcome)) · \(DurationText.clock(record.seconds, tenths: true))"
            if record.pausedSeconds > 0 { facts += " " + words.paused(DurationText.clock(record.pausedSeconds)) }
            if let target = step?.target {
                let over = TargetMark.excess(seconds: record.seconds, target: target, done: record.outcome == .done)
                facts += " · " + words.target(target, over: over)
            }
            if let score = record.score { facts += " · " + words.score(score) }
            facts += " · \(safe(record.touchpoint))"
            lines.append(facts)
            for (id, answer) in record.checklist {
                let item = step?.checklist.first { $0.id == id }
                let mark = switch answer {
                case .yes: "[x]"
                case .no: "[ ]"
                case .na: "[-]"
                }
                lines.append("   \(mark) \(safe(item?.text ?? id))\(item?.critical == true ? " " + words.critical : "")")
            }
            for (id, answer) in record.answers {
                let question = step?.questions.first { $0.id == id }
                lines.append("   \(safe(question?.ask ?? id)): \(safe(text(answer, words)))")
            }
            for barrier in record.barriers {
                lines.append("   " + words.barrier(safe(barrier.id), severity: barrier.severity.rawValue,
                                                   at: DurationText.clock(barrier.at), text: safe(barrier.text),
                                                   cause: barrier.cause))
            }
            for note in record.notes {
                lines.append("   " + words.note(at: DurationText.clock(note.at), text: safe(note.text)))
            }
        }
        if !run.survey.isEmpty {
            lines.append("")
            lines.append(words.survey)
            for (id, answer) in run.survey {
                let question = scenario?.survey.first { $0.id == id }
                lines.append("   \(safe(question?.ask ?? id)): \(safe(text(answer, words)))")
            }
        }
        // Header lines (label, value) continue under their value; others under their own indent.
        let headerCount = lines.firstIndex(of: "") ?? lines.count
        return lines.enumerated().flatMap { i, line in
            i < headerCount && !line.hasPrefix(" ") ? wrap(line, width: width, hang: labelWidth) : wrap(line, width: width)
        }.joined(separator: "\n") + "\n"
    }

    static func text(_ answer: Answer, _ words: RunDetailStrings = RunDetailStrings(.en)) -> String {
        switch answer {
        case .number(let n): n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        case .bool(let b): b ? words.yes : words.no
        case .text(let t): t
        case .none: words.noAnswer
        }
    }

    /// Long lines wrapped at spaces, continuation lines indented like the first (plus two), or by
    /// `hang` columns when given.
    static func wrap(_ line: String, width: Int, hang: Int? = nil) -> [String] {
        guard TextLayout.width(line) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let continuation = hang.map { String(repeating: " ", count: $0) } ?? indent + "  "
        var out: [String] = []
        var current = ""
        for word in line.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? indent + word : current + " " + word
            if TextLayout.width(candidate) > width, !current.isEmpty {
                out.append(current)
                current = continuation + word
            } else {
                current = candidate
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.map { TextLayout.truncate($0, to: width) }
    }
}
