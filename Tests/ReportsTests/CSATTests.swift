import Testing
import Reports

struct CSATTests {
    @Test func shareOfFoursAndFivesAsAFraction() throws {
        // 7 of 12 answers are 4 or 5; 0 and 6 are outside 1…5 and ignored.
        let answers = [5, 4, 4, 3, 2, 5, 1, 4, 3, 5, 4, 2, 0, 6]
        let csat = try #require(CSAT(answers: answers))
        #expect(csat.n == 12)
        #expect(csat.satisfied == 7)
        #expect(isClose(csat.share, 7.0 / 12.0, relative: 1e-15))
        // Adjusted Wald for 7 of 12, same Python hand computation as CompletionRateTests.
        #expect(isClose(csat.low, 0.3188776979407243, relative: 1e-12))
        #expect(isClose(csat.high, 0.80737342542902, relative: 1e-12))
    }

    @Test func noValidAnswerGivesNil() {
        #expect(CSAT(answers: [0, 7]) == nil)
    }
}
