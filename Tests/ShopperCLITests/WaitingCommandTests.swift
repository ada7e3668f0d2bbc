import Foundation
import ShopperCore
import Testing

/// `shopper waiting` and `shopper reply` on a workspace with two open waits.
@Suite(.serialized) struct WaitingCommandTests {
    static let scenario = """
        scenario: proposal
        title: Proposal
        language: en
        brief: Ask for a proposal.
        hours: {mon-fri: "09:00-18:00"}
        timezone: Europe/Prague
        steps:
          - id: ask
            title: Ask for a proposal
            do: Send the request form, then wait for the proposal.
            touchpoint: sales-email
            stage: consideration
            wait: reply
            clock: working
            target: 3h
          - id: read
            title: Read it
            do: Read the proposal.
            touchpoint: sales-email
            stage: intent
            score: false

        """
    static let touchpoints = """
        touchpoints:
          - id: sales-email
            name: Sales e-mail
            channel: email
            stage: consideration
            owner: Sales
            importance: {customer: 4, business: 4}

        """

    /// Anna sent on Monday 2026-11-23 at 10:15:30Z (11:15:30 in Prague), Boris on Tuesday at
    /// 09:15:30Z (10:15:30 in Prague).
    func workspace() throws -> URL {
        let root = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("waiting-" + UUID().uuidString)
        let scenarios = root.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try Self.scenario.write(to: scenarios.appendingPathComponent("proposal.yaml"), atomically: true, encoding: .utf8)
        try Self.touchpoints.write(to: scenarios.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        let store = RunStore(root: root.appendingPathComponent("reports/runs").path)
        for (tester, sent) in [("Anna", "2026-11-23T10:15:30Z"), ("Boris", "2026-11-24T09:15:30Z")] {
            let sentAt = Timestamp.parse(sent)!
            let run = Run(id: RunID.make(started: sentAt.addingTimeInterval(-30), tester: tester), scenario: "proposal", tester: tester,
                          started: sentAt.addingTimeInterval(-30),
                          steps: [StepRecord(step: "ask", touchpoint: "sales-email", stage: .consideration, outcome: .started,
                                             seconds: 30, wait: WaitRecord(sent: sentAt))])
            _ = try store.save(run)
        }
        return root
    }

    @Test func jsonListsOverdueFirstWithWallAndWorkingTime() throws {
        let root = try workspace()
        let result = try ShopperProcess.run(["waiting", "--format", "json", "--now", "2026-11-24T10:15:30Z"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["waiting"] as? [[String: Any]])
        #expect(rows.map { $0["tester"] as? String } == ["Anna", "Boris"])
        #expect(Set(rows[0].keys) == ["run", "scenario", "step", "tester", "sent", "elapsed_seconds", "working_seconds", "target",
                                      "clock", "overdue"])
        // Hand-worked: Anna waited 24 h, of which Monday 11:15:30-18:00 and Tuesday 09:00-11:15:30
        // in Prague are working time (9 h), past the 3-hour target; Boris 1 h, all of it working.
        #expect(rows[0]["elapsed_seconds"] as? Int == 86400)
        #expect(rows[0]["working_seconds"] as? Int == 32400)
        #expect(rows[0]["overdue"] as? Bool == true)
        #expect(rows[1]["elapsed_seconds"] as? Int == 3600)
        #expect(rows[1]["working_seconds"] as? Int == 3600)
        #expect(rows[1]["overdue"] as? Bool == false)
        #expect(rows[0]["target"] as? Int == 10800)
        #expect(rows[0]["sent"] as? String == "2026-11-23T10:15:30Z")
    }

