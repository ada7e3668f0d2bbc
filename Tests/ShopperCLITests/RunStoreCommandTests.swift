import Foundation
import ShopperCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `shopper run` and the run files: two runners of one tester at once (the second never gets the
/// first's live run, whatever it answers, until the first has died), and a runs folder that cannot
/// be written (the tester is told why and can try again, and nothing typed is lost meanwhile).
@Suite(.serialized) struct RunStoreCommandTests {
    typealias LineRun = RunSignalTests.LineRun

    static func shopper(_ arguments: [String], in folder: URL, input: String = "") throws -> ShopperProcess.Result {
        try ShopperProcess.run(["run", "find-kettle.yaml", "--runs", "runs"] + arguments, in: folder, input: input)
    }

    static var hostName: String {
        var name = [CChar](repeating: 0, count: 256)
        gethostname(&name, name.count - 1)
        return String(cString: name)
    }

    @Test(.timeLimit(.minutes(1)))
    func aSecondRunnerNeverGetsTheLiveRunUntilTheFirstRunnerDies() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try LineRun(in: folder, tester: "Ann")
        defer { first.close() }
        try first.answer(after: "Press Enter to go on", "")
        try first.answer(after: "Enter: start the step", "")
        try first.answer(after: "Timer running from", "n")
        try first.answer(after: "Note (empty: cancel):", "first runner's note")
        _ = try RunSignalTests.waitUntil("the note is saved\n\(first.output.text)") { first.output.text.contains("Note recorded at") ? true : nil }
        let (id, live) = try RunSignalTests.onlyRun(in: folder)
        let holder = "pid \(first.process.processIdentifier) on \(Self.hostName), since "

        // The same tester starts again: not offered the live run, so `y` cannot take it over.
        let second = try Self.shopper(["--tester", "Ann"], in: folder, input: "y\nq\n")
        #expect(second.status == 0, "\(second.stderr)")
        #expect(afterStartLine(second.stdout).hasPrefix("Run \(id) of this tester is open in another runner (\(holder)"), "\(second.stdout)")
        #expect(!second.stdout.contains("unfinished run"))
        #expect(!second.stdout.contains("Resuming run"))

        for option in ["--resume", "--abandon"] {
            let refused = try Self.shopper([option, id], in: folder)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("error: run '\(id)' is open in another runner (\(holder)"), "\(refused.stderr)")
            #expect(refused.stderr.hasSuffix("); it cannot be resumed or marked abandoned until that runner ends\n"))
        }
        let store = RunStore(root: folder.appendingPathComponent("runs").path)
        #expect(try store.load(scenario: "find-kettle", run: id).get() == live)

        // kill -9 leaves the lock file, but the kernel has dropped the lock: the run resumes.
        _ = first.end(by: SIGKILL)
        let resumed = try Self.shopper(["--resume", id], in: folder, input: "q\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.hasPrefix("Resuming run \(id)."))
        let run = try store.load(scenario: "find-kettle", run: id).get()
        #expect(run.status == .inProgress)
        #expect(run.record(for: "find")?.notes.map(\.text) == ["first runner's note"])
        // No lock or temporary file is left once the runner has ended normally.
        let hidden = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("runs/find-kettle").path)
            .filter { $0.hasPrefix(".") }
        #expect(hidden.isEmpty, "\(hidden)")
    }

    @Test(.timeLimit(.minutes(1)))
    func aRunsFolderThatCannotBeWrittenSaysWhyAndTheSaveCanBeRetried() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs = folder.appendingPathComponent("runs")
        let scenarioFolder = runs.appendingPathComponent("find-kettle")
        // A file where the runs folder should be fails for root as for anyone.
        try "not a folder".write(to: runs, atomically: false, encoding: .utf8)
        let run = try LineRun(in: folder, tester: "Ann")
        defer { run.close() }
        _ = try RunSignalTests.waitUntil("the failure is shown\n\(run.output.text)") { run.output.text.contains("[r/q]:") ? true : nil }
        #expect(afterStartLine(run.output.text).hasPrefix("The run could not be saved: cannot create runs/find-kettle/"), "\(run.output.text)")
        #expect(run.output.text.contains(".yaml: runs is a file, not a folder.\nr: try again · q: quit (nothing is recorded) [r/q]:"))
        try FileManager.default.removeItem(at: runs)
        try run.answer(after: "[r/q]:", "r")
        try run.answer(after: "Press Enter to go on", "")
        try run.answer(after: "Enter: start the step", "")
        try run.answer(after: "Timer running from", "b")
        try run.answer(after: "Barrier: a number from the list", "Nothing loads")

        // The disk fails mid-run: the scenario's folder is replaced by a file while the severity is typed.
        let moved = folder.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: scenarioFolder, to: moved)
        try "in the way".write(to: scenarioFolder, atomically: false, encoding: .utf8)
        try run.answer(after: "Severity:", "4")
        _ = try RunSignalTests.waitUntil("the failure is shown\n\(run.output.text)") {
            run.output.text.components(separatedBy: "[r/q]:").count == 3 ? true : nil
        }
        #expect(run.output.text.contains(".yaml: runs/find-kettle is a file, not a folder.\nr: try again · q: quit (runs/find-kettle/"), "\(run.output.text)")
        try FileManager.default.removeItem(at: scenarioFolder)
        try FileManager.default.moveItem(at: moved, to: scenarioFolder)
        run.stdin.fileHandleForWriting.write(Data("r\n".utf8))
        try run.answer(after: "Barrier 'nothing-loads' recorded", "q")
        try? run.stdin.fileHandleForWriting.close()
        let printed = run.output.all()
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 0, "\(run.errors.all())")
        #expect(printed.contains("The run is saved as in progress: runs/find-kettle/"))
        let (_, saved) = try RunSignalTests.onlyRun(in: folder)
        #expect(saved.record(for: "find")?.barriers.map { "\($0.id) \($0.severity)" } == ["nothing-loads blocker"])
    }

    @Test(.timeLimit(.minutes(1)))
    func quittingAtAFailedSaveExitsWithTheReasonAndTheResumeCommand() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarioFolder = folder.appendingPathComponent("runs/find-kettle")
        let run = try LineRun(in: folder, tester: "Ann")
        defer { run.close() }
        try run.answer(after: "Press Enter to go on", "")
        _ = try RunSignalTests.waitUntil("the ready screen\n\(run.output.text)") { run.output.text.contains("Enter: start the step") ? true : nil }
        let (id, _) = try RunSignalTests.onlyRun(in: folder)
        let moved = folder.appendingPathComponent("moved")
        try FileManager.default.moveItem(at: scenarioFolder, to: moved)
        try "in the way".write(to: scenarioFolder, atomically: false, encoding: .utf8)
        run.stdin.fileHandleForWriting.write(Data("\n".utf8))
        try run.answer(after: "[r/q]:", "q")
        let errors = run.errors.all()
        run.process.waitUntilExit()
        #expect(run.process.terminationStatus == 1)
        #expect(errors == """
            error: the run could not be saved: cannot write runs/find-kettle/\(id).yaml: runs/find-kettle is a file, not a folder
            The run as last saved is kept in runs/find-kettle/\(id).yaml.
            Resume it with: shopper run find-kettle.yaml --runs runs --resume \(id)

            """)
        try FileManager.default.removeItem(at: scenarioFolder)
        try FileManager.default.moveItem(at: moved, to: scenarioFolder)
        let resumed = try Self.shopper(["--resume", id], in: folder, input: "q\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
    }

    @Test(.timeLimit(.minutes(1)))
    func aSignalAtTheRetryPromptStillSaysWhyTheRunWasNotSaved() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not a folder".write(to: folder.appendingPathComponent("runs"), atomically: false, encoding: .utf8)
        let run = try LineRun(in: folder, tester: "Ann")
        defer { run.close() }
        _ = try RunSignalTests.waitUntil("the failure is shown\n\(run.output.text)") { run.output.text.contains("[r/q]:") ? true : nil }
        let (_, errors, status) = run.end(by: SIGTERM)
        #expect(status == 128 + SIGTERM)
        #expect(errors.hasPrefix("error: the run could not be started: cannot create runs/find-kettle/"), "\(errors)")
        #expect(errors.hasSuffix(".yaml: runs is a file, not a folder; nothing was recorded\n"))
    }

    @Test func aFolderNamedLikeARunFileIsSaidToBeAFolder() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("runs/find-kettle/x.yaml"), withIntermediateDirectories: true)
        let listed = try ShopperProcess.run(["runs", "--runs", "runs"], in: folder)
        #expect(listed.stderr.contains("runs/find-kettle/x.yaml:1:1: error: is a folder, not a file"), "\(listed.stderr)")
        #expect(!listed.stderr.contains("NSCocoaErrorDomain"))
    }
}

/// The output without the runner's opening "Starting scenario: …" line.
private func afterStartLine(_ text: String) -> String {
    guard text.hasPrefix("Starting scenario:"), let newline = text.firstIndex(of: "\n") else { return text }
    return String(text[text.index(after: newline)...])
}
