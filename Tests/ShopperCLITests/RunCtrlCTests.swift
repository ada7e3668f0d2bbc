import Foundation
import ShopperCore
import Testing

/// Ctrl-C in full screen arrives as a key (raw mode), yet it must end the run as the docs say for
/// SIGINT: saved as in progress, the terminal restored, and a shell sees status 130 (issue 7, item 19:
/// it used to exit 0 like `q`).
@Suite struct RunCtrlCTests {
    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func ctrlCInFullScreenSavesAndExitsWith130() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux()
        defer { tmux.killServer() }
        try Self.startFirstStep(tmux, "ctrlc", in: folder, after: "stty -a > stty.txt; ")
        try tmux.keys("ctrlc", "C-c")
        #expect(try Self.exit(tmux, folder) == "EXIT=130\n")
        let screen = try tmux.waitFor("ctrlc", "The run is saved as in progress: runs/find-kettle/")
        #expect(screen.contains("--resume"))
        let stty = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
        let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(flags.isSuperset(of: ["icanon", "echo"]), "\(stty)")
        #expect(try RunSignalTests.onlyRun(in: folder).run.status == .inProgress)
    }

    /// `b`, a barrier typed, Ctrl-C before Enter: the text is kept in the run as an [unfinished]
    /// note of the step, and the exit says so (the reviewer's "The form lost my text").
    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func ctrlCWhileTypingABarrierKeepsTheText() throws {
        let folder = try RunSignalTests.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux()
        defer { tmux.killServer() }
        try Self.startFirstStep(tmux, "draft", in: folder)
        try tmux.keys("draft", "b")
        try tmux.type("draft", "The form lost my text")
        try tmux.waitFor("draft", "> The form lost my text")
        try tmux.keys("draft", "C-c")
        #expect(try Self.exit(tmux, folder) == "EXIT=130\n")
        try tmux.waitFor("draft", "marked [unfinished]")
        let run = try RunSignalTests.onlyRun(in: folder).run
        #expect(run.status == .inProgress)
        #expect(run.steps.first?.notes.map(\.text) == ["[unfinished] The form lost my text"])
    }

    /// Runs the kettle scenario in full screen in tmux session `name` (its exit status then goes
    /// to done.txt, after `after`, shell commands run once shopper ends) and starts the first step,
    /// whose timer is then running.
    static func startFirstStep(_ tmux: Tmux, _ name: String, in folder: URL, after: String = "") throws {
        let dir = RunSignalTests.quoted(folder.path)
        let shopper = RunSignalTests.quoted(ShopperProcess.executable.path)
        try tmux.start(name, "cd \(dir) && \(shopper) run find-kettle.yaml --runs runs --tester Ann; "
                       + "code=$?; \(after)echo EXIT=$code > done.txt; sleep 30")
        try tmux.waitFor(name, "Press Enter to go on")
        try tmux.keys(name, "Enter")
        try tmux.waitFor(name, "Enter: start the step")
        try tmux.keys(name, "Enter")
        try tmux.waitFor(name, "/ target 1:00")
    }

    /// done.txt once shopper has ended: `EXIT=` and its status.
    static func exit(_ tmux: Tmux, _ folder: URL) throws -> String {
        try tmux.waitUntil("the run has ended") {
            try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)
        }
    }
}
