import Reports
import Testing

/// A report over 100,000 runs holds about 700,000 step records: their size is part of the
/// 200 MB budget (docs/performance.md).
@Suite struct RunSummaryLayoutTests {
    @Test func aStepRecordSummaryPacksItsOptionalsAndOutcomeIntoOneWord() {
        // Two strings, a double, two arrays, an Int?, the outcome, a Double?: 96 bytes in the
        // old field order, 88 in the new one (64-bit).
        if MemoryLayout<Int>.size == 8 {
            #expect(MemoryLayout<RunSummary.StepSummary>.stride <= 88)
        }
    }
}
