import Foundation
@testable import Runner
import ShopperCore
import Testing
import TerminalUI

/// A `FakeTerminal` whose reads can act on the world (advance a clock, change the size).
final class ScriptedTerminal: Terminal {
    let fake: FakeTerminal
    var onRead: (Int) -> Void = { _ in }
    private(set) var reads = 0

    init(_ fake: FakeTerminal) { self.fake = fake }

    func write(_ text: String) { fake.write(text) }
    func read(timeout: Duration?) -> TerminalInput {
        reads += 1
        onRead(reads)
        return fake.read(timeout: timeout)
    }
    var size: TerminalSize { fake.size }
    var isTTY: Bool { fake.isTTY }
    func enterRawMode() throws { try fake.enterRawMode() }
    func leaveRawMode() { fake.leaveRawMode() }
    func hideCursor() { fake.hideCursor() }
    func showCursor() { fake.showCursor() }
    func enterAlternateScreen() { fake.enterAlternateScreen() }
    func leaveAlternateScreen() { fake.leaveAlternateScreen() }
}

enum TerminalIOFixtures {
    static let find = Step(id: "find", title: "Find the item", instruction: "Search for the kettle.", touchpoint: "web",
                           stage: .consideration, expect: ["Results within 2 seconds"], target: 60,
                           checklist: [ChecklistItem(id: "results", text: "Results are relevant")])
    static let pay = Step(id: "pay", title: "Pay", instruction: "Pay by card.", touchpoint: "web", stage: .purchase,
                          score: false,
                          questions: [Question(id: "method", ask: "How did you pay?", kind: .choice(options: ["Card", "PayPal"]))])
    static let scenario = Scenario(
        id: "order", title: "Order online", language: .en, brief: "Order one item.", context: [],
        steps: [find, pay],
        survey: [Question(id: "nps", ask: "Would you recommend us?", kind: .nps)],
        barriers: [KnownBarrier(id: "no-results", step: "find", text: "Search finds nothing")]
    )

    static func view(_ step: Step = find, index: Int = 0, count: Int = 2) -> StepView {
        StepView(index: index, count: count, step: step)
    }

    /// A running timing that started `seconds` ago at `clock`'s uptime.
    static func timing(activeFor seconds: Double, clock: FakeClock, paused: Bool = false) -> RunEngine.Timing {
        let now = clock.now().uptime
        return RunEngine.Timing(step: 0, startedAt: now - seconds, pausedSince: paused ? now : nil,
                                accumulatedPause: 0, priorSeconds: 0, priorPaused: 0)
    }

    static func io(_ terminal: any Terminal, clock: FakeClock = FakeClock(), language: Language = .en,
                   colour: Bool = false) -> TerminalIO {
        TerminalIO(terminal: terminal, clock: clock, strings: Strings(language), colour: colour, defersTermination: false)
    }

    /// Escapes TerminalIO may write with colour off: cursor and screen control only.
    static var controlEscapes: Regex<AnyRegexOutput> { try! Regex(#"\u{1B}\[(H|2K|J|\?25[hl]|\?1049[hl]|\d+;\d+H|0m)"#) }
}

@Suite struct TerminalIOTests {
    typealias F = TerminalIOFixtures

    // MARK: Keys

    @Test(arguments: [
        (Key.enter, Command.enter), (.ctrlC, .quit),
        (.char("s"), .skip), (.char("S"), .skip), (.char("ы"), .skip),
        (.char("f"), .fail), (.char("а"), .fail), (.char("b"), .barrier), (.char("и"), .barrier),
        (.char("n"), .note), (.char("т"), .note), (.char("p"), .pause), (.char("з"), .pause),
        (.char("q"), .quit), (.char("й"), .quit), (.char("Й"), .quit), (.char("?"), .help),
    ])
    func singleKeysMapToCommands(key: Key, command: Command) {
        #expect(TerminalIO.command(for: key) == command)
    }

    @Test func arrowsAndTabDoNothingOnAScreen() {
        #expect(TerminalIO.command(for: .up) == nil)
        #expect(TerminalIO.command(for: .tab) == nil)
        #expect(TerminalIO.command(for: .ctrlD) == nil)
    }

    @Test func aKeyActsAtOnceWithoutEnter() {
        let terminal = FakeTerminal()
        terminal.type("b")
        let clock = FakeClock()
        let io = F.io(terminal, clock: clock)
        #expect(io.command(.running(F.view(), F.timing(activeFor: 3, clock: clock))) == .barrier)
        #expect(terminal.readTimeouts == [.milliseconds(200)])  // a live timer: reads time out to redraw
    }

    @Test func readyScreenWaitsWithoutTimeoutAndIgnoresQuiet() {
        let terminal = FakeTerminal(input: [.timedOut, .timedOut])
        terminal.type("\r")
        let io = F.io(terminal)
        #expect(io.command(.ready(F.view())) == .enter)
        #expect(terminal.readTimeouts == [nil, nil, nil])
    }

    @Test func quietRunningStepTicksForAPeriodicSave() {
        let clock = FakeClock()
        let terminal = ScriptedTerminal(FakeTerminal(whenExhausted: .timedOut))
        terminal.onRead = { _ in clock.advance(by: 0.25) }
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false,
                            tickInterval: 5, defersTermination: false)
        #expect(io.command(.running(F.view(), F.timing(activeFor: 0, clock: clock))) == .tick)
        #expect(terminal.reads == 20)
    }

    @Test func pausedStepDoesNotTick() {
        let clock = FakeClock()
        let fake = FakeTerminal(whenExhausted: .timedOut)
        let terminal = ScriptedTerminal(fake)
        terminal.onRead = { n in
            clock.advance(by: 1)
            if n == 30 { fake.type("p") }
        }
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false,
                            tickInterval: 5, defersTermination: false)
        #expect(io.command(.paused(F.view(), F.timing(activeFor: 2, clock: clock, paused: true))) == .pause)
    }

