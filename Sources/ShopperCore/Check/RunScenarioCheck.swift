import YAMLKit

/// Compares a run file with the scenario it names: steps, checklist items and questions the
/// scenario has, touchpoint and stage as the scenario's step has them, answers that fit their
/// question, barriers and notes within the step's time. It works on the run's node tree, so every
/// problem points at the offending value.
///
/// Only a run of the scenario's current `version` can be compared: older runs were made against
/// steps and questions that may since have changed, and are legitimate as they are. The caller
/// checks that (`reference(of:)` gives what the run names).
///
/// Values the run decoder already reports as malformed (a key that is not a slug, a number that is
/// not a number) are left to it, so no problem is reported twice.
public enum RunScenarioCheck {
    /// The scenario id and version a run document names (version 1 when absent), or nil when they
    /// cannot be read; the run decoder reports why.
    public static func reference(of root: Node) -> (scenario: String, version: Int)? {
        guard let id = root["scenario"]?.scalar?.value, Slug.isValid(id) else { return nil }
        guard let versionNode = root["scenario_version"], !isNull(versionNode) else { return (id, 1) }
        guard versionNode.scalar != nil, case .int(let version) = versionNode.resolved else { return nil }
        return (id, version)
    }

    /// Every problem in the run at `root` measured against `scenario`, sorted by position.
    public static func check(_ root: Node, against scenario: Scenario) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func error(_ message: String, at mark: Mark) {
            problems.append(Diagnostic(.error, message, at: mark))
        }
        let sid = scenario.id

        for item in root["steps"]?.sequence ?? [] {
            guard item.mapping != nil, let stepNode = item["step"], let stepID = slug(stepNode) else { continue }
            guard let step = scenario.step(stepID) else {
                error("step \(Echo.quoted(stepID)) is not in scenario '\(sid)'\(Suggestion.hint(for: stepID, in: scenario.steps.map(\.id)))",
                      at: stepNode.mark)
                continue
            }
            if let node = item["touchpoint"], let touchpoint = slug(node), touchpoint != step.touchpoint {
                error("touchpoint '\(touchpoint)' differs from step '\(step.id)' of scenario '\(sid)', which has '\(step.touchpoint)'",
                      at: node.mark)
            }
            if let node = item["stage"], let text = node.scalar?.value, let stage = JourneyStage(rawValue: text), stage != step.stage {
                error("stage '\(stage.rawValue)' differs from step '\(step.id)' of scenario '\(sid)', which has '\(step.stage.rawValue)'",
                      at: node.mark)
            }

            if step.wait == nil {
                for pair in item.mapping ?? [] {
                    guard let key = pair.key.scalar?.value, RunDecoder.waitKeys.contains(key) || key == "attempts" else { continue }
                    error("'\(key)' is only for wait steps, and step '\(step.id)' of scenario '\(sid)' is not a wait (no 'wait: reply')",
                          at: pair.key.mark)
                }
            }

            // Barriers and notes are stamped in the step's time; none can come after its end.
            if let length = stepLength(item) {
                for (list, what) in [("barriers", "barrier"), ("notes", "note")] {
                    for entry in item[list]?.sequence ?? [] {
                        guard entry.mapping != nil, let atNode = entry["at"], let at = number(atNode), at > length else { continue }
                        let name = entry["id"].flatMap(slug).map { " '\($0)'" } ?? ""
                        error("\(what)\(name) at \(atNode.scalar!.value) seconds is after the end of step '\(step.id)' "
                              + "(\(format(length)) seconds: seconds + paused_seconds)", at: atNode.mark)
                    }
                }
            }

            for pair in item["checklist"]?.mapping ?? [] {
                guard let id = slug(pair.key), !step.checklist.contains(where: { $0.id == id }) else { continue }
                error("checklist item \(Echo.quoted(id)) is not in step '\(step.id)' of scenario '\(sid)'"
                      + Suggestion.hint(for: id, in: step.checklist.map(\.id)), at: pair.key.mark)
            }
            for pair in item["answers"]?.mapping ?? [] {
                guard let id = slug(pair.key) else { continue }
                guard let question = step.questions.first(where: { $0.id == id }) else {
                    error("question \(Echo.quoted(id)) is not in step '\(step.id)' of scenario '\(sid)'"
                          + Suggestion.hint(for: id, in: step.questions.map(\.id)), at: pair.key.mark)
                    continue
                }
                if let message = problem(answer: pair.value, to: question) { error(message, at: pair.value.mark) }
            }
        }

