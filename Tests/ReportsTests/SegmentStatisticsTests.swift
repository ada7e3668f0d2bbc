import Testing
import Reports

/// The league tables' statistics against scipy: reference values from
/// `reference/issue9_league_reference.py` (scipy 1.17.1, numpy).
struct SegmentStatisticsTests {
    let part = [0.55, 0.6, 0.7, 0.5, 0.65, 0.62]
    let rest = [0.9, 0.85, 0.95, 0.8, 0.88, 0.92, 0.75, 0.97, 0.86, 0.91]

    @Test func welchBelowMatchesScipyLess() throws {
        // ttest_ind(part, rest, equal_var=False, alternative="less")
        let t = try #require(BelowRestTest.mean(SampleSummary(part), rest: SampleSummary(rest)))
        #expect(isClose(t.p, 7.87953278933909e-06, relative: 1e-5))
        #expect(t.difference < 0)
        let welch = try #require(WelchTest(SampleSummary(part), SampleSummary(rest)))
        #expect(isClose(welch.t, -7.662335905959367))
        #expect(isClose(welch.df, 10.146796664516522))
    }

    @Test func welchBelowIsNearOneForAPartAboveTheRest() throws {
        // ttest_ind(rest, part, equal_var=False, alternative="less")
        let t = try #require(BelowRestTest.mean(SampleSummary(rest), rest: SampleSummary(part)))
        #expect(isClose(t.p, 0.9999921204672106, relative: 1e-9))
    }

    @Test func theRestIsTheWholeWithoutThePart() {
        // numpy on `rest` directly: n, mean, sum of squared deviations.
        let whole = SampleSummary(part + rest)
        #expect(whole.n == 16)
        #expect(isClose(whole.mean, 0.775625, relative: 1e-12))
        #expect(isClose(whole.m2, 0.35079375, relative: 1e-12))
        let taken = whole.removing(SampleSummary(part))
        #expect(taken.n == 10)
        #expect(isClose(taken.mean, 0.8789999999999999, relative: 1e-12))
        #expect(isClose(taken.m2, 0.040489999999999984, relative: 1e-9))
        // The test from the derived rest equals the test from the rest's own values.
        let derived = BelowRestTest.mean(SampleSummary(part), rest: taken)
        let direct = BelowRestTest.mean(SampleSummary(part), rest: SampleSummary(rest))
        #expect(isClose(derived?.p, direct!.p, relative: 1e-8))
    }

    @Test func removingEverythingOrNothing() {
        let whole = SampleSummary(part)
        #expect(whole.removing(whole).n == 0)
        #expect(whole.removing(SampleSummary([])) == whole)
    }

    @Test func twoProportionBelowMatchesTheFormula() throws {
        // z of the N − 1 two-proportion test and norm.cdf(z).
        let cases: [(Int, Int, Int, Int, Double, Double)] = [
            (2, 8, 40, 50, -3.2036530488089467, 0.0006784794729354166),
            (7, 8, 30, 50, 1.4896684091139107, 0.9318442775299588),
        ]
        for (x1, n1, x2, n2, z, p) in cases {
            let t = try #require(BelowRestTest.proportion(successes: x1, of: n1, restSuccesses: x2, of: n2))
            #expect(isClose(t.p, p, relative: 1e-6), "\(x1)/\(n1) vs \(x2)/\(n2)")
            #expect(isClose(TwoProportionTest(successes1: x1, of: n1, successes2: x2, of: n2)?.z, z))
        }
    }

    @Test func smallExpectedCountsUseFishersExactTest() throws {
        // scipy.stats.fisher_exact([[x1, n1 − x1], [x2, n2 − x2]], alternative="less").
        let cases: [(Int, Int, Int, Int, Double)] = [
            (3, 6, 101, 114, 0.030713456830906583),
            (5, 6, 101, 114, 0.5329801201094369),
            (0, 4, 200, 200, 1.4273734340482316e-08),
            (6, 6, 101, 114, 1.0),
        ]
        for (x1, n1, x2, n2, p) in cases {
            let t = try #require(BelowRestTest.proportion(successes: x1, of: n1, restSuccesses: x2, of: n2))
            #expect(isClose(t.p, p, relative: 1e-8), "\(x1)/\(n1) vs \(x2)/\(n2)")
        }
        // The N − 1 z would have said p = 0.0035 for 3 of 6 (norm.cdf of z = −2.6994), ten times too small.
        let z = try #require(TwoProportionTest(successes1: 3, of: 6, successes2: 101, of: 114))
        #expect(isClose(z.z, -2.6994338887696543))
    }

    @Test func constantSamplesThatDifferOnlyByRoundingAreEqual() throws {
        // Both constant at 0.8: the rest's mean derived by subtraction may be 0.8 ± an ulp, which
        // Welch would read as "every value differs" (p = 0).
        let whole = SampleSummary(Array(repeating: 0.8, count: 13))
        let part = SampleSummary(Array(repeating: 0.8, count: 3))
        let t = try #require(BelowRestTest.mean(part, rest: whole.removing(part)))
        #expect(t.p == 0.5)
    }

    @Test func tooSmallSamplesAreNotTested() {
        #expect(BelowRestTest.mean(SampleSummary([0.5]), rest: SampleSummary(rest)) == nil)
        #expect(BelowRestTest.proportion(successes: 0, of: 0, restSuccesses: 3, of: 5) == nil)
    }
}
