import Foundation
import Runner
import ShopperCore
import Testing

/// Wait steps in line mode: the request is sent, the tester quits, comes back a day later (the
/// injected clock moved on) and records when the answer came, or that it never did.
@Suite struct SessionWaitTests {
    let store = RunStore(root: Fixtures.temporaryFolder())
    static let prague = TimeZone(identifier: "Europe/Prague")!

    /// One wait step counted in working hours (mon-fri 09:00-18:00, Prague), then an ordinary step.
    static let scenario = Scenario(
        id: "proposal", title: "Proposal", brief: "Ask for a proposal.",
        steps: [
            Step(id: "ask", title: "Ask for a proposal", instruction: "Send the request form.", touchpoint: "sales-email",
                 stage: .consideration, target: 3 * 3600, wait: Wait(clock: .working)),
            Step(id: "read", title: "Read it", instruction: "Read the proposal.", touchpoint: "sales-email", stage: .intent, score: false),
        ],
        hours: [Location.Hours(key: "mon-fri", days: [.mon, .tue, .wed, .thu, .fri], opens: 9 * 60, closes: 18 * 60)],
        timezone: "Europe/Prague")

    func session(_ script: Script, _ language: Language = .en) -> Session {
        let s = Session(scenario: Self.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(language))
        s.timeZone = Self.prague
        return s
    }