    @Test func replyClosesAWaitAndWaitingNoLongerListsIt() throws {
        let root = try workspace()
        let list = try ShopperProcess.run(["waiting", "--now", "2026-11-24T10:15:30Z"], in: root, environment: ["TZ": "Europe/Prague"])
        #expect(list.stdout.hasPrefix("OVERDUE 20261123T101500Z-anna proposal/ask (Anna): waiting since 11:15 Mon 2026-11-23 (24h; 9h of working time; target 3h of working time)\n"),
                "\(list.stdout)")
        let early = try ShopperProcess.run(["reply", "20261123T101500Z-anna", "--at", "2026-11-23T10:00:00Z", "--now", "2026-11-24T10:15:30Z"], in: root,
                                           environment: ["TZ": "Europe/Prague"])
        // A refused --at is a command-line error like a malformed one (status 64, `--at:`).
        #expect(early.status == 64)
        #expect(early.stderr.contains("error: --at: The answer cannot have come before the request was sent (11:15:30 Mon 2026-11-23)"),
                "\(early.stderr)")
        // --none on a clock behind `sent` (it crashed), or more than a year after it (check's cap): refused, nothing written.
        let behind = try ShopperProcess.run(["reply", "20261123T101500Z-anna", "--none", "--now", "2026-11-23T09:00:00Z"], in: root,
                                            environment: ["TZ": "Europe/Prague"])
        #expect(behind.status == 1)
        #expect(behind.stderr.contains("error: the request was recorded as sent at 11:15:30 Mon 2026-11-23, after the present (10:00:00 Mon 2026-11-23)"),
                "\(behind.stderr)")
        let late = try ShopperProcess.run(["reply", "20261123T101500Z-anna", "--none", "--now", "2027-12-31T00:00:00Z"], in: root)
        #expect(late.status == 1)
        #expect(late.stderr.contains("a run records waits of at most one year"), "\(late.stderr)")
        let nope = try ShopperProcess.run(["reply", "20261123T101500Z-anna", "nope", "--now", "2026-11-24T10:15:30Z"], in: root)
        #expect(nope.status == 1)
        #expect(nope.stderr.contains("error: no step 'nope' in scenario 'proposal'; its wait steps are: ask"), "\(nope.stderr)")
        let reply = try ShopperProcess.run(["reply", "20261123T101500Z-anna", "ask", "--at", "2026-11-23T12:05:00Z", "--now", "2026-11-24T10:15:30Z"],
                                           in: root)
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.contains("shopper run proposal --resume 20261123T101500Z-anna"))
        let after = try ShopperProcess.run(["waiting", "--format", "json", "--now", "2026-11-24T10:15:30Z"], in: root)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(after.stdout.utf8)) as? [String: Any])?["waiting"] as? [[String: Any]])
        #expect(rows.map { $0["tester"] as? String } == ["Boris"])
        let check = try ShopperProcess.run(["check", "scenarios", "reports/runs"], in: root)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let text = try String(contentsOf: root.appendingPathComponent("reports/runs/proposal/20261123T101500Z-anna.yaml"), encoding: .utf8)
        #expect(text.contains("answered: \"2026-11-23T12:05:00Z\"\n  response_seconds: 6570\n  response_working_seconds: 6570\n"))
    }

    @Test func badNowIsAnOptionError() throws {
        let root = try workspace()
        let result = try ShopperProcess.run(["waiting", "--now", "tomorrow"], in: root)
        #expect(result.status != 0)
        #expect(result.stderr.contains("--now: expected an ISO 8601 time"))
    }

    @Test func aWorkspaceWithNoRunYetHasNoOpenWaitNotAnError() throws {
        let root = try workspace()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.removeItem(at: root.appendingPathComponent("reports"))
        let result = try ShopperProcess.run(["waiting", "--format", "json"], in: root)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.hasPrefix("note: no runs yet"))
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((object?["waiting"] as? [Any])?.isEmpty == true)
        // A runs folder named on the command line must exist.
        let named = try ShopperProcess.run(["waiting", "--runs", "elsewhere"], in: root)
        #expect(named.status == 1)
        #expect(named.stderr == "error: no runs folder 'elsewhere'; give the folder of run files with --runs\n")
    }
}
