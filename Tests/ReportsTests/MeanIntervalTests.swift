import Testing
import Reports

struct MeanIntervalTests {
    @Test func matchesScipyTInterval() throws {
        let interval = try #require(MeanInterval([3.2, 4.1, 5.0, 2.7, 3.9]))
        #expect(interval.n == 5)
        // np.mean = 3.78, np.std(ddof=1) = 0.8814760348415605
        #expect(isClose(interval.mean, 3.78, relative: 1e-12))
        #expect(isClose(interval.sd, 0.8814760348415605, relative: 1e-12))
        // scipy.stats.t.interval(0.95, 4, loc=3.78, scale=scipy.stats.sem(values))
        #expect(isClose(interval.low, 2.6855029422578274))
        #expect(isClose(interval.high, 4.874497057742172))
    }

    @Test func intervalIsClippedToTheScaleAndTheMeanKept() throws {
        // scipy.stats.t.interval(0.95, 3, loc=3, scale=sem([0, 1, 2, 9])) = (-3.4961…, 9.4961…)
        let unclipped = try #require(MeanInterval([0, 1, 2, 9]))
        #expect(isClose(unclipped.low, -3.496141318125554))
        let score = try #require(MeanInterval([0, 1, 2, 9], scale: 0...10))
        #expect(score.mean == 3)
        #expect(score.sd == unclipped.sd)
        #expect(score.low == 0)
        #expect(isClose(score.high, 9.496141318125554))
        // (-5.6053…, 11.6053…) on a 1–7 scale: both ends clipped.
        let seq = try #require(MeanInterval([1, 1, 7], scale: 1...7))
        #expect(seq.mean == 3)
        #expect(seq.low == 1 && seq.high == 7)
        #expect(MeanInterval([7], scale: 1...7)?.low == nil)
    }

    @Test func singleValueHasNoSpread() throws {
        let interval = try #require(MeanInterval([7]))
        #expect(interval.mean == 7)
        #expect(interval.sd == nil)
        #expect(interval.low == nil)
        #expect(interval.high == nil)
    }

    @Test func nonFiniteValuesAreIgnored() throws {
        let interval = try #require(MeanInterval([1, .nan, 3]))
        #expect(interval.n == 2)
        #expect(interval.mean == 2)
        #expect(MeanInterval([]) == nil)
    }

    @Test func largeOffsetKeepsVarianceAccurate() throws {
        // Variance of [1e9 + 1, 1e9 + 2, 1e9 + 3] is exactly 1.
        let interval = try #require(MeanInterval([1e9 + 1, 1e9 + 2, 1e9 + 3]))
        #expect(isClose(interval.sd, 1, relative: 1e-9))
    }
}