    @Test func endOfInputIsNil() {
        let io = F.io(FakeTerminal())
        #expect(io.command(.briefing) == nil)
        #expect(io.ask("Name:") == nil)
    }

    @Test func keysTypedTogetherAreKeptForTheNextRead() {
        let terminal = FakeTerminal()
        terminal.type("n" + "Хорошо\r")
        let clock = FakeClock()
        let io = F.io(terminal, clock: clock)
        #expect(io.command(.running(F.view(), F.timing(activeFor: 1, clock: clock))) == .note)
        #expect(io.ask("Note:") == "Хорошо")
    }

    // MARK: Line editor

    @Test func lineEditorTakesCyrillicAndBackspaceErasesAWholeGrapheme() {
        let terminal = FakeTerminal()
        terminal.type("Кноп")
        terminal.type("\u{7F}")                // п
        terminal.type("пкa\u{7F}а ")          // Latin a erased, Cyrillic а typed
        terminal.type("👍")
        terminal.type("🏽")                    // joins the thumb: one cluster
        terminal.type("\u{7F}")               // erases 👍🏽 whole
        terminal.type("e\u{301}\u{7F}ok\r")   // é erased whole
        #expect(F.io(terminal).ask("Note:") == "Кнопка ok")
    }

    @Test func escapeClearsTheLineThenGivesAnEmptyAnswer() {
        let terminal = FakeTerminal()
        terminal.type("abc\u{1B}")
        terminal.input.append(.timedOut)       // a lone ESC is Escape once nothing follows
        terminal.type("x\r")
        let io = F.io(terminal)
        #expect(io.ask("Note:") == "x")

        let second = FakeTerminal()
        second.type("\u{1B}")
        second.input.append(.timedOut)
        #expect(F.io(second).ask("Note:") == "")
    }

    @Test(arguments: ["\u{03}", "\u{04}"])
    func ctrlCAndCtrlDEndTheAnswer(key: String) {
        let terminal = FakeTerminal()
        terminal.type("half" + key + "more\r")
        #expect(F.io(terminal).ask("Note:") == nil)
    }

