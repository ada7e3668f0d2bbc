import Foundation
import ShopperCore
import Testing

/// `shopper run` on a wait step in line mode, with the wall clock set by the hidden `--now`: the
/// request is sent with one Enter, the tester quits and comes back a day later; typed arrival
/// times are checked; `shopper reply` closes a wait and `run --resume` goes on; Russian messages.
@Suite(.serialized) struct WaitRunCommandTests {
    /// The workspace of `WaitingCommandTests` (a 3-working-hour wait, mon-fri 09-18 in Prague), no runs.
    func workspace() throws -> URL {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("wait-run-" + UUID().uuidString)
        let scenarios = root.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try WaitingCommandTests.scenario.write(to: scenarios.appendingPathComponent("proposal.yaml"), atomically: true, encoding: .utf8)
        try WaitingCommandTests.touchpoints.write(to: scenarios.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    /// The tester is in Prague: typed times are read there.
    static let prague = ["TZ": "Europe/Prague"]

    func shopper(_ arguments: [String], in root: URL, input: String = "", environment: [String: String] = prague) throws -> ShopperProcess.Result {
        try ShopperProcess.run(arguments, in: root, input: input, environment: environment)
    }

    func load(_ root: URL, _ id: String) throws -> Run {
        try RunStore(root: root.appendingPathComponent("reports/runs").path).load(scenario: "proposal", run: id).get()
    }

    /// Monday 2026-11-23 10:15:00Z (11:15 in Prague): Anna sends at once and quits. Returns the run id.
    func sendAndQuit(_ root: URL, lang: [String] = []) throws -> (String, ShopperProcess.Result) {
        let first = try shopper(["run", "proposal", "--plain", "--tester", "Anna", "--now", "2026-11-23T10:15:00Z"] + lang,
                                in: root, input: "\n\nq\n")
        #expect(first.status == 0, "\(first.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("reports/runs/proposal").path)
        let id = try #require(files.first { $0.hasSuffix(".yaml") }).replacingOccurrences(of: ".yaml", with: "")
        let sent = try #require(try load(root, id).record(for: "ask")?.wait?.last.sent)
        // The clock starts at --now and runs on: the Enter came within the first minute.
        #expect(sent >= Timestamp.parse("2026-11-23T10:15:00Z")! && sent < Timestamp.parse("2026-11-23T10:16:00Z")!)
        return (id, first)
    }

    @Test func oneEnterSendsQuitResumeADayLaterAndTypeWhenTheAnswerCame() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (id, first) = try sendAndQuit(root)
        #expect(first.stdout.contains("Enter: sent now · s: skip · q: save and quit"))
        #expect(first.stdout.contains("Sent at 11:15 Mon 2026-11-23."))
        #expect(!first.stdout.contains("Enter: start the step"))
        #expect(try load(root, id).status == .inProgress)

        // A day later: a future time and one before the request are refused; then the real one.
        let input = "\n2026-11-25 09:15\n2026-11-23 09:15\n2026-11-23 13:05\n7\n\n\n"
        let second = try shopper(["run", "proposal", "--plain", "--resume", id, "--now", "2026-11-24T10:15:00Z"], in: root, input: input)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stdout.contains("Waiting since 11:15 Mon 2026-11-23 (24h;"), "\(second.stdout)")
        #expect(second.stdout.contains("That time is in the future (it is 11:15 Tue 2026-11-24 now)"))
        #expect(second.stdout.contains("The answer cannot have come before the request was sent (11:15:00 Mon 2026-11-23)"))
        let run = try load(root, id)
        #expect(run.status == .completed)
        let ask = try #require(run.record(for: "ask"))
        #expect(ask.outcome == .done)
        #expect(ask.score == 7)
        let last = try #require(ask.wait?.last)
        #expect(last.answered == Timestamp.parse("2026-11-23T12:05:00Z"))
        #expect(last.responseSeconds == Timestamp.parse("2026-11-23T12:05:00Z")!.timeIntervalSince(last.sent))
        #expect(last.responseWorkingSeconds == last.responseSeconds)  // 11:15-13:05 in Prague, all of it working time
    }

