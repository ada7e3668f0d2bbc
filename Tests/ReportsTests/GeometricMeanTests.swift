import Testing
import Reports

struct GeometricMeanTests {
    @Test func matchesScipyOnLogScale() throws {
        let seconds = [34.0, 51.5, 28.2, 60.1, 45.0, 39.9]
        let geo = try #require(GeometricMean(seconds: seconds))
        #expect(geo.n == 6)
        // scipy.stats.gmean(seconds) = 41.792580658692664
        #expect(isClose(geo.value, 41.792580658692664, relative: 1e-12))
        // l = np.log(seconds); exp(l.mean() ∓ t.ppf(0.975, 5)·l.std(ddof=1)/√6)
        #expect(isClose(geo.low, 31.286749889669462))
        #expect(isClose(geo.high, 55.826182146520964))
        // np.median(seconds) = 42.45
        #expect(isClose(geo.median, 42.45, relative: 1e-12))
    }

    @Test func zeroAndNegativeTimesAreRaisedToTheFloor() throws {
        let geo = try #require(GeometricMean(seconds: [0.0, 2.0, 3.0]))
        #expect(geo.n == 3)
        // Same computation on np.maximum([0, 2, 3], 0.1)
        #expect(isClose(geo.value, 0.8434326653017493, relative: 1e-12))
        #expect(isClose(geo.low, 0.008353024665957262))
        #expect(isClose(geo.high, 85.16419971764657))
        let negative = try #require(GeometricMean(seconds: [-5.0, 2.0, 3.0]))
        #expect(negative == geo)
        #expect(minimumStepSeconds == 0.1)
    }

    @Test func singleValueHasNoInterval() throws {
        let geo = try #require(GeometricMean(seconds: [12.5]))
        #expect(isClose(geo.value, 12.5, relative: 1e-12))
        #expect(geo.median == 12.5)
        #expect(geo.low == nil)
        #expect(geo.high == nil)
    }

    @Test func evenCountMedianAveragesTheMiddlePair() throws {
        let geo = try #require(GeometricMean(seconds: [8, 1, 4, 2]))
        #expect(geo.median == 3)
        // (1·2·4·8)^(1/4) = 64^(1/4) = 2√2
        #expect(isClose(geo.value, 2 * 2.0.squareRoot(), relative: 1e-12))
    }

    @Test func emptyOrNonFiniteGivesNil() {
        #expect(GeometricMean(seconds: []) == nil)
        #expect(GeometricMean(seconds: [.nan, .infinity]) == nil)
    }
}
