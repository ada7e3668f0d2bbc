import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// A wait step's `sent`, `answered`, `response_seconds`, `response_working_seconds` and
/// `attempts` in a run file: written, read back, and held to their ranges and to each other.
@Suite struct RunWaitCodingTests {
    static let sent = Timestamp.parse("2026-11-24T09:42:00Z")!

    static func run(_ wait: WaitRecord?, outcome: StepRecord.Outcome = .done, status: Run.Status = .inProgress) -> Run {
        Run(id: "20261124T094000Z-anna", scenario: "proposal", tester: "Anna", started: sent.addingTimeInterval(-120),
            status: status,
            steps: [StepRecord(step: "ask", touchpoint: "email", stage: .consideration, outcome: outcome, seconds: 30, wait: wait)])
    }

    func decode(_ text: String) throws -> (Run?, [Diagnostic]) {
        RunDecoder.decode(try #require(try YAMLParser().parse(text)))
    }

    @Test func anOpenWaitHoldsOnlySent() throws {
        let run = Self.run(WaitRecord(sent: Self.sent), outcome: .started)
        let text = try RunEncoder.yaml(run)
        #expect(text.contains("  sent: \"2026-11-24T09:42:00Z\"\n"))
        #expect(!text.contains("answered"))
        let (back, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back == run)
        #expect(back?.steps[0].wait?.isOpen == true)
    }

    @Test func anAnsweredWaitReadsBackEqual() throws {
        let answered = Self.sent.addingTimeInterval(2 * 3600 + 13 * 60)
        let attempt = WaitRecord.Attempt(sent: Self.sent, answered: answered, responseSeconds: 7980, responseWorkingSeconds: 4380)
        let run = Self.run(WaitRecord(attempts: [attempt]))
        let text = try RunEncoder.yaml(run)
        #expect(text.contains("""
          sent: "2026-11-24T09:42:00Z"
          answered: "2026-11-24T11:55:00Z"
          response_seconds: 7980
          response_working_seconds: 4380

        """))
        let (back, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back == run)
    }

    @Test func aWaitGivenUpIsWrittenAnsweredNull() throws {
        let attempt = WaitRecord.Attempt(sent: Self.sent, answered: nil, responseSeconds: 86400)
        let run = Self.run(WaitRecord(attempts: [attempt]), outcome: .failed)
        let text = try RunEncoder.yaml(run)
        #expect(text.contains("  answered: null\n  response_seconds: 86400\n"))
        let (back, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back == run)
        #expect(back?.steps[0].wait?.isOpen == false)
    }

    @Test func severalAttemptsAreListedAndTheLastIsTheStepsOwn() throws {
        let first = WaitRecord.Attempt(sent: Self.sent, answered: nil, responseSeconds: 300)
        let second = WaitRecord.Attempt(sent: Self.sent.addingTimeInterval(86400), answered: Self.sent.addingTimeInterval(86460),
                                        responseSeconds: 60)
        let run = Self.run(WaitRecord(attempts: [first, second]))
        let text = try RunEncoder.yaml(run)
        #expect(text.contains("""
          sent: "2026-11-25T09:42:00Z"
          answered: "2026-11-25T09:43:00Z"
          response_seconds: 60
          attempts:
          - sent: "2026-11-24T09:42:00Z"
            answered: null
            response_seconds: 300
          - sent: "2026-11-25T09:42:00Z"
        """))
        let (back, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back == run)
    }

    /// The answered wait's file with `from` replaced by `to` (marked 1️⃣): one error there.
    @Test(arguments: [
        ("response_seconds: 7980", "response_seconds: 1️⃣1e19", "'response_seconds' must be at most 31536000 seconds (one year), found 1e+19"),
        ("response_working_seconds: 4380", "response_working_seconds: 1️⃣-1", "'response_working_seconds' must not be negative"),
        ("answered: \"2026-11-24T11:55:00Z\"", "answered: 1️⃣\"2026-11-24T08:00:00Z\"", "'answered' is before 'sent'"),
        ("sent: \"2026-11-24T09:42:00Z\"", "sent: 1️⃣\"1970-01-01T00:00:00Z\"",
         "'sent' (1970-01-01T00:00:00Z) is before the run's 'started' (2026-11-24T09:40:00Z)"),
        ("response_seconds: 7980", "response_seconds: 1️⃣7000",
         "'response_seconds' must be the time from 'sent' to 'answered' (7980 seconds), found 7000"),
        ("response_working_seconds: 4380", "response_working_seconds: 1️⃣9000",
         "'response_working_seconds' (9000) cannot exceed 'response_seconds' (7980)"),
        ("sent: \"2026-11-24T09:42:00Z\"", "sent: 1️⃣2026-13-24T09:42:00Z",
         "'sent' must be an ISO 8601 time such as 2026-11-23T10:15:00Z (a real date in the years 1970 to 9999, "
         + "an offset within ±14:00), found '2026-13-24T09:42:00Z'"),
        ("  response_working_seconds: 4380\n", "  1️⃣response_working_secs: 4380\n",
         "unknown key 'response_working_secs' in step record 'ask'; did you mean 'response_working_seconds'?"),
    ])
    func badWaitValuesArePositionedErrors(from: String, to: String, message: String) throws {
        let answered = Self.sent.addingTimeInterval(7980)
        let run = Self.run(WaitRecord(attempts: [.init(sent: Self.sent, answered: answered, responseSeconds: 7980, responseWorkingSeconds: 4380)]))
        let original = try RunEncoder.yaml(run)
        #expect(original.contains(from))
        let (text, marks) = marked(original.replacingOccurrences(of: from, with: to))
        let (back, diagnostics) = try decode(text)
        #expect(back == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.mark == marks["1️⃣"])
    }

    @Test func answeredWithoutSentAndOpenButDoneAreErrors() throws {
        let open = try RunEncoder.yaml(Self.run(WaitRecord(sent: Self.sent), outcome: .done))
        let (run, diagnostics) = try decode(open)
        #expect(run == nil)
        #expect(diagnostics.map(\.message) == ["a wait still open (no 'response_seconds') cannot have outcome 'done'"])

        let noSent = open.replacingOccurrences(of: "  sent: \"2026-11-24T09:42:00Z\"\n", with: "  response_seconds: 5\n")
        let (run2, diagnostics2) = try decode(noSent)
        #expect(run2 == nil)
        #expect(diagnostics2.map(\.message) == ["'response_seconds' needs 'sent', the time the request was sent"])
    }

    @Test func aRunWithoutWaitsIsWrittenAsBefore() throws {
        let text = try RunEncoder.yaml(RunCodingTests.sampleRun())
        for key in ["sent", "answered", "response_seconds", "attempts"] { #expect(!text.contains(key)) }
    }
}

/// `shopper check` against the scenario: wait fields belong to wait steps only.
@Suite struct RunWaitScenarioCheckTests {
    @Test func waitFieldsOnAStepThatIsNoWaitAreErrors() throws {
        let steps = """
              - step: leave
                touchpoint: door
                stage: post-purchase
                outcome: started
                1️⃣sent: "2026-11-23T10:20:00Z"
            """
        let (text, marks) = marked(RunScenarioCheckTests.run(steps: steps))
        let node = try SourceFile.parse(bytes: Array(text.utf8)).get()
        let problems = RunScenarioCheck.check(node, against: RunScenarioCheckTests.scenario)
        #expect(problems.map(\.message) == ["'sent' is only for wait steps, and step 'leave' of scenario 'trip' is not a wait (no 'wait: reply')"])
        #expect(problems.first?.mark == marks["1️⃣"])
    }

    /// A request is sent during its run: `sent` after `finished` is an error at `sent`.
    @Test func sentAfterTheRunFinishedIsAnError() throws {
        var run = RunWaitCodingTests.run(WaitRecord(attempts: [.init(sent: RunWaitCodingTests.sent, answered: nil, responseSeconds: 60)]), outcome: StepRecord.Outcome.failed,
                           status: Run.Status.completed)
        run.finished = RunWaitCodingTests.sent.addingTimeInterval(600)
        let original = try RunEncoder.yaml(run)
        let (text, marks) = marked(original.replacingOccurrences(of: "sent: \"2026-11-24T09:42:00Z\"", with: "sent: 1️⃣\"9999-12-31T23:58:59Z\""))
        let (back, diagnostics) = RunDecoder.decode(try #require(try YAMLParser().parse(text)))
        #expect(back == nil)
        #expect(diagnostics.map(\.message) == ["'sent' (9999-12-31T23:58:59Z) is after the run's 'finished' (2026-11-24T09:52:00Z)"])
        #expect(diagnostics.first?.mark == marks["1️⃣"])
    }
}
