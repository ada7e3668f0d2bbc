import Testing
import Reports

struct CompletionRateTests {
    @Test func fourOfFiveMatchesSauroAndLewis() throws {
        // Sauro & Lewis, Quantifying the User Experience: 4 of 5 → 36% to 98%.
        let rate = try #require(CompletionRate(successes: 4, of: 5))
        #expect(rate.rate == 0.8)
        #expect(rate.n == 5)
        #expect((rate.low * 100).rounded() == 36)
        #expect((rate.high * 100).rounded() == 98)
        // Hand computation in Python with z = 1.95996:
        // p = (4 + z²/2)/(5 + z²); p ∓ z·sqrt(p(1−p)/(5 + z²))
        #expect(isClose(rate.low, 0.35963187982101685, relative: 1e-12))
        #expect(isClose(rate.high, 0.9796792407273912, relative: 1e-12))
    }

    @Test func allSuccessesClipsHighToOne() throws {
        let rate = try #require(CompletionRate(successes: 10, of: 10))
        #expect(rate.rate == 1)
        #expect(rate.high == 1)
        // Same Python hand computation: low = 0.6791135937575139
        #expect(isClose(rate.low, 0.6791135937575139, relative: 1e-12))
    }

    @Test func noSuccessesClipsLowToZero() throws {
        let rate = try #require(CompletionRate(successes: 0, of: 10))
        #expect(rate.rate == 0)
        #expect(rate.low == 0)
        // Same Python hand computation: high = 0.32088640624248593
        #expect(isClose(rate.high, 0.32088640624248593, relative: 1e-12))
    }

    @Test func sevenOfTwelve() throws {
        let rate = try #require(CompletionRate(successes: 7, of: 12))
        // Same Python hand computation.
        #expect(isClose(rate.low, 0.3188776979407243, relative: 1e-12))
        #expect(isClose(rate.high, 0.80737342542902, relative: 1e-12))
    }

    @Test func noTrialsGivesNil() {
        #expect(CompletionRate(successes: 0, of: 0) == nil)
    }
}
