import Foundation
import ShopperCore

/// A wait step's waiting screen: how long since `sent`, on the wall clock and in working time,
/// against the target; Enter (answered now), a typed time (answered then), `x` (no answer) or `q`.
extension Session {
    /// The working hours of this run: its location's (from the registry), else the scenario's.
    var runWorkingHours: WorkingHours? {
        let id = engine.run.context["location"]
        return scenario.workingHours(at: locations?.locations.first { $0.id == id })
    }

    /// Enter on a wait step (its ready screen; the running screen of a run started by an older
    /// runner): the request went out now, and the runner says the time it recorded.
    func sendRequest(pressed: Moment) throws {
        if case .ready = engine.phase {
            try apply(engine.beginAndSend(now: pressed))
        } else {
            try apply(engine.sendRequest(now: pressed))
        }
        finishedStep = engine.stepIndex
        if let sent = engine.currentRecord?.wait?.last.sent { io.show([strings.requestSent(sent, zone: timeZone)]) }
    }

    func waiting(_ i: Int) throws -> Outcome? {
        guard let wait = engine.openWait, let kind = scenario.steps[i].wait else { return nil }
        let step = scenario.steps[i]
        let sent = wait.last.sent
        let hours = runWorkingHours
        let zone = timeZone, strings = strings
        let status = { (now: Date) in
            strings.waitingSince(sent, zone: zone, wall: max(0, now.timeIntervalSince(sent)),
                                 working: hours.map { $0.seconds(from: sent, to: now) }, target: step.target, clock: kind.clock)
        }
        // Just sent in this session, "Sent at" has said it all; on return, how long it has been.
        // A live front end shows the line itself, ticking (`askWaiting`), instead of a copy that stands still.
        if finishedStep != i {
            io.show(["", strings.stepHeader(i + 1, of: scenario.steps.count, title: step.title)])
            io.showStatus([status(clock.now().date)])
        }
        while true {
            guard let text = io.askWaiting(strings.waitPrompt, status: status) else { return try stopped() }
            let now = clock.now()
            let typed = text.trimmingWhitespace
            let answered: Date?
            switch typed.lowercased() {
            case "": answered = RunEngine.wholeSeconds(now.date)
            case "x", "х": answered = nil
            case "q", "й": return try quit()
            default:
                guard let at = WaitTime.parse(typed, now: now.date, zone: timeZone) else {
                    io.show([WaitTime.skipped(typed, now: now.date, zone: timeZone) ? strings.skippedLocalTime(typed, zone: timeZone)
                                                                                    : strings.notAWaitTime(typed)])
                    continue
                }
                answered = at
            }
            // Refused (a time before `sent`, a clock behind the one that recorded `sent`, more
            // than a year): said on this screen, the run kept as it is.
            if let refusal = engine.refusalToEndWait(answered: answered, now: now) {
                io.show([strings.waitEndRefused(refusal, zone: timeZone)])
                continue
            }
            try apply(engine.endWait(answered: answered, now: now, hours: hours))
            finishedStep = i
            if case .ready = engine.phase, let last = engine.currentRecord?.wait {
                io.show([strings.attemptUnanswered(last.attempts.count, of: kind.attempts, after: last.last.responseSeconds ?? 0)])
                return nil
            }
            if let last = engine.currentRecord?.wait?.last {
                io.show([answered != nil ? strings.answeredAfter(last.responseSeconds ?? 0,  // working time said when it is the promise's clock
                                                                                working: kind.clock == .working ? last.responseWorkingSeconds : nil)
                                          : strings.noAnswerAfter(last.responseSeconds ?? 0)])
            }
            return nil
        }
    }
}
