import Reports
import Testing

/// Reference values: numpy mean and `scipy.stats.t.interval(0.95, n − 1, loc=mean, scale=sd/√n)`,
/// clipped to 0…1; `reference/issue8_reference.py`.
@Suite struct ShopScoreTests {
    @Test func meanWithATIntervalClippedAtOne() throws {
        let s = try #require(ShopScore([0.9, 0.85, 1.0, 0.7, 0.95]))
        #expect(s.n == 5)
        #expect(isClose(s.mean, 0.88))
        #expect(isClose(s.low, 0.737073740450649, relative: 1e-6))
        #expect(s.high == 1)
    }

    @Test func secondReferenceSet() throws {
        let s = try #require(ShopScore([1.0, 1.0, 0.5]))
        #expect(isClose(s.mean, 0.8333333333333334))
        #expect(isClose(s.low, 0.11622454504175639, relative: 1e-6))
        #expect(s.high == 1)
    }

    @Test func oneRunHasNoInterval() throws {
        let s = try #require(ShopScore([0.5]))
        #expect(s.low == nil && s.high == nil)
        #expect(ShopScore([]) == nil)
    }
}
