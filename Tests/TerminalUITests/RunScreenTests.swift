import Foundation
import Runner
import ShopperCore
import Testing
@testable import TerminalUI

/// The full-screen runner's layout, and a whole session walked by keys on a fake terminal.
@Suite struct RunScreenTests {
    typealias F = TerminalIOFixtures

    /// The text of the last frame painted: escapes removed, one string per row.
    static func screenLines(_ output: String) -> [String] {
        guard let start = output.range(of: "\u{1B}[H", options: .backwards) else { return [] }
        let frame = String(output[start.lowerBound...])
        let text = frame.replacing(F.controlEscapes, with: "").replacing(try! Regex(#"\u{1B}\[[0-9;]*m"#), with: "")
        return text.components(separatedBy: "\r\n")
    }

    /// Walks `TerminalIOFixtures.scenario` by keys: name, briefing, a barrier picked from the menu,
    /// a Russian note, a pause, done, score, checklist, the second step, its question, the survey.
    static func walk(colour: Bool, size: TerminalSize = .fallback) throws -> (FakeTerminal, Session.Outcome, RunStore) {
        let terminal = FakeTerminal(size: size)
        for chunk in ["Ann\r", "\r", "\r", "b", "1\r", "3\r", "n", "Кнопка не жмётся\r", "p", "p", "\r",
                      "8\r", "y\r", "\r", "\r", "2\r", "9\r"] {
            terminal.type(chunk)
        }
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-io-" + UUID().uuidString)
        let clock = FakeClock()
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: colour, defersTermination: false)
        let session = Session(scenario: F.scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        let outcome = try io.run { try session.run(Session.Options()) }
        return (terminal, outcome, store)
    }

    @Test func aWholeRunByKeysIsRecordedAndTheTerminalRestored() throws {
        let (terminal, outcome, store) = try Self.walk(colour: false)
        #expect(outcome.ending == .completed)
        let run = try #require(outcome.run)
        let saved = try store.load(path: store.path(of: run)).get()
        #expect(saved.status == .completed)
        #expect(saved.tester == "Ann")
        let find = try #require(saved.record(for: "find"))
        #expect(find.outcome == .done)
        #expect(find.barriers.map(\.id) == ["no-results"])
        #expect(find.barriers.first?.severity == .major)
        #expect(find.notes.map(\.text) == ["Кнопка не жмётся"])
        #expect(find.score == 8)
        #expect(find.checklist["results"] == .yes)
        #expect(saved.record(for: "pay")?.answers["method"] == .text("PayPal"))
        #expect(saved.survey["nps"] == .number(9))

        #expect(!terminal.isRawMode && !terminal.isAlternateScreen && !terminal.isCursorHidden)
        // After leaving the alternate screen the summary is written to the normal screen.
        let afterLeaving = try #require(terminal.output.components(separatedBy: "\u{1B}[?1049l").last)
        #expect(afterLeaving.contains("Run completed.\n"))
        #expect(afterLeaving.contains("Saved to \(store.path(of: run))\n"))
        #expect(!afterLeaving.contains("\u{1B}"))
    }

    /// The running screen at 30 rows: the header carries the step; the log holds only what
    /// happened in it (here a note), not the ready screen again.
    @Test func theRunningScreenShowsTheStepOnce() throws {
        let fake = FakeTerminal(size: TerminalSize(columns: 60, rows: 30))
        for chunk in ["Ann\r", "\r", "\r", "n", "Slow\r"] { fake.type(chunk) }
        let terminal = ScriptedTerminal(fake)
        var frames: [[String]] = []
        terminal.onRead = { _ in frames.append(Self.screenLines(fake.output)) }
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-io-" + UUID().uuidString)
        let clock = FakeClock()
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false, defersTermination: false)
        let session = Session(scenario: F.scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        _ = try io.run { try session.run(Session.Options()) }

        let ready = try #require(frames.last { $0.contains("Enter: start the step · s: skip · q: save and quit") })
        #expect(ready.filter { $0 == "Search for the kettle." }.count == 1)
        let running = frames.filter { $0.contains("Time 0:00.0 / target 1:00") }
        try #require(running.count >= 2)
        for screen in running {
            #expect(screen.filter { $0 == "Search for the kettle." }.count == 1, "\(screen)")
            #expect(screen.filter { $0.contains("Find the item") }.count == 1, "\(screen)")
            #expect(screen.filter { $0.contains("Results within 2 seconds") }.count == 1, "\(screen)")
            #expect(!screen.contains { $0.contains("Timer running") || $0.contains("Time target") }, "\(screen)")
        }
        let afterNote = try #require(running.last)
        #expect(afterNote.contains("Note recorded at 0:00.0."))
    }

    @Test func theFooterShowsTheKeysOfTheScreenAndThePromptWhileTyping() {
        var state = RunScreen()
        state.keys = "Enter: start the step · s: skip · q: save and quit"
        var rendered = state.render(uptime: 0, size: TerminalSize(columns: 30, rows: 6), strings: Strings(.en))
        #expect(rendered.lines.map(\.plainText) == ["", "", "", "", "Enter: start the step · s:", "skip · q: save and quit"])
        #expect(rendered.cursor == nil)

        state.prompt = "Note:"
        state.input = "Привет, 世界"
        rendered = state.render(uptime: 0, size: TerminalSize(columns: 30, rows: 6), strings: Strings(.en))
        #expect(rendered.lines.suffix(2).map(\.plainText) == ["Note:", "> Привет, 世界"])
        #expect(rendered.cursor == RunScreen.Rendered.Cursor(row: 5, column: 2 + 8 + 4))
    }

    @Test func longInputShowsItsEnd() {
        var state = RunScreen()
        state.prompt = "Note:"
        state.input = String(repeating: "я", count: 50) + "конец"
        let rendered = state.render(uptime: 0, size: TerminalSize(columns: 20, rows: 4), strings: Strings(.en))
        let last = rendered.lines.last!.plainText
        #expect(last.hasPrefix("> ") && last.hasSuffix("конец"))
        #expect(DisplayWidth.width(of: last) == 19)
    }

    @Test func theLogShowsItsNewestLinesWrappedAndIndented() {
        var state = RunScreen()
        state.log = ["first", "Known barriers at this step:", "  1. Search finds nothing at all, whatever you type"]
        let rendered = state.render(uptime: 0, size: TerminalSize(columns: 30, rows: 3), strings: Strings(.en))
        #expect(rendered.lines.map(\.plainText) == ["Known barriers at this step:", "  1. Search finds nothing at", "     all, whatever you type"])
    }

    /// A wrapped "- item" continues under its text, not its dash, in the log (where the ready
    /// screen is shown) and in the running step's header alike.
    @Test func listItemsWrapWithAHangingIndentInTheLogAndTheHeader() {
        let item = "Сумма показана до оплаты, без скрытых комиссий"
        let expected = ["  - Сумма показана до оплаты,", "    без скрытых комиссий"]
        var state = RunScreen()
        state.log = ["Expected:", "  - " + item]
        let log = state.render(uptime: 0, size: TerminalSize(columns: 30, rows: 3), strings: Strings(.en))
        #expect(log.lines.map(\.plainText) == ["Expected:"] + expected)

        let step = Step(id: "pay", title: "Pay", instruction: "Pay.", touchpoint: "web", stage: .purchase, expect: [item])
        state.step = F.view(step)
        state.timer = .running(F.timing(activeFor: 1, clock: FakeClock()))
        let header = state.header(uptime: FakeClock().now().uptime, width: 30, strings: Strings(.en)).map(\.plainText)
        #expect(Array(header.drop { $0 != "Expected:" }.dropFirst().prefix(2)) == expected)
    }

    /// A wait step's target is the promised response time: the running timer does not hold the
    /// tester's active time to it (an ordinary step's timer does).
    @Test func aWaitStepsTimerHasNoTarget() {
        var state = RunScreen()
        for (wait, shown) in [(nil, true), (Wait(clock: .working), false)] as [(Wait?, Bool)] {
            let step = Step(id: "ask", title: "Ask", instruction: "Ask.", touchpoint: "web", stage: .intent,
                            target: 3 * 3600, wait: wait)
            state.step = F.view(step)
            state.timer = .running(F.timing(activeFor: 1, clock: FakeClock()))
            let header = state.header(uptime: FakeClock().now().uptime, width: 60, strings: Strings(.en)).map(\.plainText)
            #expect(header.contains { $0.contains("target 3:00:00") } == shown, "\(header)")
        }
    }

    @Test(arguments: [("- a", "- "), ("* a", "* "), ("• a", "• "), ("12. a", "12. "), ("12.a", ""), ("-a", ""), ("a - b", "")])
    func listMarkers(text: String, marker: String) {
        #expect(RunScreen.listMarker(Substring(text)) == marker)
    }

    @Test func aHangingIndentWiderThanHalfTheLineFallsBack() {
        #expect(RunScreen.wrapped("  - one two three", width: 8) == ["  - one", "  two", "  three"])
    }
}
