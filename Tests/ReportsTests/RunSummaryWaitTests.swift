import Foundation
@testable import Reports
import ShopperCore
import Testing

/// A run's wait steps reach its `RunSummary` (`waits`) on both loading paths: the streaming
/// reader for one attempt, the full decoder for `attempts`; runs without waits are unchanged.
@Suite struct RunSummaryWaitTests {
    typealias R = RunSummaryReaderTests

    static func both(_ text: String) throws -> RunSummary {
        let bytes = Array(text.utf8)
        let fast = try #require(R.fast(bytes))
        #expect(fast == R.slow(bytes))
        return fast
    }

    @Test func aRunWithoutWaitsHasNone() throws {
        #expect(try Self.both(R.base).waits.isEmpty)
    }

    @Test func anAnsweredWaitKeepsBothClocks() throws {
        let run = try Self.both(R.variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: 2026-11-01T11:01:00Z\n  response_seconds: 3600\n  response_working_seconds: 1800\n"))
        let wait = try #require(run.waits.first)
        #expect(run.waits.count == 1)
        #expect(wait.stepIndex == 1 && run.steps[Int(wait.stepIndex)].step == "pay")
        #expect(wait.result == .answered && wait.wallSeconds == 3600 && wait.workingSeconds == 1800)
        #expect(run.wait(atStep: 1) == wait && run.wait(atStep: 0) == nil)
    }

    @Test func anUnansweredWaitIsCensoredAtItsWatchedSpan() throws {
        let run = try Self.both(R.variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: null\n  response_seconds: 7200\n"))
        let wait = try #require(run.waits.first)
        #expect(wait.result == .unanswered && wait.seconds(on: .wall) == 7200 && wait.seconds(on: .working) == nil)
    }

    @Test func anOpenWaitHasNoTime() throws {
        let run = try Self.both(R.variant("status: completed", "status: abandoned")
            .replacingOccurrences(of: "  outcome: done\n  seconds: 30", with: "  outcome: skipped\n  seconds: 30\n  sent: 2026-11-01T10:01:00Z"))
        let wait = try #require(run.waits.first)
        #expect(wait.result == .open && wait.seconds(on: .wall) == nil)
    }

    @Test func attemptsGoThroughTheFullDecoderAndTheFirstAnsweredCounts() throws {
        let text = R.variant("  seconds: 30\n", """
          seconds: 30
          sent: 2026-11-02T10:00:00Z
          answered: 2026-11-02T10:05:00Z
          response_seconds: 300
          attempts:
          - {sent: 2026-11-01T10:00:00Z, answered: null, response_seconds: 3600}
          - {sent: 2026-11-02T10:00:00Z, answered: 2026-11-02T10:05:00Z, response_seconds: 300}

        """)
        // The run finishes after the second attempt's answer (a wait's `sent` must lie within the run).
        .replacingOccurrences(of: "finished: 2026-11-01T10:30:00Z", with: "finished: 2026-11-02T11:00:00Z")
        #expect(text.contains("finished: 2026-11-02T11:00:00Z"))
        let bytes = Array(text.utf8)
        #expect(R.fast(bytes) == nil)
        let run = try #require(R.slow(bytes))
        #expect(run.waits == [RunSummary.WaitSummary(stepIndex: 1, result: .answered, wallSeconds: 300, workingSeconds: nil)])
    }
}
