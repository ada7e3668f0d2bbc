import Testing
@testable import Reports

/// Reference values from scipy 1.17.1 (`scipy.stats.norm`, `scipy.stats.t`), printed with repr.
struct DistributionsTests {
    @Test(arguments: [
        (-1.96, 0.024997895148220435),  // scipy.stats.norm.cdf(-1.96)
        (0.0, 0.5),  // scipy.stats.norm.cdf(0)
        (1.0, 0.8413447460685429),  // scipy.stats.norm.cdf(1)
        (3.0, 0.9986501019683699),  // scipy.stats.norm.cdf(3)
        (-8.0, 6.22096057427174e-16),  // scipy.stats.norm.cdf(-8)
    ])
    func normalCDFMatchesScipy(z: Double, expected: Double) {
        #expect(isClose(Distributions.normalCDF(z), expected, relative: 1e-9))
    }

    @Test(arguments: [
        (0.975, 1.959963984540054),  // scipy.stats.norm.ppf(0.975)
        (0.001, -3.090232306167813),  // scipy.stats.norm.ppf(0.001)
        (1e-10, -6.361340902404056),  // scipy.stats.norm.ppf(1e-10)
        (0.9, 1.2815515655446004),  // scipy.stats.norm.ppf(0.9)
        (0.02425, -1.972961051311885),  // scipy.stats.norm.ppf(0.02425), Acklam's region seam
        (0.3, -0.5244005127080409),  // scipy.stats.norm.ppf(0.3)
    ])
    func normalQuantileMatchesScipy(p: Double, expected: Double) {
        #expect(isClose(Distributions.normalQuantile(p), expected, relative: 1e-12))
    }

    @Test func normalQuantileEdges() {
        #expect(Distributions.normalQuantile(0.5) == 0)
        #expect(Distributions.normalQuantile(0) == -.infinity)
        #expect(Distributions.normalQuantile(1) == .infinity)
        #expect(Distributions.normalQuantile(1.5).isNaN)
    }

    @Test func normalTwoSidedPOfCriticalValueIsFivePercent() {
        // 2·scipy.stats.norm.sf(1.959963984540054) = 0.05
        #expect(isClose(Distributions.normalTwoSidedP(1.959963984540054), 0.05, relative: 1e-12))
        #expect(isClose(Distributions.normalTwoSidedP(-1.959963984540054), 0.05, relative: 1e-12))
    }

    @Test(arguments: [
        (1.0, 12.706204736174694),  // scipy.stats.t.ppf(0.975, 1)
        (2.0, 4.302652729749462),  // scipy.stats.t.ppf(0.975, 2)
        (5.0, 2.5705818356363146),  // scipy.stats.t.ppf(0.975, 5)
        (30.0, 2.0422724563012378),  // scipy.stats.t.ppf(0.975, 30)
        (1000.0, 1.9623390808264083),  // scipy.stats.t.ppf(0.975, 1000)
        (2.5, 3.5746548420036817),  // scipy.stats.t.ppf(0.975, 2.5): fractional df
        (1e6, 1.959966356814107),  // scipy.stats.t.ppf(0.975, 1e6)
    ])
    func studentTQuantile975MatchesScipy(df: Double, expected: Double) {
        #expect(isClose(Distributions.studentTQuantile(0.975, df: df), expected))
        #expect(isClose(Distributions.studentTQuantile(0.025, df: df), -expected))
    }

    @Test func studentTQuantileOtherLevelsMatchScipy() {
        // scipy.stats.t.ppf(0.9, 1) = 3.0776835371752544
        #expect(isClose(Distributions.studentTQuantile(0.9, df: 1), 3.0776835371752544))
        // scipy.stats.t.ppf(0.001, 3) = -10.214531852407385
        #expect(isClose(Distributions.studentTQuantile(0.001, df: 3), -10.214531852407385))
        // scipy.stats.t.ppf(0.9999, 1) = 3183.098757118502
        #expect(isClose(Distributions.studentTQuantile(0.9999, df: 1), 3183.098757118502))
        // scipy.stats.t.ppf(0.6, 7) = 0.2631668613520229
        #expect(isClose(Distributions.studentTQuantile(0.6, df: 7), 0.2631668613520229))
        #expect(Distributions.studentTQuantile(0.5, df: 4) == 0)
        #expect(Distributions.studentTQuantile(1, df: 4) == .infinity)
        #expect(Distributions.studentTQuantile(0.5, df: 0).isNaN)
    }

    @Test(arguments: [
        (1.0, 0.8524163823495667),  // scipy.stats.t.cdf(2.0, 1)
        (2.0, 0.908248290463863),  // scipy.stats.t.cdf(2.0, 2)
        (5.0, 0.9490302605850708),  // scipy.stats.t.cdf(2.0, 5)
        (30.0, 0.9726874775185085),  // scipy.stats.t.cdf(2.0, 30)
        (1000.0, 0.9771148267533741),  // scipy.stats.t.cdf(2.0, 1000)
    ])
    func studentTCDFAtTwoMatchesScipy(df: Double, expected: Double) {
        #expect(isClose(Distributions.studentTCDF(2.0, df: df), expected))
        #expect(isClose(Distributions.studentTCDF(-2.0, df: df), 1 - expected))
    }

    @Test func studentTCDFTailsMatchScipy() {
        // scipy.stats.t.cdf(-3.5, 3.7) = 0.014125493447094186
        #expect(isClose(Distributions.studentTCDF(-3.5, df: 3.7), 0.014125493447094186))
        // scipy.stats.t.cdf(0.1, 2.5) = 0.5360967279687552
        #expect(isClose(Distributions.studentTCDF(0.1, df: 2.5), 0.5360967279687552))
        // scipy.stats.t.sf(10, 5) = 8.547378787148181e-05, kept precise in the tail
        #expect(isClose(Distributions.studentTUpperTail(10, df: 5), 8.547378787148181e-05))
        // scipy.stats.t.sf(2, 1e6) = 0.02275026692565962
        #expect(isClose(Distributions.studentTUpperTail(2, df: 1e6), 0.02275026692565962))
        // 2·scipy.stats.t.sf(10, 5)
        #expect(isClose(Distributions.studentTTwoSidedP(-10, df: 5), 2 * 8.547378787148181e-05))
        #expect(Distributions.studentTTwoSidedP(0, df: 5) == 1)
        #expect(Distributions.studentTTwoSidedP(.infinity, df: 5) == 0)
    }

    @Test(arguments: [1.0, 1.5, 2.0, 3.0, 7.0, 29.0, 200.0, 5000.0])
    func studentTQuantileInvertsCDF(df: Double) {
        for p in [1e-6, 0.001, 0.025, 0.2, 0.45, 0.55, 0.8, 0.975, 0.999] {
            let t = Distributions.studentTQuantile(p, df: df)
            #expect(isClose(Distributions.studentTCDF(t, df: df), p, relative: 1e-9),
                    "df \(df), p \(p)")
        }
    }
}
