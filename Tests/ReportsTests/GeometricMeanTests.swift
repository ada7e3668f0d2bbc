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

    @Test func timesUnderOneSecondAreLeftOutNotFloored() throws {
        // A 0 among real times: the old 0.1 s floor gave 0.84 s with an interval up to 85 s for
        // [0, 2, 3]; a recorded 0 is not a measurement, so only 2 and 3 remain.
        let geo = try #require(GeometricMean(seconds: [0.0, 2.0, 3.0]))
        #expect(geo.n == 2)
        // l = np.log([2, 3]); exp(l.mean() ∓ t.ppf(0.975, 1)·l.std(ddof=1)/√2)
        #expect(isClose(geo.value, 2.449489742783178, relative: 1e-12))
        #expect(isClose(geo.low, 0.1863587678194832))
        #expect(isClose(geo.high, 32.19596303519195))
        #expect(geo.median == 2.5)
        #expect(try #require(GeometricMean(seconds: [-5.0, 0.5, 2.0, 3.0])) == geo)
        #expect(minimumStepSeconds == 1)
        #expect(untimedCount([0, -5, 0.99, 1, 300, .nan]) == 3)
    }

    @Test func aZeroAmongMinutesNoLongerGivesAnAbsurdInterval() throws {
        let geo = try #require(GeometricMean(seconds: [300, 0, 320, 280]))
        #expect(geo.n == 3)
        // Same computation on [300, 320, 280]
        #expect(isClose(geo.value, 299.5548954887402, relative: 1e-12))
        #expect(isClose(geo.low, 253.76578884283524))
        #expect(isClose(geo.high, 353.60611775310855))
        #expect(geo.median == 300)
    }

    @Test func onlyUntimedValuesGiveNil() {
        #expect(GeometricMean(seconds: [0, 0.4]) == nil)
        #expect(GeometricMean(seconds: [1]) != nil)
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