    /// Starts the run (2026-11-23, Monday, 10:15:00Z = 11:15 in Prague), sends the request 30 s
    /// after the step's ready screen showed (one Enter: "sent now") and quits. Returns the run id;
    /// the file is checked before every read.
    func sendAndQuit() throws -> (String, [WaitRecord?]) {
        let script = Script([(0, "Anna"), (0, ""), (30, ""), (0, "q")])
        var seen: [WaitRecord?] = []
        script.beforeRead = { [store] in
            let path = store.files(scenario: "proposal").first
            seen.append(path.flatMap { try? store.load(path: $0).get() }?.steps.first?.wait)
        }
        let outcome = try session(script).run(Session.Options())
        #expect(outcome.ending == .quit)
        #expect(script.text.contains("Sent at 11:15 Mon 2026-11-23."))
        #expect(script.text.contains("Enter: sent now · s: skip · q: save and quit"))
        #expect(!script.text.contains("Enter: start the step"))
        #expect(!script.text.contains("Waiting since"))  // just sent: no "0s" line after "Sent at"
        #expect(script.text.contains("Promised response: within 3h of working time"))
        #expect(!script.text.contains("Time target"))
        return (try #require(outcome.run?.id), seen)
    }

    @Test func sentIsOnDiskBeforeTheNextPromptSoAKillLosesNothing() throws {
        let (_, seen) = try sendAndQuit()
        // Reads: tester, briefing, the wait step's Enter (sent), the wait prompt. At the last, the file has `sent`.
        #expect(seen.count == 4)
        #expect(seen[2] == nil)
        #expect(seen[3] == WaitRecord(sent: Date(timeIntervalSince1970: 1_795_428_930)))
    }

    @Test func resumedADayLaterTheTypedArrivalTimeIsRecorded() throws {
        let (id, _) = try sendAndQuit()
        let script = Script([
            (0, ""),                  // briefing
            (0, "25:00"),             // not a time
            (0, "yesterday 09:00"),   // before sent
            (0, "12:00"),             // today 12:00 in Prague: 11:00Z, after now (10:15:30Z)
            (0, "yesterday 13:05"),   // 12:05:00Z
            (0, "7"),                 // the wait step's score
            (0, ""), (0, ""),         // the next step: start, done
        ])
        script.clock.advance(by: 86400 + 30)
        let outcome = try session(script).run(Session.Options(resume: id))
        #expect(outcome.ending == .completed)
        // Hand-worked: Monday 11:15:30 to 18:00 is 6 h 44 min 30 s, Tuesday 09:00 to 11:15:30 is
        // 2 h 15 min 30 s: 9 h of working time in the 24 h since the request.
        #expect(script.text.contains("Waiting since 11:15 Mon 2026-11-23 (24h; 9h of working time; target 3h of working time)"),
                "\(script.text)")
        #expect(script.text.contains("'25:00' is not a time"))
        #expect(script.text.contains("The answer cannot have come before the request was sent (11:15:30 Mon 2026-11-23)"))
        #expect(script.text.contains("That time is in the future"))
        let run = try store.load(path: #require(outcome.path)).get()
        let ask = try #require(run.record(for: "ask"))
        #expect(ask.outcome == .done)
        #expect(ask.seconds == 0)  // sent at once: the wait step's own time is not the tester's typing
        #expect(ask.score == 7)
        #expect(script.text.contains("Answer recorded after 1h49m; 1h49m of working time."))
        // 10:15:30Z to 12:05:00Z: 1 h 49 min 30 s, all of it in working hours.
        #expect(ask.wait == WaitRecord(attempts: [.init(sent: Date(timeIntervalSince1970: 1_795_428_930),
                                                         answered: Date(timeIntervalSince1970: 1_795_435_500),
                                                         responseSeconds: 6570, responseWorkingSeconds: 6570)]))
        #expect(run.record(for: "read")?.outcome == .done)
    }

    @Test func xRecordsNoAnswerAtThatMomentAndTheStepFails() throws {
        let (id, _) = try sendAndQuit()
        let script = Script([(0, ""), (0, "x"), (0, "3"), (0, "s")])
        script.clock.advance(by: 86400 + 30)
        let outcome = try session(script, .ru).run(Session.Options(resume: id))
        #expect(script.text.contains("Ждём с 11:15 пн 2026-11-23"), "\(script.text)")
        let ask = try #require(outcome.run?.record(for: "ask"))
        #expect(ask.outcome == .failed)
        #expect(ask.wait?.last == .init(sent: Date(timeIntervalSince1970: 1_795_428_930), answered: nil,
                                        responseSeconds: 86400, responseWorkingSeconds: 32400))
    }

    /// A run left by the older runner while its wait step ran (started, 40 s, not yet sent):
    /// resumed, the step's one Enter sends, and the 40 s recorded before are kept.
    @Test func aWaitStepInterruptedBeforeSendingUnderTheOlderRunnerResumesWithOneEnter() throws {
        let t0 = Fixtures.started
        let old = Run(id: RunID.make(started: t0, tester: "Anna"), scenario: "proposal", tester: "Anna", started: t0,
                      steps: [StepRecord(step: "ask", touchpoint: "sales-email", stage: .consideration, outcome: .started, seconds: 40)])
        _ = try store.save(old)
        let script = Script([(0, ""), (10, ""), (0, "q")])
        let outcome = try session(script).run(Session.Options(resume: old.id))
        #expect(outcome.ending == .quit)
        #expect(script.text.contains("Enter: sent now"))
        #expect(script.text.contains("This step was interrupted before the request was sent"))
        #expect(!script.text.contains("its timer continues"))
        let path = try #require(outcome.path)
        let ask = try #require(try store.load(path: path).get().record(for: "ask"))
        #expect(ask.outcome == .started)
        #expect(ask.seconds == 40)
        #expect(ask.wait == WaitRecord(sent: t0.addingTimeInterval(10)))
    }

    @Test func typedTimesAreReadInTheTestersZone() throws {
        let now = Date(timeIntervalSince1970: 1_795_428_900) // 2026-11-23T10:15:00Z, 11:15 in Prague
        #expect(WaitTime.parse("14:05", now: now, zone: Self.prague) == Date(timeIntervalSince1970: 1_795_428_900 + 2 * 3600 + 50 * 60))
        #expect(WaitTime.parse("вчера 9:00", now: now, zone: Self.prague) == Date(timeIntervalSince1970: 1_795_428_900 - 86400 - 2 * 3600 - 15 * 60))
        #expect(WaitTime.parse("2026-11-20 10:15", now: now, zone: Self.prague) == Date(timeIntervalSince1970: 1_795_428_900 - 3 * 86400 - 3600))
        for bad in ["2026-02-30 10:00", "24:00", "9", "tomorrow 10:00", "10:5", ""] {
            #expect(WaitTime.parse(bad, now: now, zone: Self.prague) == nil, "\(bad)")
        }
    }
}

/// `shopper reply`'s core: the open wait closed from the command line under the run's lock; the
/// run then resumes at the step's answers.
@Suite struct WaitReplyTests {
    let store = RunStore(root: Fixtures.temporaryFolder())