    @Test func replyNoneThenResumeAsksTheRest() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (id, _) = try sendAndQuit(root)
        let reply = try shopper(["reply", id, "--none", "--now", "2026-11-24T10:15:00Z"], in: root)
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.hasPrefix("Recorded: no answer after 2"), "\(reply.stdout)")  // 23h59m… or 24h
        #expect(reply.stdout.contains("Continue the run with: shopper run proposal --resume \(id)"))
        // The run goes on at the wait step's answers: its score, then the next step.
        let resumed = try shopper(["run", "proposal", "--plain", "--resume", id], in: root, input: "\n3\n\n\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(!resumed.stdout.contains("Waiting since"))
        let run = try load(root, id)
        #expect(run.status == .completed)
        let ask = try #require(run.record(for: "ask"))
        #expect(ask.outcome == .failed)
        #expect(ask.score == 3)
        #expect(ask.wait?.last.answered == nil)
        #expect(ask.wait?.last.responseSeconds == Timestamp.parse("2026-11-24T10:15:00Z")!.timeIntervalSince(ask.wait!.last.sent))
        #expect(run.record(for: "read")?.outcome == .done)
    }

    @Test func replyAtThenResume() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (id, _) = try sendAndQuit(root)
        let reply = try shopper(["reply", id, "--at", "yesterday 13:05", "--now", "2026-11-24T10:15:00Z"], in: root)
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.hasPrefix("Recorded: answered after 1h"), "\(reply.stdout)")  // 1h50m, or 1h49m as the Enter fell
        let resumed = try shopper(["run", "proposal", "--plain", "--resume", id], in: root, input: "\n8\n\n\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let ask = try #require(try load(root, id).record(for: "ask"))
        #expect(ask.outcome == .done && ask.score == 8)
        #expect(ask.wait?.last.answered == Timestamp.parse("2026-11-23T12:05:00Z"))
    }

    @Test func theResumeCommandReplyPrintsNamesTheFoldersGiven() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (id, _) = try sendAndQuit(root)
        let reply = try shopper(["reply", id, "--runs", "./reports/runs", "--scenarios", "./scenarios", "--now", "2026-11-24T10:15:00Z"], in: root)
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.hasSuffix("Continue the run with: shopper run proposal --scenarios ./scenarios --runs ./reports/runs --resume \(id)\n"),
                "\(reply.stdout)")
    }

    @Test func russianRunnerReplyAndWaiting() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        let (id, first) = try sendAndQuit(root, lang: ["--lang", "ru"])
        #expect(first.stdout.contains("Enter: отправлено сейчас · s: пропустить · q: сохранить и выйти"))
        #expect(first.stdout.contains("Отправлено в 11:15 пн 2026-11-23."))
        let waiting = try shopper(["waiting", "--lang", "ru", "--now", "2026-11-24T10:15:30Z"], in: root)
        #expect(waiting.stdout.hasPrefix("ПРОСРОЧЕНО \(id) proposal/ask (Anna): ждём с"), "\(waiting.stdout)")
        #expect(waiting.stdout.contains("9 ч рабочего времени; цель 3 ч рабочего времени)"), "\(waiting.stdout)")
        // As for `run`: the scenario's language (English here) wins over LANG; --lang over both.
        let english = try shopper(["reply", id, "--at", "2026-11-23T10:00:00Z", "--now", "2026-11-24T10:15:00Z"], in: root,
                                  environment: Self.prague.merging(["LANG": "ru_RU.UTF-8"]) { $1 })
        #expect(english.stderr.hasPrefix("error: --at: The answer cannot have come before the request was sent"), "\(english.stderr)")
        let early = try shopper(["reply", id, "--at", "2026-11-23T10:00:00Z", "--now", "2026-11-24T10:15:00Z", "--lang", "ru"], in: root)
        #expect(early.status == 64)  // a refused --at, like a malformed one
        #expect(early.stderr.hasPrefix("ошибка: --at: Ответ не мог прийти раньше отправки запроса (11:15:00 пн 2026-11-23)"), "\(early.stderr)")
        let reply = try shopper(["reply", id, "--at", "2026-11-23T12:05:00Z", "--now", "2026-11-24T10:15:00Z", "--lang", "ru"], in: root)
        #expect(reply.status == 0, "\(reply.stderr)")
        // 1 h 50 min (or 49, as the Enter fell), in the runner's Russian style.
        #expect(reply.stdout.hasPrefix("Записано: ответ пришёл через 1 ч "), "\(reply.stdout)")
        #expect(reply.stdout.contains("мин рабочего времени.\nПродолжить прогон: shopper run proposal --resume \(id)\n"), "\(reply.stdout)")
        let none = try shopper(["reply", id, "--none", "--lang", "ru"], in: root)
        #expect(none.status == 1)
        #expect(none.stderr == "ошибка: в прогоне «\(id)» нет открытого ожидания\n", "\(none.stderr)")
    }
}
