import Foundation
import Runner
import ShopperCore
import Testing
import TerminalUI

/// A wait step on the full screen: sent, quit, resumed a day later, answer time typed.
@Suite struct TerminalIOWaitTests {
    static let prague = TimeZone(identifier: "Europe/Prague")!
    static let scenario = Scenario(
        id: "proposal", title: "Proposal", brief: "Ask for a proposal.",
        steps: [
            Step(id: "ask", title: "Ask for a proposal", instruction: "Send the request form.", touchpoint: "sales-email",
                 stage: .consideration, target: 3 * 3600, wait: Wait(clock: .working)),
            Step(id: "read", title: "Read it", instruction: "Read the proposal.", touchpoint: "sales-email", stage: .intent, score: false),
        ],
        hours: [Location.Hours(key: "mon-fri", days: [.mon, .tue, .wed, .thu, .fri], opens: 9 * 60, closes: 18 * 60)],
        timezone: "Europe/Prague")

    func walk(_ keys: [String], store: RunStore, clock: FakeClock, options: Session.Options) throws -> (Session.Outcome, FakeTerminal) {
        let terminal = FakeTerminal()
        for k in keys { terminal.type(k) }
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false, defersTermination: false)
        let session = Session(scenario: Self.scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        session.timeZone = Self.prague
        return (try io.run { try session.run(options) }, terminal)
    }

    @Test func aWaitIsSentQuitResumedADayLaterAndAnswered() throws {
        let root = NSTemporaryDirectory() + "terminal-wait-" + UUID().uuidString
        let store = RunStore(root: root)
        let clock = FakeClock() // 2026-11-23T10:15:00Z, a Monday: 11:15 in Prague
        let (first, firstTerminal) = try walk(["\r", "\r", "q\r"], store: store, clock: clock, options: Session.Options(tester: "Ann"))
        #expect(first.ending == .quit)
        // One Enter on the wait step's screen: sent now, and the time said.
        #expect(firstTerminal.output.contains("Enter: sent now"))
        #expect(firstTerminal.output.contains("Sent at 11:15 Mon 2026-11-23."))
        let id = try #require(first.run?.id)
        #expect(try store.load(path: #require(first.path)).get().record(for: "ask")?.wait == WaitRecord(sent: Date(timeIntervalSince1970: 1_795_428_900)))

        clock.advance(by: 86400)
        let (second, terminal) = try walk(["\r", "yesterday 13:05\r", "7\r", "\r", "\r"], store: store, clock: clock,
                                    options: Session.Options(resume: id))
        #expect(second.ending == .completed)
        // Monday 11:15-18:00 and Tuesday 09:00-11:15 in Prague: 9 h of working time in 24 h.
        // (The screen wraps lines at its width: the parts are looked for one by one.)
        for part in ["Waiting since 11:15 Mon 2026-11-23 (24h;", "9h of working time;", "target 3h of", "working time)"] {
            #expect(terminal.output.contains(part), "\(part)")
        }
        let ask = try #require(second.run?.record(for: "ask"))
        #expect(ask.outcome == .done)
        #expect(ask.score == 7)
        // 10:15:00Z to 12:05:00Z.
        #expect(ask.wait?.last.responseSeconds == 6600)
        #expect(ask.wait?.last.responseWorkingSeconds == 6600)
    }
}
