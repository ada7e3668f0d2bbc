import Foundation

/// One-sided tests of "is this part of the programme below the rest?": a segment value's runs
/// against every other run of the scenario in the period. One-sided because the league table
/// only ever flags a value as *below*; a value above the rest gets p near 1, never a flag.
///
/// p = P(T ≤ t) from the two-sided tests (`WelchTest`, `TwoProportionTest`): half their p when
/// the part is lower, 1 − half when it is not. Matches scipy's `ttest_ind(part, rest,
/// equal_var=False, alternative="less")`, `norm.cdf(z)` of the N − 1 two-proportion z, and
/// `fisher_exact(…, alternative="less")` where the expected counts are too small for the z.
public enum BelowRestTest {
    /// Welch's test of the part's mean against the rest's; nil unless each has n ≥ 2.
    /// Two constant samples whose means differ only by rounding (the rest's mean is derived by
    /// subtraction) count as equal: p = 0.5, not the 0 of "every value differs".
    public static func mean(_ part: SampleSummary, rest: SampleSummary) -> (p: Double, difference: Double)? {
        guard part.n >= 2, rest.n >= 2 else { return nil }
        var rest = rest
        if part.m2 == 0, rest.m2 == 0, abs(part.mean - rest.mean) <= 1e-9 * max(1, abs(part.mean)) {
            rest = SampleSummary(n: rest.n, mean: part.mean, m2: 0)
        }
        guard let test = WelchTest(part, rest) else { return nil }
        return (oneSided(twoSided: test.p, lower: test.meanDifference < 0), test.meanDifference)
    }

    /// The part's rate against the rest's; nil when either is empty. The N − 1 two-proportion test
    /// when every expected count of the 2 × 2 table is at least 1, else Fisher's exact test
    /// (one-sided, the hypergeometric lower tail), as Campbell (2007) recommends: with 6 runs at a 90%
    /// rate (0.6 failures expected) the normal approximation gives p = 0.0035 for 3 of 6 where Fisher's
    /// gives 0.031, and in a chain of 20 such locations one would be flagged at random.
    public static func proportion(successes: Int, of n: Int, restSuccesses: Int, of restN: Int)
        -> (p: Double, difference: Double)? {
        guard let test = TwoProportionTest(successes1: successes, of: n, successes2: restSuccesses, of: restN) else {
            return nil
        }
        let total = Double(n + restN), pooled = Double(successes + restSuccesses) / total
        let smallest = min(Double(n), Double(restN)) * min(pooled, 1 - pooled)
        if smallest < 1, pooled > 0, pooled < 1 {
            return (fisherLower(successes: successes, of: n, restSuccesses: restSuccesses, of: restN), test.difference)
        }
        return (oneSided(twoSided: test.p, lower: test.z < 0), test.difference)
    }

    /// Fisher's exact test, one-sided: P(X ≤ x) for X the part's successes when the part's n runs are
    /// drawn from all runs without regard to their value (hypergeometric). scipy:
    /// `fisher_exact([[x, n − x], [y, m − y]], alternative="less")`.
    public static func fisherLower(successes x: Int, of n: Int, restSuccesses y: Int, of m: Int) -> Double {
        let total = n + m, k = x + y
        func logChoose(_ a: Int, _ b: Int) -> Double {
            lgamma(Double(a) + 1) - lgamma(Double(b) + 1) - lgamma(Double(a - b) + 1)
        }
        let low = max(0, n - (total - k))
        guard x >= low else { return 0 }
        let logAll = logChoose(total, n)
        var sum = 0.0
        for i in low...x {
            sum += exp(logChoose(k, i) + logChoose(total - k, n - i) - logAll)
        }
        return min(1, max(0, sum))
    }

    /// P(statistic ≤ observed) from a symmetric two-sided p.
    static func oneSided(twoSided p: Double, lower: Bool) -> Double {
        min(1, max(0, lower ? p / 2 : 1 - p / 2))
    }
}
