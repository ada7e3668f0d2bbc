import Foundation
import ShopperCore

/// Wait steps (`wait: reply`): Enter on the step's ready screen means "sent now" (`beginAndSend`:
/// the step starts and its request goes out at the same instant, so its active time is what an
/// interrupted step had before, usually 0) — `sent` is recorded in wall-clock UTC and the phase
/// becomes `waiting`, in which the run
/// may be quit and resumed any number of times (a resumed run whose interrupted step has an open
/// wait goes straight back to `waiting`). The wait ends answered (at a given instant) or
/// unanswered (given up now); the step is then `done` or `failed` and its answers follow.
extension RunEngine {
    /// Whether step `index` is a wait.
    public func isWait(step index: Int) -> Bool {
        scenario.steps[index].wait != nil
    }

    /// Enter on a wait step's ready screen: the step starts and its request goes out at `now`,
    /// saved once (a kill cannot leave the step started without `sent`).
    public mutating func beginAndSend(now: Moment) -> [Effect] {
        guard case .ready(let i) = phase, isWait(step: i) else { invalid("beginAndSend") }
        _ = beginStep(now: now)
        return sendRequest(now: now)
    }

    /// The running wait step's request went out at `now`: `sent` is recorded (a new attempt when
    /// an earlier one ended) and the answer is awaited.
    public mutating func sendRequest(now: Moment) -> [Effect] {
        guard case .running(let t) = phase, isWait(step: t.step) else { invalid("sendRequest") }
        updateTiming(t, now: now, outcome: .started)
        let sent = Self.wholeSeconds(now.date)
        mutateRecord { record in
            if var wait = record.wait, !wait.isOpen {
                wait.attempts.append(.init(sent: sent))
                record.wait = wait
            } else if record.wait == nil {
                record.wait = WaitRecord(sent: sent)
            }
        }
        phase = .waiting(step: t.step)
        return [.save]
    }

    /// The open wait of the current step.
    public var openWait: WaitRecord? {
        guard case .waiting = phase, let wait = currentRecord?.wait, wait.isOpen else { return nil }
        return wait
    }

    /// Ends the wait: answered at `answered` (not before `sent`, not after `now`), or, when nil,
    /// given up at `now`; within one year of `sent`. Callers check `refusalToEndWait` first: the
    /// times come from input. Spans are counted on the wall clock and in `hours` when given. The step
    /// becomes `done` when answered, `failed` when not, and its answers are asked next; but an
    /// unanswered attempt with attempts left (the step's `attempts`) sends the step back to its
    /// ready screen, still `started`, for the next attempt (see `nextAttempt`).
    public mutating func endWait(answered: Date?, now: Moment, hours: WorkingHours?) -> [Effect] {
        guard case .waiting(let i) = phase, var wait = openWait else { invalid("endWait") }
        guard WaitEndRefusal.check(sent: wait.last.sent, answered: answered, now: now.date) == nil else {
            invalid("endWait refused by refusalToEndWait")
        }
        let end = Self.wholeSeconds(answered ?? now.date)
        wait.last = wait.last.ended(at: end, answered: answered != nil, hours: hours)
        let retry = answered == nil && wait.attempts.count < (scenario.steps[i].wait?.attempts ?? 1)
        mutateRecord { record in
            record.wait = wait
            record.outcome = retry ? .started : answered != nil ? .done : .failed
        }
        phase = retry ? .ready(step: i) : .answering(step: i)
        return [.save]
    }

    /// Why the open wait cannot end answered at `answered` (nil: given up at `now`); nil when it can.
    public func refusalToEndWait(answered: Date?, now: Moment) -> WaitEndRefusal? {
        guard let wait = openWait else { return nil }
        return WaitEndRefusal.check(sent: wait.last.sent, answered: answered, now: now.date)
    }

    /// A wait step with an unanswered attempt and attempts left: the number of the next attempt
    /// and the earliest time it may be sent (`retry_after` after the last one was sent; nil
    /// when the step has no `retry_after`). Nil for any other step.
    public func nextAttempt(step index: Int) -> (number: Int, notBefore: Date?)? {
        guard let kind = scenario.steps[index].wait, let record = run.record(for: scenario.steps[index].id),
              record.outcome == .started, let wait = record.wait, !wait.isOpen, wait.attempts.count < kind.attempts else { return nil }
        return (wait.attempts.count + 1, kind.retryAfter.map { wait.last.sent.addingTimeInterval($0) })
    }
}
