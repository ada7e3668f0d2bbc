import Foundation
import ShopperCore
import Testing

/// `shopper run` ended by SIGTERM in the middle of a step: through a pipe (line mode) and in a real
/// pseudo-terminal (tmux, full screen). Either way the run file is valid and holds what was entered;
/// afterwards the interrupted run can be marked abandoned with `--abandon`.
@Suite(.serialized) struct RunSignalTests {
    static let touchpoints = """
        touchpoints:
          - id: web-search
            name: Website search
            channel: web
            stage: consideration
            owner: Web team
            importance: {customer: 4, business: 3}

        """

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

    /// A folder with the touchpoints and the scenario (`kettle.yaml`); runs go to `runs/`.
    static func folder() throws -> URL {
        let folder = try ShopperProcess.temporaryFolder()
        try touchpoints.write(to: folder.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        try scenario.write(to: folder.appendingPathComponent("kettle.yaml"), atomically: true, encoding: .utf8)
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

    @Test(.timeLimit(.minutes(1)))
    func sigtermInLineModeLeavesAValidFileWithEverythingEntered() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let process = Process()
        process.executableURL = ShopperProcess.executable
        process.arguments = ["run", "kettle.yaml", "--runs", "runs", "--tester", "Ann"]
        process.currentDirectoryURL = folder
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let output = Collector(stdout.fileHandleForReading)
        let errors = Collector(stderr.fileHandleForReading)
        defer {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            try? stdin.fileHandleForWriting.close()
        }

        // Each line is sent once the prompt it answers is on the screen; stdin stays open throughout.
        func answer(after prompt: String, _ line: String) throws {
            _ = try Self.waitUntil("the output shows '\(prompt)'\n\(output.text)") { output.text.contains(prompt) ? true : nil }
            stdin.fileHandleForWriting.write(Data((line + "\n").utf8))
        }
        try answer(after: "Press Enter to go on", "")
        try answer(after: "Enter: start the step", "")
        try answer(after: "Timer running from", "b")
        try answer(after: "Barrier: a number from the list", "1")
        try answer(after: "Severity:", "3")
        try answer(after: "Barrier 'no-results' recorded", "n")
        try answer(after: "Note (empty: cancel):", "Слишком долго")
        _ = try Self.waitUntil("the note is recorded\n\(output.text)") { output.text.contains("Note recorded at") ? true : nil }

        #expect(kill(process.processIdentifier, SIGTERM) == 0)
        let printed = output.all()
        _ = errors.all()
        process.waitUntilExit()
        // Line mode installs no handler: SIGTERM ends the process at once, and the atomic writes
        // leave the file as it was after the last event.
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == SIGTERM)
        #expect(!printed.contains("Stopped."))

        let (id, run) = try Self.onlyRun(in: folder)
        #expect(RunID.isValid(id))
        #expect(run.status == .inProgress)
        #expect(run.finished == nil)
        let find = try #require(run.record(for: "find"))
        #expect(find.outcome == .started)
        #expect(find.barriers.map { "\($0.id) \($0.severity)" } == ["no-results major"])
        #expect(find.notes.map(\.text) == ["Слишком долго"])

        // The interrupted run is marked abandoned on request, once.
        let abandoned = try ShopperProcess.run(["run", "kettle.yaml", "--runs", "runs", "--abandon", id], in: folder)
        #expect(abandoned.status == 0, "\(abandoned.stderr)")
        #expect(abandoned.stdout == "Run \(id) is marked abandoned: runs/find-kettle/\(id).yaml\n")
        let after = try Self.onlyRun(in: folder).run
        #expect(after.status == .abandoned)
        #expect(after.finished != nil)
        #expect(after.record(for: "find")?.outcome == .skipped)
        #expect(after.record(for: "find")?.barriers == find.barriers)
        let again = try ShopperProcess.run(["run", "kettle.yaml", "--runs", "runs", "--abandon", id], in: folder)
        #expect(again.status == 1)
        #expect(again.stderr == "error: run '\(id)' is abandoned; only in-progress runs can be marked abandoned\n")
        let both = try ShopperProcess.run(["run", "kettle.yaml", "--runs", "runs", "--abandon", id, "--resume", id], in: folder)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--resume and --abandon cannot be used together"))
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
        let command = "cd \(dir) && sh -c 'echo $$ > pid.txt; exec \"$0\" run kettle.yaml --runs runs --tester Ann' \(shopper); "
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
            try? String(contentsOf: folder.appendingPathComponent("pid.txt"), encoding: .utf8)
        }
        let pid = try #require(Int32(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, SIGTERM) == 0)
        let exit = try tmux.waitUntil("the run has ended") {
            try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)
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
