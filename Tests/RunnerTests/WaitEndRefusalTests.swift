import Foundation
import Runner
import ShopperCore
import Testing

/// A wait cannot end before its `sent` (a computer whose clock is behind the one that recorded it)
/// or more than a year after it (the run file caps `response_seconds` there): the runner says so on
/// the waiting screen and `shopper reply` refuses, and the run stays as it was.
@Suite struct WaitEndRefusalTests {
    let store = RunStore(root: Fixtures.temporaryFolder())
    /// `sent` of `SessionWaitTests.sendAndQuit`'s run: 2026-11-23 10:15:30Z (11:15:30 in Prague).
    static let sent = Date(timeIntervalSince1970: 1_795_428_930)
    static let year = RunLimits.maxSeconds

    @Test func theRuleRefusesBeforeSentInTheFutureAndPastAYear() {
        let sent = Self.sent
        #expect(WaitEndRefusal.check(sent: sent, answered: nil, now: sent) == nil)
        #expect(WaitEndRefusal.check(sent: sent, answered: nil, now: sent.addingTimeInterval(-1)) == .nowBeforeSent(sent: sent, now: sent.addingTimeInterval(-1)))
        #expect(WaitEndRefusal.check(sent: sent, answered: sent.addingTimeInterval(-1), now: sent) == .answerBeforeSent(sent: sent))
        #expect(WaitEndRefusal.check(sent: sent, answered: sent.addingTimeInterval(10), now: sent) == .answerInFuture(now: sent))
        #expect(WaitEndRefusal.check(sent: sent, answered: nil, now: sent.addingTimeInterval(Self.year)) == nil)
        #expect(WaitEndRefusal.check(sent: sent, answered: nil, now: sent.addingTimeInterval(Self.year + 1))
                == .pastLimit(sent: sent, end: sent.addingTimeInterval(Self.year + 1)))
        #expect(WaitEndRefusal.check(sent: sent, answered: sent.addingTimeInterval(Self.year + 1), now: sent.addingTimeInterval(2 * Self.year))
                == .pastLimit(sent: sent, end: sent.addingTimeInterval(Self.year + 1)))
    }

    func sentRun() throws -> String {
        let script = Script([(0, "Anna"), (0, ""), (30, ""), (0, "q")])
        let s = Session(scenario: SessionWaitTests.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        s.timeZone = SessionWaitTests.prague
        return try #require(try s.run(Session.Options()).run?.id)
    }

    func fileText(_ id: String) throws -> String {
        try String(contentsOfFile: store.path(scenario: "proposal", run: id), encoding: .utf8)
    }

    @Test func theRunnerOnAClockBehindSentRefusesEnterAndXAndKeepsTheRun() throws {
        let id = try sentRun()
        let script = Script([(0, ""), (0, ""), (0, "x"), (0, "q")])
        script.clock.advance(by: -3600)  // an hour before the start: this computer's clock is behind
        let s = Session(scenario: SessionWaitTests.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        s.timeZone = SessionWaitTests.prague
        let outcome = try s.run(Session.Options(resume: id))
        #expect(outcome.ending == .quit)
        let refusal = "the request was recorded as sent at 11:15:30 Mon 2026-11-23, after the present (10:15:00 Mon 2026-11-23): is this computer's clock behind?"
        #expect(script.text.components(separatedBy: refusal).count == 3, "\(script.text)")  // Enter and x
        let run = try store.load(scenario: "proposal", run: id).get()
        #expect(run.record(for: "ask")?.wait == WaitRecord(sent: Self.sent))
        #expect(run.record(for: "ask")?.outcome == .started)
    }

    @Test func theRunnerMoreThanAYearLaterRefusesXButTakesATimeWithinTheYear() throws {
        let id = try sentRun()
        let script = Script([(0, ""), (0, "x"), (0, "2026-11-24 09:15"), (0, "7"), (0, ""), (0, "")])
        script.clock.advance(by: Self.year + 86400)
        let s = Session(scenario: SessionWaitTests.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        s.timeZone = SessionWaitTests.prague
        let outcome = try s.run(Session.Options(resume: id))
        #expect(script.text.contains("a run records waits of at most one year"), "\(script.text)")
        #expect(outcome.ending == .completed)
        let ask = try #require(outcome.run?.record(for: "ask"))
        #expect(ask.outcome == .done)
        // 2026-11-24 09:15 in Prague is 08:15:00Z, 22 h − 30 s after sent.
        #expect(ask.wait?.last.responseSeconds == 79_170)
    }

    func close(_ id: String, step: String? = nil, answered: Date?, now: Date, language: Language = .en) throws -> Run {
        try WaitReply.close(runID: id, step: step, answered: answered, now: now, store: store,
                            scenarios: ["proposal": SessionWaitTests.scenario], locations: nil,
                            zone: SessionWaitTests.prague, strings: Strings(language))
    }

    func failure(_ body: () throws -> Run) -> WaitReply.Failure? {
        do {
            _ = try body()
            return nil
        } catch {
            return error as? WaitReply.Failure
        }
    }

    @Test func replyNoneWithTheClockBehindSentNamesBothAndChangesNothing() throws {
        let id = try sentRun()
        let before = try fileText(id)
        let f = try #require(failure { try close(id, answered: nil, now: Self.sent.addingTimeInterval(-3600)) })
        #expect(f.message.contains("sent at 11:15:30 Mon 2026-11-23, after the present (10:15:30 Mon 2026-11-23)"))
        #expect(f.option == nil)
        #expect(try fileText(id) == before)
    }

    @Test func replyPastAYearIsRefusedSoNoFileCheckRejectsIsWritten() throws {
        let id = try sentRun()
        let before = try fileText(id)
        let late = Self.sent.addingTimeInterval(Self.year + 1)
        let none = try #require(failure { try close(id, answered: nil, now: late) })
        #expect(none.message.contains("a run records waits of at most one year"))
        #expect(none.option == nil)
        let at = try #require(failure { try close(id, answered: late, now: late.addingTimeInterval(60)) })
        #expect(at.option == "--at")
        #expect(try fileText(id) == before)
        // Exactly a year is allowed, and the file it writes loads (check's cap).
        let run = try close(id, answered: nil, now: Self.sent.addingTimeInterval(Self.year))
        #expect(run.record(for: "ask")?.wait?.last.responseSeconds == Self.year)
        #expect((try? store.load(scenario: "proposal", run: id).get()) != nil)
    }

    @Test func replyAtBeforeSentShowsTheSecondsAndIsAboutAt() throws {
        let id = try sentRun()
        let f = try #require(failure { try close(id, answered: Self.sent.addingTimeInterval(-10), now: Self.sent.addingTimeInterval(60)) })
        #expect(f.message == "The answer cannot have come before the request was sent (11:15:30 Mon 2026-11-23)")
        #expect(f.option == "--at")
    }

    @Test func replyNamesAStepTheScenarioLacksOrThatIsNoWait() throws {
        let id = try sentRun()
        let now = Self.sent.addingTimeInterval(60)
        #expect(failure { try close(id, step: "nope", answered: nil, now: now) }?.message
                == "no step 'nope' in scenario 'proposal'; its wait steps are: ask")
        #expect(failure { try close(id, step: "read", answered: nil, now: now) }?.message
                == "step 'read' of scenario 'proposal' is not a wait step; its wait steps are: ask")
        #expect(failure { try close(id, step: "nope", answered: nil, now: now, language: .ru) }?.message
                == "в сценарии «proposal» нет шага «nope»; шаги-ожидания: ask")
    }

    @Test func replyOnALockedRunSaysWhatToDoAboutTheReply() throws {
        let id = try sentRun()
        let held = try store.lock(scenario: "proposal", run: id, holder: .current(since: Self.sent))
        defer { held.release() }
        let message = try #require(failure { try close(id, answered: nil, now: Self.sent.addingTimeInterval(60)) }?.message)
        #expect(message.contains("record the answer there, or reply once that runner ends"))
        #expect(!message.contains("resumed or marked abandoned"))
    }
}
