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
        let dir = RunSignalTests.quoted(folder.path)
        let shopper = RunSignalTests.quoted(ShopperProcess.executable.path)
        let tmux = Tmux()
        defer { tmux.killServer() }
        let command = "cd \(dir) && \(shopper) run find-kettle.yaml --runs runs --tester Ann; "
            + "code=$?; stty -a > stty.txt; echo EXIT=$code > done.txt; sleep 30"
        try tmux.start("ctrlc", command)
        try tmux.waitFor("ctrlc", "Press Enter to go on")
        try tmux.keys("ctrlc", "Enter")
        try tmux.waitFor("ctrlc", "Enter: start the step")
        try tmux.keys("ctrlc", "Enter")
        try tmux.waitFor("ctrlc", "/ target 1:00")
        try tmux.keys("ctrlc", "C-c")
        let exit = try tmux.waitUntil("the run has ended") {
            try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)
        }
        #expect(exit == "EXIT=130\n")
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
        let dir = RunSignalTests.quoted(folder.path)
        let shopper = RunSignalTests.quoted(ShopperProcess.executable.path)
        let tmux = Tmux()
        defer { tmux.killServer() }
        let command = "cd \(dir) && \(shopper) run find-kettle.yaml --runs runs --tester Ann; "
            + "code=$?; echo EXIT=$code > done.txt; sleep 30"
        try tmux.start("draft", command)
        try tmux.waitFor("draft", "Press Enter to go on")
        try tmux.keys("draft", "Enter")
        try tmux.waitFor("draft", "Enter: start the step")
        try tmux.keys("draft", "Enter")
        try tmux.waitFor("draft", "/ target 1:00")
        try tmux.keys("draft", "b")
        try tmux.type("draft", "The form lost my text")
        try tmux.waitFor("draft", "> The form lost my text")
        try tmux.keys("draft", "C-c")
        let exit = try tmux.waitUntil("the run has ended") {
            try? String(contentsOf: folder.appendingPathComponent("done.txt"), encoding: .utf8)
        }
        #expect(exit == "EXIT=130\n")
        try tmux.waitFor("draft", "marked [unfinished]")
        let run = try RunSignalTests.onlyRun(in: folder).run
        #expect(run.status == .inProgress)
        #expect(run.steps.first?.notes.map(\.text) == ["[unfinished] The form lost my text"])
    }
}
