/// Welch's unequal-variance t-test of two samples, two-sided.
///
/// t = (mean a − mean b)/√(s²a/na + s²b/nb), with the Welch–Satterthwaite df
/// (s²a/na + s²b/nb)² / ((s²a/na)²/(na − 1) + (s²b/nb)²/(nb − 1)). Matches
/// `scipy.stats.ttest_ind(a, b, equal_var=False)`.
///
/// Both variances zero (scipy returns NaN): equal means give t = 0, p = 1; different
/// means give t = ±∞, p = 0 (every value of one sample differs from every value of the
/// other by the same amount). df is then na + nb − 2. Non-finite values are ignored.
public struct WelchTest: Sendable, Hashable {
    public let t: Double
    public let df: Double
    /// Two-sided p-value.
    public let p: Double
    /// mean a − mean b.
    public let meanDifference: Double

    /// Nil unless each sample has at least two finite values.
    public init?(_ a: [Double], _ b: [Double]) {
        let a = a.filter(\.isFinite)
        let b = b.filter(\.isFinite)
        guard a.count >= 2, b.count >= 2 else { return nil }
        let ma = SampleMoments(a)
        let mb = SampleMoments(b)
        self.init(meanA: ma.mean, varianceA: ma.variance, nA: a.count, meanB: mb.mean, varianceB: mb.variance, nB: b.count)
    }

    /// The test from each sample's mean, sample variance and size (at least 2 each).
    init(meanA: Double, varianceA: Double, nA: Int, meanB: Double, varianceB: Double, nB: Int) {
        let va = varianceA / Double(nA)
        let vb = varianceB / Double(nB)
        meanDifference = meanA - meanB
        let se2 = va + vb
        // Constant samples: a spread or difference at rounding level is none (the means of 30
        // and of 28 copies of ln 90 differ in the last bit, which is no evidence of a change).
        let rounding = 1e-12 * max(1, abs(meanA), abs(meanB))
        if se2.squareRoot() <= rounding {
            df = Double(nA + nB - 2)
            if abs(meanDifference) <= rounding {
                t = 0
                p = 1
            } else {
                t = meanDifference > 0 ? .infinity : -.infinity
                p = 0
            }
            return
        }
        t = meanDifference / se2.squareRoot()
        df = se2 * se2 / (va * va / Double(nA - 1) + vb * vb / Double(nB - 1))
        p = Distributions.studentTTwoSidedP(t, df: df)
    }

    /// Welch's test on ln seconds of the measured times (at least `minimumStepSeconds`; shorter
    /// ones are left out, as in `GeometricMean`). A positive t means `a` is slower.
    public static func onLogSeconds(_ a: [Double], _ b: [Double]) -> WelchTest? {
        WelchTest(measuredLogSeconds(a), measuredLogSeconds(b))
    }
}
