import Testing
import Reports

struct CESTests {
    @Test func meanWithTIntervalMatchesScipy() throws {
        let ces = try #require(CES(answers: [2, 3, 5, 4, 6, 3]))
        #expect(ces.n == 6)
        // np.mean = 3.8333333333333335
        #expect(isClose(ces.mean, 3.8333333333333335, relative: 1e-12))
        // scipy.stats.t.interval(0.95, 5, loc=mean, scale=scipy.stats.sem(answers))
        #expect(isClose(ces.low, 2.2886058973061534))
        #expect(isClose(ces.high, 5.378060769360514))
    }

    @Test func outOfScaleAnswersAreLeftOutLikeNPSAndCSATOnes() throws {
        let ces = try #require(CES(answers: [2, 4, 99, 0], scale: 1...7))
        #expect(ces.n == 2)
        #expect(ces.mean == 3)
        #expect(CES(answers: [99], scale: 1...7) == nil)
        #expect(NPS(answers: [11]) == nil && CSAT(answers: [6]) == nil)
    }

    @Test func noAnswersGivesNil() {
        #expect(CES(answers: []) == nil)
    }
}