    func sentRun() throws -> String {
        let script = Script([(0, "Anna"), (0, ""), (30, ""), (0, "q")])
        let s = Session(scenario: SessionWaitTests.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        s.timeZone = SessionWaitTests.prague
        return try #require(try s.run(Session.Options()).run?.id)
    }

    @Test func replyClosesTheWaitAndResumeAsksTheRest() throws {
        let id = try sentRun()
        let sent = Date(timeIntervalSince1970: 1_795_428_930)
        let run = try WaitReply.close(runID: id, step: nil, answered: sent.addingTimeInterval(6570), now: sent.addingTimeInterval(86400),
                                      store: store, scenarios: ["proposal": SessionWaitTests.scenario], locations: nil,
                                      zone: SessionWaitTests.prague)
        let ask = try #require(run.record(for: "ask"))
        #expect(ask.outcome == .done)
        #expect(ask.wait?.last == .init(sent: sent, answered: sent.addingTimeInterval(6570), responseSeconds: 6570, responseWorkingSeconds: 6570))
        #expect(try store.load(path: store.path(of: run)).get() == run)

        let script = Script([(0, ""), (0, "8"), (0, ""), (0, "")])
        let s = Session(scenario: SessionWaitTests.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        let outcome = try s.run(Session.Options(resume: id))
        #expect(outcome.ending == .completed)
        #expect(outcome.run?.record(for: "ask")?.score == 8)
        #expect(!script.text.contains("Waiting since"))
    }

    @Test func replyRefusesALockedRunATimeBeforeSentAndAStepWithoutAWait() throws {
        let id = try sentRun()
        let sent = Date(timeIntervalSince1970: 1_795_428_930)
        let scenarios = ["proposal": SessionWaitTests.scenario]
        func close(_ step: String?, _ answered: Date?) throws -> Run {
            try WaitReply.close(runID: id, step: step, answered: answered, now: sent.addingTimeInterval(3600), store: store,
                                scenarios: scenarios, locations: nil, zone: SessionWaitTests.prague)
        }
        #expect(throws: WaitReply.Failure.self) { try close(nil, sent.addingTimeInterval(-60)) }
        #expect(throws: WaitReply.Failure.self) { try close(nil, sent.addingTimeInterval(7200)) }
        #expect(throws: WaitReply.Failure.self) { try close("read", nil) }
        let held = try store.lock(scenario: "proposal", run: id, holder: .current(since: sent))
        #expect(throws: WaitReply.Failure.self) { try close(nil, nil) }
        held.release()
        // Nothing above changed the file: the wait is still open, and closes now.
        #expect(try store.load(scenario: "proposal", run: id).get().record(for: "ask")?.wait?.isOpen == true)
        let run = try close(nil, nil)
        #expect(run.record(for: "ask")?.outcome == .failed)
        #expect(run.record(for: "ask")?.wait?.last.responseSeconds == 3600)
        #expect(throws: WaitReply.Failure.self) { try close(nil, nil) }
    }
}

/// A wait of two attempts at least a day apart (a call): the first goes unanswered, the second,
/// refused until a day has passed, is answered.
@Suite struct SessionWaitAttemptsTests {
    let store = RunStore(root: Fixtures.temporaryFolder())
    static let scenario = Scenario(
        id: "hotline", title: "Hotline", brief: "Call the hotline.",
        steps: [
            Step(id: "call", title: "Call", instruction: "Call the hotline.", touchpoint: "hotline", stage: .consideration,
                 target: 60, wait: Wait(attempts: 2, retryAfter: 86400)),
            Step(id: "after", title: "After", instruction: "Note what was said.", touchpoint: "hotline", stage: .intent, score: false),
        ])

    func session(_ script: Script) -> Session {
        let s = Session(scenario: Self.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        s.timeZone = TimeZone(identifier: "UTC")!
        return s
    }

    @Test func anUnansweredFirstAttemptWaitsForTheSecondAfterRetryAfter() throws {
        // Sent 70 s after the ready screen showed; no answer in 5 minutes; the second attempt is refused for a day.
        let first = Script([(0, "Anna"), (0, ""), (70, ""), (300, "x"), (0, ""), (0, "q")])
        let quit = try session(first).run(Session.Options())
        #expect(quit.ending == .quit)
        #expect(first.text.contains("No answer to attempt 1 of 2 after 5m; the step waits for the next attempt."), "\(first.text)")
        #expect(first.text.contains("Attempt 2 of 2, not before 10:16 Tue 2026-11-24"))
        #expect(first.text.contains("Too early: the next attempt is due from 10:16 Tue 2026-11-24"))
        #expect(!first.text.contains("time target"))
        let id = try #require(quit.run?.id)
        #expect(try store.load(path: #require(quit.path)).get().record(for: "call")?.outcome == .started)

        let second = Script([(0, ""), (5, ""), (40, ""), (0, "9"), (0, "s")])
        second.clock.advance(by: 86400 + 370)
        let done = try session(second).run(Session.Options(resume: id))
        #expect(done.ending == .completed)
        let path = try #require(done.path)
        let call = try #require(try store.load(path: path).get().record(for: "call"))
        #expect(call.outcome == .done)
        #expect(call.seconds == 0)
        let t0 = Fixtures.started
        #expect(call.wait?.attempts == [
            .init(sent: t0.addingTimeInterval(70), answered: nil, responseSeconds: 300),
            .init(sent: t0.addingTimeInterval(86400 + 370 + 5), answered: t0.addingTimeInterval(86400 + 370 + 45), responseSeconds: 40),
        ])
    }
}
