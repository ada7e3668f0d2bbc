import Reports
import Testing

/// References: `reference/issue9_testers_reference.py` (the `ttest` lines: scipy.stats.ttest_1samp
/// and stats.t.interval; the `stratified` line: the formula with the others' term).
@Suite struct DifferenceFromOthersTests {
    @Test func withoutTheOthersTermItIsScipysOneSampleTTest() throws {
        let a = try #require(DifferenceFromOthers(differences: [1.5, 0.5, 2.0, 1.0, -0.5, 1.25], strata: []))
        #expect(a.n == 6)
        #expect(isClose(a.t, 2.69194638551, relative: 1e-9))
        #expect(isClose(a.p, 0.0431979835338, relative: 1e-9))
        #expect(isClose(a.low, 0.0432057986949, relative: 1e-9))
        #expect(isClose(a.high, 1.87346086797, relative: 1e-9))
        let b = try #require(DifferenceFromOthers(differences: [0.1, -0.2, 0.05, 0.0], strata: []))
        #expect(isClose(b.t, -0.190117275157, relative: 1e-9))
        #expect(isClose(b.p, 0.861354309247, relative: 1e-9))
        #expect(isClose(b.low, -0.221742315214, relative: 1e-9))
        #expect(isClose(b.high, 0.196742315214, relative: 1e-9))
        let c = try #require(DifferenceFromOthers(differences: [3.0, 3.5], strata: []))
        #expect(isClose(c.t, 13, relative: 1e-9))
        #expect(isClose(c.p, 0.0488745039444, relative: 1e-9))
        // Others with no spread add nothing.
        let d = try #require(DifferenceFromOthers(differences: [3.0, 3.5], strata: [.init(runs: 2, othersVariance: 0, othersCount: 5)]))
        #expect(isClose(d.p, 0.0488745039444, relative: 1e-9))
    }

    @Test func theOthersTermWidensTheIntervalAsTheFormulaSays() throws {
        // Periods: 2 runs against 10 others of variance 0.8; 3 runs against one other run (s²
        // stands in); 1 run against 4 others of variance 0.3.
        let d = try #require(DifferenceFromOthers(differences: [1.5, 0.5, 2.0, 1.0, -0.5, 1.25], strata: [
            .init(runs: 2, othersVariance: 0.8, othersCount: 10),
            .init(runs: 3, othersVariance: nil, othersCount: 1),
            .init(runs: 1, othersVariance: 0.3, othersCount: 4),
        ]))
        #expect(isClose(d.mean, 0.958333333333, relative: 1e-9))
        #expect(isClose(d.low, -0.513451046193, relative: 1e-9))
        #expect(isClose(d.high, 2.43011771286, relative: 1e-9))
        #expect(isClose(d.p, 0.155025415424, relative: 1e-9))
    }

    @Test func oneRunOrNoSpreadIsNotTested() throws {
        #expect(DifferenceFromOthers(differences: [], strata: []) == nil)
        #expect(DifferenceFromOthers(differences: [.nan], strata: []) == nil)
        let one = try #require(DifferenceFromOthers(differences: [2.5], strata: [.init(runs: 1, othersVariance: 1, othersCount: 3)]))
        #expect(one.low == nil && one.high == nil && one.p == nil)
        #expect(DifferenceFromOthers(differences: [2, 2, 2], strata: [])?.p == nil)
        // A rounding-level spread is no spread (the mean of three 0.1s is not 0.1 exactly).
        #expect(DifferenceFromOthers(differences: [0.1, 0.1, 0.1], strata: [])?.p == nil)
        // Two runs at exactly +1 against others who vary: tested, the others' spread decides.
        let two = try #require(DifferenceFromOthers(differences: [1, 1], strata: [.init(runs: 2, othersVariance: 1, othersCount: 4)]))
        #expect(two.p != nil)
        #expect(DifferenceFromOthers(differences: [.nan, 3.0, .infinity, 3.5], strata: [])?.n == 2)
    }
}
