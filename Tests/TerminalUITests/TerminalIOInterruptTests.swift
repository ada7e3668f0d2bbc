import Foundation
import Runner
import ShopperCore
import Testing
import TerminalUI

/// The full screen keeps what a tester typed when the runner is stopped mid-prompt, and the
/// waiting line ticks while the tester looks at it.
@Suite struct TerminalIOInterruptTests {
    /// A `FakeTerminal` whose timed-out reads move the clock on by a second, as time passes while
    /// nobody types.
    final class TickingTerminal: Terminal {
        let base: FakeTerminal
        let clock: FakeClock
        init(_ base: FakeTerminal, clock: FakeClock) {
            self.base = base
            self.clock = clock
        }
        func write(_ text: String) { base.write(text) }
        func read(timeout: Duration?) -> TerminalInput {
            let input = base.read(timeout: timeout)
            if case .timedOut = input { clock.advance(by: 1) }
            return input
        }
        var size: TerminalSize { base.size }
        var isTTY: Bool { base.isTTY }
        func enterRawMode() throws { try base.enterRawMode() }
        func leaveRawMode() { base.leaveRawMode() }
        func hideCursor() { base.hideCursor() }
        func showCursor() { base.showCursor() }
        func enterAlternateScreen() { base.enterAlternateScreen() }
        func leaveAlternateScreen() { base.leaveAlternateScreen() }
    }

    func walk(_ input: [TerminalInput], store: RunStore, clock: FakeClock, scenario: Scenario = TerminalIOFixtures.scenario,
              options: Session.Options) throws -> (Session.Outcome, FakeTerminal) {
        let fake = FakeTerminal(input: input)
        let io = TerminalIO(terminal: TickingTerminal(fake, clock: clock), clock: clock, strings: Strings(.en), colour: false,
                            defersTermination: false)
        let session = Session(scenario: scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        session.timeZone = TerminalIOWaitTests.prague
        return (try io.run { try session.run(options) }, fake)
    }

    static func keys(_ texts: String...) -> [TerminalInput] { texts.map { .bytes(Array($0.utf8)) } }

    /// `b`, text typed, Ctrl-C: the text is a note of the step marked [unfinished], and said.
    @Test func ctrlCWhileTypingABarrierKeepsTheTextAsAnUnfinishedNote() throws {
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-interrupt-" + UUID().uuidString)
        let clock = FakeClock()
        let input = Self.keys("\r", "\r", "b", "The form lost my text", "\u{03}")
        let (outcome, terminal) = try walk(input, store: store, clock: clock, options: Session.Options(tester: "Ann"))
        #expect(outcome.ending == .inputEnded)
        let run = try store.load(path: #require(outcome.path)).get()
        let first = try #require(run.steps.first)
        #expect(first.notes.map(\.text) == ["[unfinished] The form lost my text"])
        #expect(first.outcome == .started)
        #expect(terminal.output.contains("marked [unfinished]"))
    }

    /// Ctrl-C with nothing typed adds no note.
    @Test func ctrlCOnAnEmptyPromptAddsNothing() throws {
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-interrupt-" + UUID().uuidString)
        let (outcome, _) = try walk(Self.keys("\r", "\r", "n", "  ", "\u{03}"), store: store, clock: FakeClock(),
                                    options: Session.Options(tester: "Ann"))
        let run = try store.load(path: #require(outcome.path)).get()
        #expect(run.steps.first?.notes == [])
    }

    /// Back at a wait a minute after sending, the "Waiting since" line is redrawn as the seconds pass.
    @Test func theWaitingLineTicks() throws {
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-tick-" + UUID().uuidString)
        let clock = FakeClock()
        let (first, _) = try walk(Self.keys("\r", "\r", "q"), store: store, clock: clock, scenario: TerminalIOWaitTests.scenario,
                                  options: Session.Options(tester: "Ann"))
        let id = try #require(first.run?.id)
        clock.advance(by: 60)
        // Briefing, then three seconds with no key on the waiting screen, then q.
        let input: [TerminalInput] = Self.keys("\r") + [.timedOut, .timedOut, .timedOut] + Self.keys("q\r")
        let (_, terminal) = try walk(input, store: store, clock: clock, scenario: TerminalIOWaitTests.scenario,
                                     options: Session.Options(resume: id))
        for elapsed in ["(1m;", "(1m01s;", "(1m02s;", "(1m03s;"] {
            #expect(terminal.output.contains("Waiting since 11:15 Mon 2026-11-23 " + elapsed), "\(elapsed)")
        }
    }
}