        for pair in root["survey"]?.mapping ?? [] {
            guard let id = slug(pair.key) else { continue }
            guard let question = scenario.survey.first(where: { $0.id == id }) else {
                error("survey question \(Echo.quoted(id)) is not in scenario '\(sid)'" + Suggestion.hint(for: id, in: scenario.survey.map(\.id)),
                      at: pair.key.mark)
                continue
            }
            if let message = problem(answer: pair.value, to: question) { error(message, at: pair.value.mark) }
        }
        return problems.sortedByPosition()
    }

    /// Why an answer does not fit its question, or nil when it does (or is malformed in a way the
    /// run decoder reports).
    static func problem(answer node: Node, to question: Question) -> String? {
        guard let scalar = node.scalar else { return nil }
        let value = node.resolved
        if case .null = value {
            return question.required ? "'\(question.id)' is a required question but its answer is empty" : nil
        }
        if case .double(let x) = value, !x.isFinite { return nil }
        let shown: String
        switch value {
        case .int, .double: shown = scalar.value
        default: shown = Echo.quoted(scalar.value)
        }
        switch question.kind {
        case .nps, .csat, .ces, .seq, .scale:
            let range = question.kind.range!
            let whole = "must be a whole number from \(range.lowerBound) to \(range.upperBound)"
            guard let x = number(node) else { return "answer \(shown) to '\(question.id)' \(whole)" }
            guard x == x.rounded() else { return "answer \(shown) to '\(question.id)' \(whole)" }
            if x < Double(range.lowerBound) || x > Double(range.upperBound) {
                return "answer \(shown) to '\(question.id)' is outside \(range.lowerBound) to \(range.upperBound)"
            }
            return nil
        case .yesno:
            if case .bool = value { return nil }
            return "answer \(shown) to '\(question.id)' must be yes or no"
        case .choice(let options):
            if options.contains(scalar.value) { return nil }
            return "\(Echo.quoted(scalar.value)) is not an option of '\(question.id)' (options: \(options.joined(separator: ", ")))"
                + Suggestion.hint(for: scalar.value, in: options)
        case .number(let lo, let hi, _):
            guard let x = number(node) else { return "answer \(shown) to '\(question.id)' must be a number" }
            switch (lo, hi) {
            case (let lo?, let hi?) where x < lo || x > hi:
                return "answer \(shown) to '\(question.id)' is outside \(format(lo)) to \(format(hi))"
            case (let lo?, nil) where x < lo:
                return "answer \(shown) to '\(question.id)' is below the minimum \(format(lo))"
            case (nil, let hi?) where x > hi:
                return "answer \(shown) to '\(question.id)' is above the maximum \(format(hi))"
            default:
                return nil
            }
        case .text:
            return nil
        }
    }

    /// `seconds` + `paused_seconds` of a step record, or nil when either is malformed.
    private static func stepLength(_ item: Node) -> Double? {
        var total = 0.0
        for key in ["seconds", "paused_seconds"] {
            guard let node = item[key], !isNull(node) else { continue }
            guard let x = number(node), x >= 0 else { return nil }
            total += x
        }
        return total
    }

    private static func slug(_ node: Node) -> String? {
        guard let text = node.scalar?.value, Slug.isValid(text) else { return nil }
        return text
    }

    private static func number(_ node: Node) -> Double? {
        guard node.scalar != nil else { return nil }
        switch node.resolved {
        case .int(let i): return Double(i)
        case .double(let x) where x.isFinite: return x
        default: return nil
        }
    }

    private static func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        if case .null = node.resolved { return true }
        return false
    }

    private static func format(_ x: Double) -> String {
        Node.double(x, digits: 3).scalar!.value
    }
}
