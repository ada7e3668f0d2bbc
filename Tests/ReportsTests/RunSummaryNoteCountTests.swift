import Foundation
@testable import Reports
import ShopperCore
import Testing

/// `RunSummary.noteCount`, which `shopper testers` turns into the share of runs with notes: the
/// notes of every step, counted the same by the full path and the streaming reader.
@Suite struct RunSummaryNoteCountTests {
    @Test func countsTheNotesOfEveryStepBothWays() throws {
        let started = Timestamp.parse("2026-11-01T10:00:00Z")!
        var steps = ["find", "pay", "leave"].map {
            StepRecord(step: $0, touchpoint: "tp", stage: .purchase, outcome: .done, seconds: 10)
        }
        steps[0].notes = [NoteRecord(at: 1, text: "one"), NoteRecord(at: 2, text: "")]
        steps[2].notes = [NoteRecord(at: 3, text: "три")]
        steps[1].outcome = .skipped
        steps[1].notes = [NoteRecord(at: 4, text: "skipped, still a note")]
        let run = Run(id: RunID.make(started: started, tester: "Anna"), scenario: "shop", scenarioVersion: 1,
                      tester: "Anna", started: started, finished: started.addingTimeInterval(60), status: .completed,
                      steps: steps)
        #expect(RunSummary(run).noteCount == 4)
        let bytes = Array(try RunEncoder.yaml(run).utf8)
        let fast = try #require(RunSummaryReaderTests.fast(bytes, scenarios: [:]))
        #expect(fast.noteCount == 4)
        #expect(fast == RunSummaryReaderTests.slow(bytes, scenarios: [:]))
        var none = run
        for i in none.steps.indices { none.steps[i].notes = [] }
        #expect(RunSummary(none).noteCount == 0)
    }
}
