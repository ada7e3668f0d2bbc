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

    @Test func theNoteCountSitsInThePaddingAfterTheStatus() {
        // Four strings, an Int, a Date, the one-byte status (+ the UInt32 note count in its
        // padding), three arrays (steps, survey, waits), the 24-byte checklist totals and the
        // context dictionary: 144 bytes on 64-bit. The waits array (issue 11) added 8 bytes a run
        // (0.8 MB for 100,000 runs); a wait field in every step summary would have cost more.
        if MemoryLayout<Int>.size == 8 {
            #expect(MemoryLayout<RunSummary>.stride <= 144)
        }
    }

    @Test func aWaitSummaryTakesTwentyFourBytes() {
        // Two doubles, the step's Int32 position, the one-byte result and a flag.
        if MemoryLayout<Int>.size == 8 {
            #expect(MemoryLayout<RunSummary.WaitSummary>.stride <= 24)
        }
    }
}