    @Test func theTimerKeepsRunningWhileANoteIsTyped() {
        let clock = FakeClock()
        let fake = FakeTerminal(input: [.timedOut, .timedOut])
        fake.type("n")
        let terminal = ScriptedTerminal(fake)
        terminal.onRead = { _ in clock.advance(by: 1) }
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false, defersTermination: false)
        _ = io.command(.running(F.view(), F.timing(activeFor: 10, clock: clock)))
        #expect(io.state.timer != nil)
        fake.clearOutput()
        fake.type("hi\r")
        fake.input.insert(contentsOf: [.timedOut, .timedOut], at: 0)
        #expect(io.ask("Note:") == "hi")
        #expect(fake.output.contains("Time 0:14.0 / target 1:00"))
        #expect(fake.output.contains("Time 0:15.0 / target 1:00"))
        #expect(fake.readTimeouts.suffix(3).allSatisfy { $0 == .milliseconds(200) })
    }

    @Test func theHeaderGoesWhenTheStepEnds() {
        let terminal = FakeTerminal()
        terminal.type("f")
        terminal.type("y")
        let clock = FakeClock()
        let io = F.io(terminal, clock: clock)
        #expect(io.command(.running(F.view(), F.timing(activeFor: 1, clock: clock))) == .fail)
        #expect(io.state.timer == nil && io.state.step == nil)
    }

    // MARK: Confirming f and s

    /// The keys of a running (or paused) step, `keys` typed one read each.
    static func command(_ keys: [String], paused: Bool = false, language: Language = .en) -> (Command?, TerminalIO, FakeTerminal) {
        let terminal = FakeTerminal()
        for key in keys { terminal.type(key) }
        let clock = FakeClock()
        let io = F.io(terminal, clock: clock, language: language)
        let timing = F.timing(activeFor: 3, clock: clock, paused: paused)
        let command = io.command(paused ? .paused(F.view(), timing) : .running(F.view(), timing))
        return (command, io, terminal)
    }

    @Test func failingARunningStepAsksFirstAndAnyOtherKeyCancels() {
        let (command, io, terminal) = Self.command(["f", "x", "f", "y"])
        #expect(command == .fail)
        #expect(terminal.output.contains("Mark this step as failed? Enter or y: yes · any other key: no"))
        #expect(io.state.timer == nil)   // the step ended: the header goes
        #expect(terminal.input.isEmpty)
    }

    @Test(arguments: ["\r", "y", "Y", "д", "Д"])
    func enterYOrDConfirms(key: String) {
        #expect(Self.command(["s", key]).0 == .skip)
    }

    @Test func skippingAPausedStepAsksInRussianAndNCancels() {
        // "ы" is s and "н" (n on a Russian layout, and "нет") cancels; then Enter resumes.
        let (command, io, terminal) = Self.command(["ы", "н", "\r"], paused: true, language: .ru)
        #expect(command == .enter)
        #expect(terminal.output.contains("Пропустить этот шаг? Enter или д: да · другая клавиша: нет"))
        #expect(io.state.timer != nil)   // resuming keeps the header
    }

    @Test func failingAPausedStepConfirmedEndsIt() {
        let (command, io, _) = Self.command(["а", "д"], paused: true, language: .ru)
        #expect(command == .fail)
        #expect(io.state.timer == nil && io.state.step == nil)
    }

    @Test func ctrlCWhileConfirmingQuitsAndTheEndOfInputEnds() {
        #expect(Self.command(["f", "\u{03}"]).0 == .quit)
        #expect(Self.command(["f"]).0 == nil)
    }

    @Test func aNoteTypedWithoutNCannotFailThePausedStep() {
        // "записка" typed while paused: з resumed it before; now а (f) asks, п cancels, и is b.
        let (command, io, terminal) = Self.command(["а", "п", "и"], paused: true, language: .ru)
        #expect(command == .barrier)
        #expect(terminal.output.contains("Отметить шаг как невыполненный? Enter или д: да"))
        #expect(io.state.timer != nil)
    }

    @Test func helpLeavesNoFrozenTimeLineBelowTheLiveTimer() throws {
        // Briefing, start the step, 2.5 s later `?`, then `b` with a barrier: the header's timer
        // is live, so neither the help nor the barrier leaves a "Time: 0:02.5" line in the log.
        let terminal = ScriptedTerminal(FakeTerminal())
        for key in ["\r", "\r", "?", "b"] { terminal.fake.type(key) }
        for key in "Slow\r2\r" { terminal.fake.type(String(key)) }
        let clock = FakeClock()
        terminal.onRead = { n in if n == 3 { clock.advance(by: 2.5) } }
        let io = F.io(terminal, clock: clock)
        let store = RunStore(root: NSTemporaryDirectory() + "terminal-io-" + UUID().uuidString)
        let session = Session(scenario: F.scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        _ = try session.run(Session.Options(tester: "Anna"))
        let log = io.state.log.joined(separator: "\n")
        #expect(log.contains("?      this help"))
        #expect(log.contains("Barrier 'slow' recorded at 0:02.5."))
        #expect(!log.contains("Time: "), "\(log)")
    }

    @Test func theReadyScreenSkipsAtOnce() {
        let terminal = FakeTerminal()
        terminal.type("s")
        #expect(F.io(terminal).command(.ready(F.view())) == .skip)
        #expect(!terminal.output.contains("Skip this step?"))
    }

    // MARK: Screens

    @Test func timerShowsTargetAndAClearSignOncePassed() {
        let clock = FakeClock()
        var state = RunScreen()
        state.step = F.view()
        state.timer = .running(F.timing(activeFor: 42.5, clock: clock))
        var header = state.header(uptime: clock.now().uptime, width: 80, strings: Strings(.en)).map(\.plainText)
        #expect(header.contains("Time 0:42.5 / target 1:00"))
        #expect(!header.joined().contains("over target"))

        state.timer = .running(F.timing(activeFor: 72.5, clock: clock))
        let lines = state.header(uptime: clock.now().uptime, width: 80, strings: Strings(.en))
        header = lines.map(\.plainText)
        #expect(header.contains("Time 1:12.5 / target 1:00  +0:12.5 over target"))
        let timerLine = lines.first { $0.plainText.contains("over target") }!
        #expect(timerLine.render(colour: true).contains("\u{1B}[1;31m"))
        #expect(timerLine.render(colour: false) == "Time 1:12.5 / target 1:00  +0:12.5 over target")
    }

    @Test func pausedStepSaysSo() {
        let clock = FakeClock()
        var state = RunScreen()
        state.step = F.view()
        state.timer = .paused(F.timing(activeFor: 5, clock: clock, paused: true))
        clock.advance(by: 30)
        let header = state.header(uptime: clock.now().uptime, width: 80, strings: Strings(.ru)).map(\.plainText)
        #expect(header.contains("ПАУЗА  Время 0:05.0 / цель 1:00"))
    }

    @Test func runningScreenFitsFortyColumnsInRussian() {
        let clock = FakeClock()
        let step = Step(id: "pay", title: "Оплатить заказ картой на сайте магазина", instruction:
                            "Оплатите заказ банковской картой, не выходя из приложения; 日本語 и 👍🏽 тоже.",
                        touchpoint: "web", stage: .purchase, expect: ["Сумма показана до оплаты, без скрытых комиссий"],
                        target: 90)
        let terminal = FakeTerminal(size: TerminalSize(columns: 40, rows: 20))
        terminal.type("q")
        let io = F.io(terminal, clock: clock, language: .ru)
        io.show(["Барьер «долгая-загрузка» записан на 0:31.0."])
        _ = io.command(.running(F.view(step, index: 1, count: 3), F.timing(activeFor: 100, clock: clock)))
        let lines = RunScreenTests.screenLines(terminal.output)
        #expect(lines.count <= 20)
        for line in lines { #expect(DisplayWidth.width(of: line) <= 40, "\(line)") }
        let text = lines.joined(separator: "\n")
        #expect(text.contains("Шаг 2 из 3: Оплатить заказ картой на"))
        #expect(text.contains("Время 1:40.0 / цель 1:30  +0:10.0 сверх"))
        #expect(text.contains("Enter: готово"))
        #expect(text.contains("日本語"))
    }

    @Test func withoutColourOnlyCursorAndScreenControlsAreWritten() throws {
        let (terminal, _, _) = try RunScreenTests.walk(colour: false)
        let stripped = terminal.output.replacing(F.controlEscapes, with: "")
        #expect(!stripped.contains("\u{1B}"))
        #expect(terminal.output.contains("\u{1B}[?1049h"))
    }

    @Test func withColourTheTitleIsBold() throws {
        let (terminal, _, _) = try RunScreenTests.walk(colour: true)
        #expect(terminal.output.contains("\u{1B}[1mStep 1 of 2: Find the item\u{1B}[0m"))
    }

    @Test func hostileScenarioTextIsShownNotExecuted() {
        let clock = FakeClock()
        let step = Step(id: "x", title: "Pay\u{1B}]0;pwned\u{07}\u{1B}[2J", instruction: "Go\u{1B}[1;1H\u{9B}31m\u{202E}back",
                        touchpoint: "web", stage: .purchase, expect: ["\u{1B}P+q\u{1B}\\ok"])
        let terminal = FakeTerminal()
        terminal.type("q")
        let io = F.io(terminal, clock: clock)
        io.show(["Scenario: \u{1B}]52;c;aGVsbG8=\u{07}evil\rX"])
        _ = io.command(.running(F.view(step), F.timing(activeFor: 1, clock: clock)))
        let stripped = terminal.output.replacing(F.controlEscapes, with: "")
        #expect(!stripped.contains("\u{1B}"))
        #expect(!stripped.contains("\u{07}") && !stripped.contains("\u{9B}") && !stripped.contains("\u{202E}"))
        #expect(!terminal.output.contains("pwned") && !terminal.output.contains("aGVsbG8="))
        #expect(stripped.contains("Pay"))
        #expect(stripped.contains("evil^MX"))
    }

    @Test func resizeRedrawsAtTheNewWidth() {
        let clock = FakeClock()
        let fake = FakeTerminal(input: [.resized], size: TerminalSize(columns: 100, rows: 20))
        fake.type("q")
        let terminal = ScriptedTerminal(fake)
        terminal.onRead = { n in
            if n == 1 {
                fake.size = TerminalSize(columns: 30, rows: 20)
                fake.clearOutput()
            }
        }
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false, defersTermination: false)
        _ = io.command(.running(F.view(), F.timing(activeFor: 1, clock: clock)))
        let lines = RunScreenTests.screenLines(fake.output)
        #expect(lines.contains(String(repeating: "─", count: 30)))
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) <= 30 })
    }
}
