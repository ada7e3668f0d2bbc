import Foundation
import YAMLKit

/// The wait fields of a step record (`sent`, `answered`, `response_seconds`,
/// `response_working_seconds`, `attempts`): see docs/run-format.md, "Waits".
extension RunDecoder {
    static let waitKeys = ["sent", "answered", "response_seconds", "response_working_seconds"]

    /// The step's wait, nil when it has none or it is malformed (then with errors). Every `sent`
    /// lies within the run's `span` (not before `started`, not after `finished`).
    static func wait(_ f: NodeDecoder.Fields, outcome: StepRecord.Outcome?, span: (started: Date?, finished: Date?),
                     _ d: NodeDecoder) -> WaitRecord? {
        // A plain null is as good as absent, as for every optional key.
        let given = waitKeys.filter { f[$0] != nil }
        let hasTop = !given.isEmpty
        var attempts: [WaitRecord.Attempt] = []
        var attemptsOK = true
        if let items = d.list(f["attempts"], "attempts") {
            for (index, item) in items.enumerated() {
                guard let a = d.fields(item, what: "attempt \(index + 1)", known: waitKeys, required: ["sent"]) else {
                    attemptsOK = false
                    continue
                }
                if let attempt = attempt(a, span: span, d) { attempts.append(attempt) } else { attemptsOK = false }
            }
            guard attemptsOK else { return nil }
            let mark = f.values["attempts"]!.mark
            if attempts.isEmpty {
                d.error("'attempts' must list at least one attempt", at: mark)
                return nil
            }
            for (a, b) in zip(attempts, attempts.dropFirst()) {
                if a.isOpen {
                    d.error("only the last attempt may still be waiting (no 'response_seconds')", at: mark)
                    return nil
                }
                if b.sent < a.sent {
                    d.error("attempts must be in the order made: an attempt sent \(Timestamp.format(b.sent)) follows one sent \(Timestamp.format(a.sent))",
                            at: mark)
                    return nil
                }
            }
        }
        guard hasTop else {
            if !attempts.isEmpty {
                d.error("a step record with 'attempts' must also hold its last attempt's 'sent'", at: f.values["attempts"]!.mark)
            }
            return nil
        }
        guard f["sent"] != nil else {
            let key = given[0]
            d.error("'\(key)' needs 'sent', the time the request was sent", at: f.keyMarks[key]!)
            return nil
        }
        guard let last = attempt(f, span: span, d) else { return nil }
        if !attempts.isEmpty, attempts.last != last {
            d.error("'sent', 'answered', 'response_seconds' and 'response_working_seconds' must be those of the last of 'attempts'",
                    at: f.values["attempts"]!.mark)
            return nil
        }
        if last.isOpen, let outcome, outcome == .done || outcome == .failed {
            d.error("a wait still open (no 'response_seconds') cannot have outcome '\(outcome.rawValue)'", at: f.values["sent"]!.mark)
            return nil
        }
        return WaitRecord(attempts: attempts.isEmpty ? [last] : attempts)
    }

    private static func attempt(_ f: NodeDecoder.Fields, span: (started: Date?, finished: Date?), _ d: NodeDecoder) -> WaitRecord.Attempt? {
        let sent = timestamp(f["sent"], "sent", d)
        let answered = timestamp(f["answered"], "answered", d)
        let seconds = f["response_seconds"].map { time($0, "response_seconds", d) }
        let working = f["response_working_seconds"].map { time($0, "response_working_seconds", d) }
        guard let sent, f["answered"] == nil || answered != nil, seconds ?? 0 != nil, working ?? 0 != nil else { return nil }
        let wall = seconds.flatMap { $0 }, work = working.flatMap { $0 }
        // A request is sent during its run: not before the run started, not after it finished.
        if let started = span.started, sent < started {
            d.error("'sent' (\(Timestamp.format(sent))) is before the run's 'started' (\(Timestamp.format(started)))", at: f.values["sent"]!.mark)
            return nil
        }
        if let finished = span.finished, sent > finished {
            d.error("'sent' (\(Timestamp.format(sent))) is after the run's 'finished' (\(Timestamp.format(finished)))", at: f.values["sent"]!.mark)
            return nil
        }
        if let answered, answered < sent {
            d.error("'answered' is before 'sent'", at: f.values["answered"]!.mark)
            return nil
        }
        if answered != nil, wall == nil {
            d.error("'answered' needs 'response_seconds'", at: f.keyMarks["answered"]!)
            return nil
        }
        if work != nil, wall == nil {
            d.error("'response_working_seconds' needs 'response_seconds'", at: f.keyMarks["response_working_seconds"]!)
            return nil
        }
        if let answered, let wall, abs(answered.timeIntervalSince(sent) - wall) > 1 {
            d.error("'response_seconds' must be the time from 'sent' to 'answered' (\(RunLimits.shown(answered.timeIntervalSince(sent).rounded())) seconds), found \(RunLimits.shown(wall))",
                    at: f.values["response_seconds"]!.mark)
            return nil
        }
        if let work, let wall, work > wall + 1 {
            d.error("'response_working_seconds' (\(RunLimits.shown(work))) cannot exceed 'response_seconds' (\(RunLimits.shown(wall)))",
                    at: f.values["response_working_seconds"]!.mark)
            return nil
        }
        return WaitRecord.Attempt(sent: sent, answered: answered, responseSeconds: wall, responseWorkingSeconds: work)
    }
}
