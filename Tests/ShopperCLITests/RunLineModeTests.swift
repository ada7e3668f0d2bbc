import Foundation
import ShopperCore
import Testing

/// `shopper run` through a pipe: the built binary, a scenario in a temporary folder, lines on stdin.
@Suite struct RunLineModeTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "shopper-run-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/scenarios", withIntermediateDirectories: true)
        try Fixtures.touchpoints.write(toFile: folder + "/scenarios/touchpoints.yaml", atomically: true, encoding: .utf8)
        try Fixtures.scenario.write(toFile: folder + "/scenarios/order-online.yaml", atomically: true, encoding: .utf8)
    }

    /// Runs the binary in `folder` with an English locale, feeding `input`.
    func shopper(_ arguments: [String], input: String) throws -> ShopperProcess.Result {
        try ShopperProcess.run(arguments, in: URL(fileURLWithPath: folder), input: input,
                               environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
    }

    func runFiles() -> [String] {
        RunStore(root: folder + "/reports/runs").files(scenario: "order-online")
    }

    func loadRun(_ path: String) throws -> Run {
        try RunStore(root: folder + "/reports/runs").load(path: path).get()
    }

    @Test func walksAScenarioByIDThroughAPipe() throws {
        let input = [
            "Anna Petrova",       // tester
            "",                   // briefing
            "",                   // start "find"
            "b", "1", "3",        // known barrier, major
            "n", "slow page",     // note
            "",                   // done
            "7",                  // score
            "y",                  // checklist
            "",                   // start "pay"
            "f", "Card refused", "4",
            "3", "paypal",        // choice: refused, then by text
            "11", "9",            // nps: refused, then 9
        ].joined(separator: "\n") + "\n"
        let result = try shopper(["run", "order-online", "--context", "device=laptop"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("Step 1 of 2: Find the item"))
        #expect(result.stdout.contains("  1. Search finds nothing"))
        #expect(result.stdout.contains("Not accepted: '3' is not one of the options"))
        #expect(result.stdout.contains("Not accepted: 11 is out of range: answer from 0 to 10."))
        #expect(result.stdout.contains("Run completed."))
        #expect(!result.stdout.contains("\u{1B}"), "line mode prints no escape sequences")
        let files = runFiles()
        try #require(files.count == 1)
        #expect(result.stdout.contains("Saved to reports/runs/order-online/"))
        let run = try loadRun(files[0])
        #expect(run.tester == "Anna Petrova")
        #expect(run.status == .completed)
        #expect(run.finished != nil)
        #expect(run.context == ["device": "laptop"])
        try #require(run.steps.map(\.outcome) == [.done, .failed])
        #expect(run.steps[0].barriers.map(\.id) == ["no-results"])
        #expect(run.steps[0].barriers.map(\.severity) == [.major])
        #expect(run.steps[0].notes.map(\.text) == ["slow page"])
        #expect(run.steps[0].checklist == ["results": .yes])
        #expect(run.steps[0].score == 7)
        #expect(run.steps[1].barriers.map(\.id) == ["card-refused"])
        #expect(run.steps[1].barriers.map(\.severity) == [.blocker])
        #expect(run.steps[1].answers == ["method": .text("PayPal")])
        #expect(run.survey == ["nps": .number(9)])
        #expect(run.steps.allSatisfy { $0.seconds >= 0 && $0.seconds < 60 })
    }

    @Test func endOfInputKeepsTheRunInProgressAndResumeFinishesIt() throws {
        let first = try shopper(["run", "scenarios/order-online.yaml", "--tester", "Bob", "--context", "device=phone"],
                                input: "\n\nb\nButton hidden\n2\n")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Stopped."))
        let files = runFiles()
        try #require(files.count == 1)
        let interrupted = try loadRun(files[0])
        #expect(interrupted.status == .inProgress)
        try #require(interrupted.steps.map(\.outcome) == [.started])
        #expect(interrupted.steps[0].barriers.map(\.text) == ["Button hidden"])
        #expect(first.stdout.contains("--resume \(interrupted.id)"))

        let second = try shopper(["run", "order-online", "--resume", interrupted.id],
                                 input: "\n\n\n5\nn\ns\n8\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Resuming run \(interrupted.id)."))
        #expect(runFiles().count == 1)
        let run = try loadRun(files[0])
        #expect(run.status == .completed)
        try #require(run.steps.map(\.outcome) == [.done, .skipped])
        #expect(run.steps[0].barriers == interrupted.steps[0].barriers)
        #expect(run.steps[0].score == 5)
        #expect(run.steps[0].checklist == ["results": .no])
        #expect(run.survey == ["nps": .number(8)])
    }

    @Test func quitExitsZeroAndSaysWhereTheRunIs() throws {
        let result = try shopper(["run", "order-online", "--tester", "Cy", "--context", "device=x", "--plain"], input: "\n\nq\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("The run is saved as in progress: reports/runs/order-online/"))
        #expect(try runFiles().map { try loadRun($0).status } == [.inProgress])
    }

    @Test func hostileScenarioTextArrivesWithoutEscapeSequences() throws {
        // YAML escapes: a window-title OSC ended by BEL, clear screen, an 8-bit CSI, a bidi override.
        let hostile = #"\e]0;PWNED\a\e[2J\x9b31m\u202e"#
        let scenario = Fixtures.scenario
            .replacingOccurrences(of: "title: Order online", with: "title: \"Order \(hostile)online\"")
            .replacingOccurrences(of: "do: Search for the kettle.", with: "do: \"Search \(hostile)for\\tthe kettle.\"")
        try scenario.write(toFile: folder + "/scenarios/order-online.yaml", atomically: true, encoding: .utf8)
        let result = try shopper(["run", "order-online", "--tester", "Cy", "--context", "device=x", "--plain"],
                                 input: "\n\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Order online"))
        #expect(result.stdout.contains("Search for  the kettle."))
        let forbidden = result.stdout.unicodeScalars.filter {
            $0.value == 0x1B || $0.value == 0x07 || (0x80...0x9F).contains($0.value) || $0.value == 0x202E
        }
        #expect(forbidden.isEmpty)
        #expect(!result.stdout.contains("PWNED"))
    }

    @Test func badScenarioPrintsPositionedDiagnosticsAndExits1() throws {
        let broken = Fixtures.scenario.replacingOccurrences(of: "title: Order online", with: "tilte: Order online")
        try broken.write(toFile: folder + "/scenarios/broken.yaml", atomically: true, encoding: .utf8)
        let result = try shopper(["run", "broken"], input: "")
        #expect(result.status == 1)
        #expect(result.stderr.contains("scenarios/broken.yaml:2:1: error: unknown key 'tilte'"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: folder + "/reports"))
    }

    @Test func unknownScenarioAndUnknownContextKeyAreErrors() throws {
        let missing = try shopper(["run", "nope"], input: "")
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no scenario 'nope'"))
        let badKey = try shopper(["run", "order-online", "--context", "city=Prague"], input: "")
        #expect(badKey.status == 1)
        #expect(badKey.stderr.contains("unknown --context key 'city'; the scenario asks for: device"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/reports"))
    }

    @Test func russianInterfaceWithLang() throws {
        let result = try shopper(["run", "order-online", "--lang", "ru", "--tester", "Анна", "--context", "device=x"], input: "\n\nq\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("Шаг 1 из 2: Find the item"))
    }

    /// The printed resume command keeps `--lang`, so the resumed run speaks the same language
    /// (the scenario itself says `language: en`).
    @Test func theResumeCommandKeepsTheLanguage() throws {
        let first = try shopper(["run", "order-online", "--lang", "ru", "--tester", "Анна", "--context", "device=x", "--plain"],
                                input: "\n\nq\n")
        #expect(first.status == 0, "\(first.stderr)")
        let id = try loadRun(try #require(runFiles().first)).id
        let hint = "Продолжить: shopper run order-online --lang ru --plain --resume \(id)"
        #expect(first.stdout.contains(hint), "\(first.stdout)")

        let arguments = Array(hint.dropFirst("Продолжить: shopper ".count).split(separator: " ").map(String.init))
        let second = try shopper(arguments, input: "")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Продолжаем прогон \(id)."), "\(second.stdout)")

        let english = try shopper(["run", "order-online", "--tester", "Bo", "--context", "device=x"], input: "\n\nq\n")
        #expect(english.stdout.contains("Resume it with: shopper run order-online --resume "), "\(english.stdout)")
    }
}
