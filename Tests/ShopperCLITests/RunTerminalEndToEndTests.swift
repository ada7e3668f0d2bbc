import Foundation
import ShopperCore
import Testing

/// A tmux server of its own (unique socket), driven like a person at a terminal: keys in,
/// screen text out. Killed at the end however the test goes.
final class Tmux {
    let socket = "shopper-test-\(UUID().uuidString)"

    static var executable: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = "\(folder)/tmux"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static var available: Bool { executable != nil }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tmux -L SOCKET -u ARGS`; returns its standard output. Spawned and waited for with
    /// posix_spawn and waitpid, output to a file: Foundation's `Process` notices an exit by a pipe
    /// the child inherits, which the tmux server started by the first command keeps open forever.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-out-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let argv = [Self.executable!, "-L", socket, "-u"] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        var cArgv = argv.map { strdup($0) } + [nil]
        var cEnvp = envp.map { strdup($0) } + [nil]
        defer {
            for p in cArgv { free(p) }
            for p in cEnvp { free(p) }
        }
        // Test threads block signals; the tmux server and its panes would inherit that mask (and a
        // pane could not be hung up), so the child starts with none blocked and default actions.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGHUP, SIGINT, SIGTERM, SIGPIPE, SIGCHLD, SIGQUIT] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Self.executable!, &actions, &attributes, &cArgv, &cEnvp)
        guard spawned == 0 else { throw Failure(description: "cannot start tmux: error \(spawned)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
    }

    /// A detached session of `columns`×`rows` running `command` in a shell.
    func start(_ name: String, _ command: String, columns: Int = 100, rows: Int = 30) throws {
        try run(["new-session", "-d", "-s", name, "-x", "\(columns)", "-y", "\(rows)", command])
    }

    func keys(_ name: String, _ keys: String...) throws {
        try run(["send-keys", "-t", name] + keys)
    }

    /// Types `text` as is (each character a key; Cyrillic included).
    func type(_ name: String, _ text: String) throws {
        try run(["send-keys", "-t", name, "-l", text])
    }

    func screen(_ name: String) throws -> String {
        try run(["capture-pane", "-p", "-t", name])
    }

    /// Polls the screen until it shows `text` (10 s at most); returns the screen.
    @discardableResult
    func waitFor(_ name: String, _ text: String) throws -> String {
        try waitUntil("the screen of \(name) shows '\(text)'") {
            let screen = try self.screen(name)
            return screen.contains(text) ? screen : nil
        }
    }

    /// Polls `check` every 20 ms until it gives a value (10 s at most).
    func waitUntil<T>(_ what: String, _ check: () throws -> T?) throws -> T {
        let deadline = Date().addingTimeInterval(10)
        while true {
            if let value = try check() { return value }
            if Date() > deadline {
                let screens = (try? run(["list-panes", "-a", "-F", "#{session_name}"]))?
                    .split(separator: "\n").map { name in "--- \(name):\n" + ((try? screen(String(name))) ?? "") }
                    .joined(separator: "\n") ?? ""
                throw Failure(description: "timed out waiting until \(what)\n\(screens)")
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    func panePID(_ name: String) throws -> Int32 {
        let text = try run(["list-panes", "-t", name, "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let pid = Int32(text) else { throw Failure(description: "no pane pid for \(name): '\(text)'") }
        return pid
    }

    /// Hangs up every pane's processes (tmux 3.3's kill-server leaves them running), then ends
    /// the server.
    func killServer() {
        let server = Int32(((try? run(["display-message", "-p", "#{pid}"])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines))
        let panes = ((try? run(["list-panes", "-a", "-F", "#{pane_pid}"])) ?? "").split(separator: "\n").compactMap { Int32($0) }
        for pid in panes where pid > 1 { _ = kill(-pid, SIGHUP) }
        _ = try? run(["kill-server"])
        // Whatever is left after a second is killed outright.
        let deadline = Date().addingTimeInterval(1)
        let all = panes + (server.map { [$0] } ?? [])
        while Date() < deadline && all.contains(where: { $0 > 1 && kill($0, 0) == 0 }) { Thread.sleep(forTimeInterval: 0.02) }
        for pid in all where pid > 1 && kill(pid, 0) == 0 { _ = kill(pid, SIGKILL) }
    }
}

/// `shopper run` in a real pseudo-terminal (tmux): a scenario walked by single keys, a barrier and
/// a Cyrillic note typed while the timer runs, `kill -9` in the middle of a step, `--resume`, and
/// the finished file; the terminal is checked to be back in cooked mode after a normal exit.
@Suite(.serialized) struct RunTerminalEndToEndTests {
    static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func walkKillResumeAndFinishInARealTerminal() throws {
        let folder = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Fixtures.touchpoints.write(to: folder.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        try Fixtures.scenario.write(to: folder.appendingPathComponent("order-online.yaml"), atomically: true, encoding: .utf8)
        let shopper = ShopperProcess.executable.path
        let dir = Self.quoted(folder.path)
        let store = RunStore(root: folder.appendingPathComponent("runs").path)

        let tmux = Tmux()
        defer { tmux.killServer() }

        // 1. A new run, walked by keys; killed with -9 in the middle of step 2.
        try tmux.start("first", "cd \(dir) && exec \(Self.quoted(shopper)) run order-online.yaml --runs runs --tester Ann --context device=phone")
        try tmux.waitFor("first", "Starting scenario: Order online (order-online)")
        try tmux.waitFor("first", "Press Enter to go on")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Enter: start the step")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "/ target 1:00")            // the live timer of step 1
        try tmux.keys("first", "b")
        try tmux.waitFor("first", "1. Search finds nothing")
        try tmux.keys("first", "1", "Enter")
        try tmux.waitFor("first", "Severity:")
        try tmux.keys("first", "3", "Enter")
        try tmux.waitFor("first", "Barrier 'no-results' recorded")
        try tmux.keys("first", "p")
        try tmux.waitFor("first", "PAUSED")
        try tmux.keys("first", "p")
        try tmux.waitFor("first", "Resumed at")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Score for this step, 0 to 10:")
        try tmux.keys("first", "8", "Enter")
        try tmux.waitFor("first", "Results are relevant [y/n/-]:")
        try tmux.keys("first", "y", "Enter")
        try tmux.waitFor("first", "Step 2 of 2: Pay")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Enter: done · f: failed")
        try tmux.keys("first", "?")
        let help = try tmux.waitFor("first", "this help")
        #expect(!help.contains("Time: "), "a frozen copy of the live timer: \(help)")
        try tmux.keys("first", "s")
        try tmux.waitFor("first", "Skip this step? Enter or y: yes · any other key: no")
        try tmux.keys("first", "x")                           // cancelled: the step goes on
        try tmux.waitFor("first", "Enter: done · f: failed")
        try tmux.keys("first", "n")
        try tmux.waitFor("first", "Note (empty: cancel):")
        try tmux.type("first", "Кнопка не жмётся!")
        try tmux.keys("first", "BSpace")
        try tmux.waitFor("first", "> Кнопка не жмётся")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Note recorded at")
        try tmux.keys("first", "b")
        try tmux.waitFor("first", "Barrier: describe it (empty: none):")  // no known barriers at this step
        try tmux.type("first", "Карта отклонена")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Severity:")
        try tmux.keys("first", "4", "Enter")
        try tmux.waitFor("first", "recorded at")
        try tmux.waitFor("first", "Enter: done · f: failed")  // still running

        let pid = try tmux.panePID("first")
        #expect(kill(pid, SIGKILL) == 0)
        _ = try tmux.waitUntil("shopper is gone") { kill(pid, 0) != 0 ? true : nil }

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("runs/order-online").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(files.count == 1)
        let id = try #require(files.first).replacingOccurrences(of: ".yaml", with: "")
        let path = store.path(scenario: "order-online", run: id)
        let killed = try store.load(path: path).get()
        #expect(killed.status == .inProgress)
        #expect(killed.context["device"] == "phone")
        let find = try #require(killed.record(for: "find"))
        #expect(find.outcome == .done)
        #expect(find.score == 8)
        #expect(find.checklist["results"] == .yes)
        #expect(find.barriers.map { "\($0.id) \($0.severity)" } == ["no-results major"])
        let interrupted = try #require(killed.record(for: "pay"))
        #expect(interrupted.outcome == .started)
        #expect(interrupted.notes.map(\.text) == ["Кнопка не жмётся"])
        #expect(interrupted.barriers.map(\.text) == ["Карта отклонена"])
        #expect(interrupted.barriers.first?.severity == .blocker)

        // 2. Resumed in a fresh terminal and finished; then the shell checks the tty is cooked again.
        let command = "cd \(dir) && \(Self.quoted(shopper)) run order-online.yaml --runs runs --resume \(id); code=$?; "
            + "stty -a > stty.txt; echo EXIT=$code > done.txt; sleep 30"
        try tmux.start("second", command)
        try tmux.waitFor("second", "Press Enter to go on")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "Step 2 of 2: Pay")
        try tmux.waitFor("second", "Enter: start the step")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "Enter: done · f: failed")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "How did you pay?")
        try tmux.keys("second", "2", "Enter")
        try tmux.waitFor("second", "Would you recommend us?")
        try tmux.keys("second", "9", "Enter")
        let done = folder.appendingPathComponent("done.txt")
        let exit = try tmux.waitUntil("the run has ended") {
            // The shell creates the file before writing it: wait for the whole line.
            (try? String(contentsOf: done, encoding: .utf8)).flatMap { $0.hasSuffix("\n") ? $0 : nil }
        }
        #expect(exit == "EXIT=0\n")

        // The summary is on the normal screen after the alternate screen was left.
        let screen = try tmux.waitFor("second", "Run completed.")
        #expect(screen.contains("Saved to runs/order-online/\(id).yaml"))
        #expect(!screen.contains("Enter: start the step"))
        let stty = try String(contentsOf: folder.appendingPathComponent("stty.txt"), encoding: .utf8)
        let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        #expect(flags.isSuperset(of: ["icanon", "echo", "isig", "icrnl"]), "\(stty)")

        let final = try store.load(path: path).get()
        #expect(final.status == .completed)
        #expect(final.finished != nil)
        #expect(final.steps.map { "\($0.step) \($0.outcome)" } == ["find done", "pay done"])
        #expect(final.record(for: "find")?.score == 8)
        #expect(final.record(for: "find")?.checklist["results"] == .yes)
        #expect(final.record(for: "find")?.barriers.first?.severity == .major)
        let pay = try #require(final.record(for: "pay"))
        #expect(pay.notes.map(\.text) == ["Кнопка не жмётся"])
        #expect(pay.barriers.map { "\($0.text) \($0.severity)" } == ["Карта отклонена blocker"])
        #expect(pay.answers["method"] == .text("PayPal"))
        #expect(final.survey["nps"] == .number(9))
    }
}
