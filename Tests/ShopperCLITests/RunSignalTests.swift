import Foundation
import ShopperCore
import Testing

/// `shopper run` ended by a signal in the middle of a step: through a pipe (line mode) and in a real
/// pseudo-terminal (tmux, full screen). Either way the run is saved with the running step's time up
/// to the signal, the tester is told where, and the process then ends by that signal; the
/// interrupted run can be marked abandoned with `--abandon`. A `kill -9` loses at most the time
/// since the last periodic save.
@Suite(.serialized) struct RunSignalTests {
    static let scenario = """
        scenario: find-kettle
        title: Find a kettle
        language: en
        brief: Find a kettle on the website.
        steps:
          - id: find
            title: Find the item
            do: Search for the kettle.
            touchpoint: web-search
            stage: consideration
            target: 1m
        barriers:
          - id: no-results
            step: find
            text: Search finds nothing

        """

    /// A folder with the touchpoints and the scenario (`find-kettle.yaml`); runs go to `runs/`.
    static func folder() throws -> URL {
        let folder = try ShopperProcess.temporaryFolder()
        try Fixtures.touchpoints.write(to: folder.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        try scenario.write(to: folder.appendingPathComponent("find-kettle.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// The only run file of the scenario, loaded.
    static func onlyRun(in folder: URL) throws -> (id: String, run: Run) {
        let store = RunStore(root: folder.appendingPathComponent("runs").path)
        let files = store.files(scenario: "find-kettle")
        #expect(files.count == 1, "\(files)")
        let path = try #require(files.first)
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return (id, try store.load(path: path).get())
    }

    /// Polls `check` every 20 ms until it gives a value; fails after `seconds`.
    static func waitUntil<T>(_ what: String, seconds: Double = 10, _ check: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if let value = try check() { return value }
            guard Date() < deadline else { throw Failure(description: "timed out waiting until \(what)") }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Collects a pipe's output on a thread of its own, readable at any time.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        private let finished = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            Thread { [self] in
                while true {
                    let chunk = handle.availableData
                    if chunk.isEmpty { break }
                    lock.withLock { data.append(chunk) }
                }
                finished.signal()
            }.start()
        }

        var text: String { lock.withLock { String(decoding: data, as: UTF8.self) } }

        /// Waits for end of file (the writer has exited), then returns everything.
        func all() -> String {
            finished.wait()
            return text
        }
    }

    /// `shopper run find-kettle.yaml` in line mode through pipes; stdin stays open until `close()`.
    final class LineRun {
        let process = Process()
        let stdin = Pipe()
        let output: Collector
        let errors: Collector

        init(in folder: URL, tester: String = "Ann") throws {
            process.executableURL = ShopperProcess.executable
            process.arguments = ["run", "find-kettle.yaml", "--runs", "runs", "--tester", tester]
            process.currentDirectoryURL = folder
            var environment = ProcessInfo.processInfo.environment
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let stdout = Pipe(), stderr = Pipe()
            process.standardInput = stdin
            process.standardOutput = stdout
            process.standardError = stderr
            try process.run()
            output = Collector(stdout.fileHandleForReading)
            errors = Collector(stderr.fileHandleForReading)
        }

        /// Sends `line` once `prompt` is on the screen.
        func answer(after prompt: String, _ line: String) throws {
            _ = try RunSignalTests.waitUntil("the output shows '\(prompt)'\n\(output.text)") { output.text.contains(prompt) ? true : nil }
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
        }

        /// Sends `signal`, then waits for the process to end (stdin still open); returns its output
        /// and the status a shell would report (128 + the signal when a signal ended it).
        func end(by signal: Int32) -> (stdout: String, stderr: String, shellStatus: Int32) {
            #expect(kill(process.processIdentifier, signal) == 0)
            let printed = output.all()
            let errorText = errors.all()
            process.waitUntilExit()
            let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
            return (printed, errorText, status)
        }

        func close() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            try? stdin.fileHandleForWriting.close()
        }
    }

    /// Seconds since `start`.
    static func since(_ start: Date) -> Double { Date().timeIntervalSince(start) }

    @Test(.timeLimit(.minutes(1)))
    func sigtermInLineModeSavesTheRunningStepSaysWhereAndEndsBySIGTERM() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try LineRun(in: folder)
        defer { run.close() }

        try run.answer(after: "Press Enter to go on", "")
        try run.answer(after: "Enter: start the step", "")
        try run.answer(after: "Timer running from", "b")
        try run.answer(after: "Barrier: a number from the list", "1")
        try run.answer(after: "Severity:", "3")
        try run.answer(after: "Barrier 'no-results' recorded", "n")
        try run.answer(after: "Note (empty: cancel):", "Слишком долго")
        _ = try Self.waitUntil("the note is recorded\n\(run.output.text)") { run.output.text.contains("Note recorded at") ? true : nil }
        // The note is the last event; 2 s later (before the first 5 s tick) only the save on the
        // way out can record the time since.
        let noted = Date()
        Thread.sleep(forTimeInterval: 2)
        #expect(Self.since(noted) < 4.5, "too slow to tell the signal's save from a tick")

        let (printed, errors, status) = run.end(by: SIGTERM)
        #expect(status == 128 + SIGTERM, "\(errors)")   // 143: ended by SIGTERM, after saving
        #expect(run.process.terminationReason == .uncaughtSignal)
        #expect(errors == "")

        let (id, saved) = try Self.onlyRun(in: folder)
        #expect(RunID.isValid(id))
        #expect(printed.hasSuffix("""
            The run is saved as in progress: runs/find-kettle/\(id).yaml
            Resume it with: shopper run find-kettle.yaml --runs runs --resume \(id)

            """), "\(printed)")
        #expect(saved.status == .inProgress)
        #expect(saved.finished == nil)
        let find = try #require(saved.record(for: "find"))
        #expect(find.outcome == .started)
        #expect(find.barriers.map { "\($0.id) \($0.severity)" } == ["no-results major"])
        #expect(find.notes.map(\.text) == ["Слишком долго"])
        #expect(find.seconds >= find.notes[0].at + 1.5, "\(find.seconds)")   // the time up to the signal

        // The interrupted run is marked abandoned on request, once.
        let abandoned = try ShopperProcess.run(["run", "find-kettle.yaml", "--runs", "runs", "--abandon", id], in: folder)
        #expect(abandoned.status == 0, "\(abandoned.stderr)")
        #expect(abandoned.stdout == "Run \(id) is marked abandoned: runs/find-kettle/\(id).yaml\n")
        let after = try Self.onlyRun(in: folder).run
        #expect(after.status == .abandoned)
        #expect(after.finished != nil)
        #expect(after.record(for: "find")?.outcome == .skipped)
        #expect(after.record(for: "find")?.barriers == find.barriers)
        let again = try ShopperProcess.run(["run", "find-kettle.yaml", "--runs", "runs", "--abandon", id], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "error: run '\(id)' is abandoned; only in-progress runs can be marked abandoned\n")
        let both = try ShopperProcess.run(["run", "find-kettle.yaml", "--runs", "runs", "--abandon", id, "--resume", id], in: folder)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--resume and --abandon cannot be used together"))
    }

    /// Ctrl-C (SIGINT) and a hang-up (SIGHUP) in line mode save the running step as SIGTERM does,
    /// and the process ends by that signal (a shell sees 130 and 129).
    @Test(.timeLimit(.minutes(1)), arguments: [SIGINT, SIGHUP])
    func sigintAndSighupInLineModeSaveTheRunningStepAndEndByTheSignal(signal: Int32) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try LineRun(in: folder)
        defer { run.close() }
        try run.answer(after: "Press Enter to go on", "")
        try run.answer(after: "Enter: start the step", "")
        _ = try Self.waitUntil("the step runs\n\(run.output.text)") { run.output.text.contains("Timer running from") ? true : nil }
        let started = Date()
        Thread.sleep(forTimeInterval: 2)
        #expect(Self.since(started) < 4.5, "too slow to tell the signal's save from a tick")

        let (printed, errors, status) = run.end(by: signal)
        #expect(status == 128 + signal, "\(errors)")
        #expect(printed.contains("The run is saved as in progress: runs/find-kettle/"), "\(printed)")
        #expect(printed.contains("--resume"))
        let (_, saved) = try Self.onlyRun(in: folder)
        #expect(saved.status == .inProgress)
        let find = try #require(saved.record(for: "find"))
        #expect(find.outcome == .started)
        #expect(find.seconds >= 1.5, "\(find.seconds)")
    }

    /// With no input while a step runs, line mode saves the step's time every 5 s, so a `kill -9`
    /// loses at most the last few seconds.
    @Test(.timeLimit(.minutes(1)))
    func aRunningStepInLineModeIsSavedEveryFewSecondsWithoutInput() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try LineRun(in: folder)
        defer { run.close() }
        try run.answer(after: "Press Enter to go on", "")
        try run.answer(after: "Enter: start the step", "")
        _ = try Self.waitUntil("the step runs\n\(run.output.text)") { run.output.text.contains("Timer running from") ? true : nil }
        let ticked = try Self.waitUntil("a tick saves the running step", seconds: 20) { () -> Double? in
            guard let seconds = try Self.onlyRun(in: folder).run.record(for: "find")?.seconds, seconds > 0 else { return nil }
            return seconds
        }

        let (printed, _, status) = run.end(by: SIGKILL)
        #expect(status == 128 + SIGKILL)
        #expect(!printed.contains("saved as in progress"))
        let (_, saved) = try Self.onlyRun(in: folder)
        #expect(saved.status == .inProgress)
        let find = try #require(saved.record(for: "find"))
        #expect(find.outcome == .started)
        #expect(find.seconds == ticked)
        #expect(find.seconds >= 4, "\(find.seconds)")
    }

    /// `--plain` on a real terminal: the terminal echoes Ctrl-C as "^C" where the cursor is, so
    /// what shopper prints on the way out starts on a line of its own.
    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func ctrlCInPlainModeOnATerminalStartsAFreshLine() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux()
        defer { tmux.killServer() }
        try tmux.start("plain", "cd \(Self.quoted(folder.path)) && exec \(Self.quoted(ShopperProcess.executable.path)) "
                       + "run find-kettle.yaml --runs runs --tester Ann --plain")
        try tmux.run(["set-window-option", "-t", "plain", "remain-on-exit", "on"])   // the last screen stays readable
        try tmux.waitFor("plain", "Press Enter to go on")
        try tmux.keys("plain", "Enter")
        try tmux.waitFor("plain", "Enter: start the step")
        try tmux.keys("plain", "Enter")
        try tmux.waitFor("plain", "Timer running from")
        try tmux.keys("plain", "C-c")
        let screen = try tmux.waitFor("plain", "Resume it with:")
        let lines = screen.components(separatedBy: "\n")
        let saved = try #require(lines.firstIndex { $0.contains("The run is saved as in progress") }, "\(screen)")
        #expect(lines[saved].hasPrefix("The run is saved as in progress: runs/find-kettle/"), "\(screen)")
        #expect(["^C", ""].contains(lines[saved - 1]), "\(screen)")
        #expect(try Self.onlyRun(in: folder).run.status == .inProgress)
    }

    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func sigtermInFullScreenSavesTheRunningStepAndRestoresTheTerminal() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = Self.quoted(folder.path)
        let shopper = Self.quoted(ShopperProcess.executable.path)
        let tmux = Tmux()
        defer { tmux.killServer() }

        // shopper's pid is written by the shell that becomes it; afterwards the pane's shell records
        // the exit status and the terminal's modes.
        let command = "cd \(dir) && sh -c 'echo $$ > pid.txt; exec \"$0\" run find-kettle.yaml --runs runs --tester Ann' \(shopper); "
            + "code=$?; stty -a > stty.txt; echo EXIT=$code > done.txt; sleep 30"
        try tmux.start("run", command)
        try tmux.waitFor("run", "Press Enter to go on")
        try tmux.keys("run", "Enter")
        try tmux.waitFor("run", "Enter: start the step")
        try tmux.keys("run", "Enter")
        try tmux.waitFor("run", "/ target 1:00")
        try tmux.keys("run", "b")
        try tmux.waitFor("run", "1. Search finds nothing")
        try tmux.keys("run", "1", "Enter")
        try tmux.waitFor("run", "Severity:")
        try tmux.keys("run", "2", "Enter")
        try tmux.waitFor("run", "Barrier 'no-results' recorded")
        // The live timer passes 3 s: time the last event did not save, which only the save on the way out can.
        try tmux.waitFor("run", "Time 0:03")

        let pidText = try tmux.waitUntil("pid.txt is written") {
            // The shell creates the file before writing it: wait for the whole line.
            (try? String(contentsOf: folder.appendingPathComponent("pid.txt"), encoding: .utf8)).flatMap { $0.hasSuffix("\n") ? $0 : nil }
        }
        let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        let exit = try tmux.waitUntil("the run has ended") {
            (try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)).flatMap { $0.hasSuffix("\n") ? $0 : nil }
        }
        #expect(exit == "EXIT=143\n")   // ended by SIGTERM (128 + 15), after saving

        // The last lines go to the normal screen (a signal on a step's screen is read as q).
        let screen = try tmux.waitFor("run", "The run is saved as in progress: runs/find-kettle/")
        #expect(screen.contains("--resume"))
        let stty = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
        let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(flags.isSuperset(of: ["icanon", "echo"]), "\(stty)")

        let (_, run) = try Self.onlyRun(in: folder)
        #expect(run.status == .inProgress)
        let find = try #require(run.record(for: "find"))
        #expect(find.outcome == .started)
        #expect(find.barriers.map { "\($0.id) \($0.severity)" } == ["no-results minor"])
        #expect(find.seconds >= 3)   // the step's time up to the signal was saved on the way out
        #expect(find.seconds > find.barriers[0].at)
    }
}
