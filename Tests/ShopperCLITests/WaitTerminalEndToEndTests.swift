import Foundation
import ShopperCore
import Testing

/// A wait step in a real pseudo-terminal (tmux), the wall clock set by the hidden `--now`: one
/// Enter sends the request, `kill -9` while waiting loses nothing (the file has `sent`), and the
/// run resumed a day later in Russian records the typed arrival time and finishes.
@Suite(.serialized) struct WaitTerminalEndToEndTests {
    @Test(.enabled(if: Tmux.available, "needs tmux (.ci/run installs it)"), .timeLimit(.minutes(1)))
    func sendKillNineResumeADayLaterAndRecordTheAnswer() throws {
        let folder = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let scenarios = folder.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try WaitingCommandTests.scenario.write(to: scenarios.appendingPathComponent("proposal.yaml"), atomically: true, encoding: .utf8)
        try WaitingCommandTests.touchpoints.write(to: scenarios.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        let shopper = RunTerminalEndToEndTests.quoted(ShopperProcess.executable.path)
        let dir = RunTerminalEndToEndTests.quoted(folder.path)
        let store = RunStore(root: folder.appendingPathComponent("reports/runs").path)

        let tmux = Tmux()
        defer { tmux.killServer() }

        // 1. Monday 2026-11-23 10:15:00Z, 11:15 in Prague: one Enter sends; killed while waiting.
        try tmux.start("first", "cd \(dir) && TZ=Europe/Prague exec \(shopper) run proposal --tester Ann --now 2026-11-23T10:15:00Z")
        try tmux.waitFor("first", "Press Enter to go on")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Enter: sent now · s: skip · q: save and quit")
        try tmux.keys("first", "Enter")
        try tmux.waitFor("first", "Sent at 11:15 Mon 2026-11-23.")
        try tmux.waitFor("first", "q: quit and come back later")
        let pid = try tmux.panePID("first")
        #expect(kill(pid, SIGKILL) == 0)
        _ = try tmux.waitUntil("shopper is gone") { kill(pid, 0) != 0 ? true : nil }

        let path = try #require(store.files(scenario: "proposal").first)
        let killed = try store.load(path: path).get()
        #expect(killed.status == .inProgress)
        let sent = try #require(killed.record(for: "ask")?.wait?.last.sent)
        #expect(sent >= Timestamp.parse("2026-11-23T10:15:00Z")! && sent < Timestamp.parse("2026-11-23T10:16:00Z")!)
        #expect(killed.record(for: "ask")?.wait?.isOpen == true)

        // 2. A day later, in Russian: the waiting screen, a typed time, the rest of the run.
        let command = "cd \(dir) && TZ=Europe/Prague \(shopper) run proposal --lang ru --resume \(killed.id) --now 2026-11-24T10:15:00Z; "
            + "echo EXIT=$? > done.txt; sleep 30"
        try tmux.start("second", command)
        try tmux.waitFor("second", "Нажмите Enter, чтобы продолжить")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "Ждём с 11:15 пн 2026-11-23 (24 ч;")
        try tmux.type("second", "вчера 13:05")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "Ответ записан: через 1 ч")
        try tmux.waitFor("second", "Оценка шага от 0 до 10:")
        try tmux.keys("second", "7", "Enter")
        try tmux.waitFor("second", "Шаг 2 из 2: Read it")
        try tmux.keys("second", "Enter")
        try tmux.waitFor("second", "Enter: готово")
        try tmux.keys("second", "Enter")
        let done = folder.appendingPathComponent("done.txt")
        let exit = try tmux.waitUntil("the run has ended") {
            (try? String(contentsOf: done, encoding: .utf8)).flatMap { $0.hasSuffix("\n") ? $0 : nil }
        }
        #expect(exit == "EXIT=0\n")
        try tmux.waitFor("second", "Прогон завершён.")

        let final = try store.load(path: path).get()
        #expect(final.status == .completed)
        let ask = try #require(final.record(for: "ask"))
        #expect(ask.outcome == .done)
        #expect(ask.score == 7)
        #expect(ask.wait?.last.sent == sent)
        #expect(ask.wait?.last.answered == Timestamp.parse("2026-11-23T12:05:00Z"))
        #expect(ask.wait?.last.responseSeconds == Timestamp.parse("2026-11-23T12:05:00Z")!.timeIntervalSince(sent))
        #expect(final.record(for: "read")?.outcome == .done)
    }
}
