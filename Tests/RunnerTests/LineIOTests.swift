import Foundation
import ShopperCore
import Runner
import Testing

@Suite struct LineIOTests {
    @Test(arguments: [("", Command.enter), ("  ", .enter), ("s", .skip), ("S", .skip), ("f", .fail), ("b", .barrier),
                      ("n", .note), ("p", .pause), ("q", .quit), ("?", .help), ("ы", .skip), ("й", .quit),
                      ("done", .unknown("done"))])
    func linesMapToCommands(line: String, command: Command) {
        #expect(LineIO.command(forLine: line) == command)
    }

    @Test func shownTextIsSanitizedKeepingNewlines() {
        var out: [String] = []
        let io = LineIO(lines: [], transcript: { out.append($0) })
        io.show(["a\u{1B}[2Jb\u{1B}]0;PWNED\u{07}c", "bell\u{07}\tx\u{7F}\u{9B}31m", "right\u{202E}left",
                 "Привет 👋\nok\r\nend"])
        #expect(out == ["abc", "bell^G  x^?", "rightleft", "Привет 👋", "ok", "end"])
    }

    @Test func readsLinesDroppingCarriageReturnsAndEndsWithNil() {
        var out: [String] = []
        let io = LineIO(lines: ["first\r", ""], transcript: { out.append($0) })
        #expect(io.ask("Name:") == "first")
        #expect(io.command(.briefing) == .enter)
        #expect(io.command(.briefing) == nil)
        io.show(["two\nlines\u{1B}"])
        #expect(out == ["Name:", "two", "lines"])
    }
}

/// A line source that plays back inputs, moving a fake clock before each, and records the timeout
/// each read was given.
final class ScriptedLines {
    let clock = FakeClock(date: Fixtures.started)
    var inputs: [(advance: Double, input: LineInput)]
    var timeouts: [Duration?] = []
    var transcript: [String] = []
    var beforeRead: () -> Void = {}

    init(_ inputs: [(Double, LineInput)]) {
        self.inputs = inputs.map { (advance: $0.0, input: $0.1) }
    }

    var io: LineIO {
        LineIO(read: { [self] timeout in
            beforeRead()
            timeouts.append(timeout)
            guard !inputs.isEmpty else { return .endOfInput }
            let next = inputs.removeFirst()
            clock.advance(by: next.advance)
            return next.input
        }, writeLine: { [self] in transcript.append($0) }, tickInterval: .seconds(5))
    }
}

@Suite struct LineIOSourceTests {
    /// A running step's timing, from an engine that has started the first step.
    static func running() -> (StepView, RunEngine.Timing) {
        var engine = RunEngine(scenario: Fixtures.scenario, run: Fixtures.newRun())
        let now = FakeClock().now()
        _ = engine.start(now: now)
        _ = engine.beginStep(now: now)
        guard case .running(let timing) = engine.phase else { preconditionFailure("the step runs") }
        return (StepView(index: 0, count: 3, step: Fixtures.scenario.steps[0]), timing)
    }

    @Test func aTimeoutIsATickOnlyWhileAStepRuns() {
        let (view, timing) = Self.running()
        let script = ScriptedLines([(0, .timedOut), (0, .line("")),                 // briefing: waited through
                                    (0, .timedOut), (0, .line("s")),                // ready
                                    (0, .timedOut),                                 // running: a tick
                                    (0, .timedOut), (0, .line("p")),                // paused
                                    (0, .timedOut), (0, .line("Вася\r"))])          // ask
        let io = script.io
        #expect(io.command(.briefing) == .enter)
        #expect(io.command(.ready(view)) == .skip)
        #expect(io.command(.running(view, timing)) == .tick)
        #expect(io.command(.paused(view, timing)) == .pause)
        #expect(io.ask("Name:") == "Вася")
        #expect(script.timeouts == [nil, nil, nil, nil, .seconds(5), nil, nil, nil, nil])
        #expect(script.inputs.isEmpty)
    }

    @Test func aLineWhileAStepRunsIsItsCommand() {
        let (view, timing) = Self.running()
        let io = ScriptedLines([(0, .line("b")), (0, .line("")), (0, .endOfInput)]).io
        #expect(io.command(.running(view, timing)) == .barrier)
        #expect(io.command(.running(view, timing)) == .enter)
        #expect(io.command(.running(view, timing)) == nil)
    }

    @Test func anInterruptionQuitsEveryScreenAndEndsEveryQuestionFromThenOn() {
        let (view, timing) = Self.running()
        let script = ScriptedLines([(0, .interrupted), (0, .line("never read"))])
        let io = script.io
        #expect(io.command(.running(view, timing)) == .quit)
        #expect(io.ask("Note:") == nil)
        #expect(io.command(.ready(view)) == .quit)
        #expect(io.command(.briefing) == .quit)
        #expect(script.timeouts.count == 1)   // the source is not read again
        #expect(script.inputs.count == 1)
    }

    @Test func anInterruptionWhileTypingAnAnswerEndsIt() {
        let io = ScriptedLines([(0, .timedOut), (0, .interrupted)]).io
        #expect(io.ask("Severity:") == nil)
    }

    /// The session saves the running step's time on each tick, and an interruption saves it up to
    /// that moment and says where the run is, leaving it in progress.
    @Test func ticksSaveTheRunningStepAndAnInterruptionQuitsSavingItsTime() throws {
        let store = RunStore(root: Fixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        let script = ScriptedLines([
            (0, .line("Anna")), (0, .line("phone")), (0, .line("Prague")),
            (0, .line("")),                      // briefing
            (0, .line("")),                      // start "search"
            (5, .timedOut), (5, .timedOut),      // ticks at 5 and 10 s
            (2.5, .interrupted),                 // SIGTERM at 12.5 s
        ])
        var saved: [Double] = []
        script.beforeRead = {
            guard let path = store.files(scenario: "buy-ticket").first,
                  case .success(let run) = store.load(path: path),
                  let record = run.record(for: "search") else { return }
            saved.append(record.seconds)
        }
        let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io,
                              strings: Strings(.en))
        let outcome = try session.run(.init())
        #expect(outcome.ending == .quit)
        #expect(saved == [0, 5, 10])   // read before each wait of the running step
        let run = try store.load(path: #require(outcome.path)).get()
        #expect(run.status == .inProgress)
        #expect(run.record(for: "search")?.outcome == .started)
        #expect(run.record(for: "search")?.seconds == 12.5)
        let text = script.transcript.joined(separator: "\n")
        #expect(text.contains("The run is saved as in progress: \(outcome.path ?? "?")"))
        #expect(text.contains("Resume it with: shopper run buy-ticket --resume \(run.id)"))
    }
}
