import Testing
import Reports

struct NPSTests {
    @Test func scoreAndMarginMatchNumpy() throws {
        let answers = [10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8]
        let nps = try #require(NPS(answers: answers))
        #expect(nps.n == 11)
        #expect(nps.promoters == 5)
        #expect(nps.passives == 3)
        #expect(nps.detractors == 3)
        // a = np.array(answers); P = np.mean(a >= 9); D = np.mean(a <= 6)
        // 100·(P − D) = 18.181818181818183
        #expect(isClose(nps.score, 18.181818181818183, relative: 1e-12))
        // 100·1.95996·np.sqrt((P + D − (P − D)**2)/n) = 49.2377074274915
        // (equal to 100·1.95996·np.std(scores ±1/0)/√n)
        #expect(isClose(nps.marginOfError, 49.2377074274915, relative: 1e-12))
    }

    @Test func unanimousPromotersHaveNoMargin() throws {
        let nps = try #require(NPS(answers: [9, 10, 10]))
        #expect(nps.score == 100)
        #expect(nps.marginOfError == 0)
    }

    @Test func outOfRangeAnswersAreIgnored() throws {
        let nps = try #require(NPS(answers: [11, -1, 0, 10]))
        #expect(nps.n == 2)
        #expect(nps.score == 0)
        #expect(NPS(answers: [12]) == nil)
        #expect(NPS(answers: []) == nil)
    }
}
