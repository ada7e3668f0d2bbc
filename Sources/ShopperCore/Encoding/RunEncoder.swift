import YAMLKit

/// Writes a `Run` as a run file (format 1), fields in the documented order.
public enum RunEncoder {
    public static func node(_ run: Run) -> Node {
        var fields: [(String, Node)] = [
            ("format", .int(Run.format)),
            ("run", .string(run.id)),
            ("scenario", .string(run.scenario)),
            ("scenario_version", .int(run.scenarioVersion)),
            ("tester", .string(run.tester)),
            ("started", .string(Timestamp.format(run.started))),
        ]
        if let finished = run.finished { fields.append(("finished", .string(Timestamp.format(finished)))) }
        fields.append(("status", .string(run.status.rawValue)))
        fields.append(("context", .mapping(run.context.map { ($0.key, Node.string($0.value)) })))
        fields.append(("steps", .sequence(run.steps.map(node))))
        fields.append(("survey", .mapping(run.survey.map { ($0.key, node($0.value)) })))
        return .mapping(fields)
    }

    public static func yaml(_ run: Run) throws(YAMLError) -> String {
        try YAMLEmitter().emit(node(run))
    }

    static func node(_ r: StepRecord) -> Node {
        var fields: [(String, Node)] = [
            ("step", .string(r.step)),
            ("touchpoint", .string(r.touchpoint)),
            ("stage", .string(r.stage.rawValue)),
            ("outcome", .string(r.outcome.rawValue)),
            ("seconds", .double(r.seconds, digits: 1)),
            ("paused_seconds", .double(r.pausedSeconds, digits: 1)),
        ]
        if let score = r.score { fields.append(("score", .int(score))) }
        if !r.barriers.isEmpty {
            fields.append(("barriers", .sequence(r.barriers.map { b in
                var barrier: [(String, Node)] = [("id", .string(b.id)), ("text", .string(b.text)),
                                                 ("severity", .int(b.severity.rawValue)), ("at", .double(b.at, digits: 1))]
                if b.cause { barrier.append(("cause", Node(.scalar(.init("true"))))) }
                return .mapping(barrier)
            })))
        }
        if !r.checklist.isEmpty {
            fields.append(("checklist", .mapping(r.checklist.map { ($0.key, Node.string($0.value.rawValue).plainIfPossible) })))
        }
        if !r.answers.isEmpty { fields.append(("answers", .mapping(r.answers.map { ($0.key, node($0.value)) }))) }
        if !r.notes.isEmpty {
            fields.append(("notes", .sequence(r.notes.map { .mapping([("at", .double($0.at, digits: 1)), ("text", .string($0.text))]) })))
        }
        if let wait = r.wait {
            fields += Self.fields(wait.last)
            if wait.attempts.count > 1 { fields.append(("attempts", .sequence(wait.attempts.map { .mapping(Self.fields($0)) }))) }
        }
        return .mapping(fields)
    }

    /// A wait attempt's `sent`, `answered` (null when given up), `response_seconds` and
    /// `response_working_seconds`; only `sent` while still waiting.
    static func fields(_ a: WaitRecord.Attempt) -> [(String, Node)] {
        var fields: [(String, Node)] = [("sent", .string(Timestamp.format(a.sent)))]
        guard let seconds = a.responseSeconds else { return fields }
        fields.append(("answered", a.answered.map { .string(Timestamp.format($0)) } ?? .null))
        fields.append(("response_seconds", .double(seconds, digits: 1)))
        if let working = a.responseWorkingSeconds { fields.append(("response_working_seconds", .double(working, digits: 1))) }
        return fields
    }

    static func node(_ answer: Answer) -> Node {
        switch answer {
        case .number(let n): .double(n, digits: 3)
        case .bool(let b): Node(.scalar(.init(b ? "yes" : "no")))
        case .text(let t): .string(t)
        case .none: .null
        }
    }
}

extension Node {
    /// `yes`/`no` written plain (they read back as booleans, which checklist readers accept).
    var plainIfPossible: Node {
        guard var s = scalar, ["yes", "no"].contains(s.value) else { return self }
        s.style = .plain
        return Node(.scalar(s), mark: mark)
    }
}
