/// n, mean and Σ(x − mean)² of a sample, so that a part can be taken out of a whole without
/// visiting the values again: "the rest of the programme" is the period's summary minus a
/// segment value's (Chan, Golub & LeVeque 1979, the pairwise update run backwards).
public struct SampleSummary: Sendable, Hashable {
    public let n: Int
    public let mean: Double
    /// Σ(x − mean)².
    public let m2: Double

    /// The finite values' summary (two passes, as `SampleMoments`); n 0 when there are none.
    public init(_ values: [Double]) {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else {
            self.init(n: 0, mean: 0, m2: 0)
            return
        }
        let moments = SampleMoments(finite)
        self.init(n: finite.count, mean: moments.mean, m2: moments.variance * Double(finite.count - 1))
    }

    public init(n: Int, mean: Double, m2: Double) {
        self.n = n
        self.mean = mean
        self.m2 = max(0, m2)
    }

    /// Sample variance (n − 1 denominator); 0 below two values.
    public var variance: Double { n > 1 ? m2 / Double(n - 1) : 0 }

    /// The whole without `part` (whose values are among this summary's): n, mean and Σ(x − mean)²
    /// of the other values. With δ = mean(part) − mean(rest) and N = n(part) + n(rest):
    /// Σ(whole) = Σ(part) + Σ(rest) + δ²·n(part)·n(rest)/N, solved for Σ(rest). n 0 when nothing is left.
    public func removing(_ part: SampleSummary) -> SampleSummary {
        let restN = n - part.n
        guard restN > 0 else { return SampleSummary(n: 0, mean: 0, m2: 0) }
        guard part.n > 0 else { return self }
        let restMean = (Double(n) * mean - Double(part.n) * part.mean) / Double(restN)
        let delta = part.mean - restMean
        let m2 = self.m2 - part.m2 - delta * delta * Double(part.n) * Double(restN) / Double(n)
        // Rounding can leave a tiny negative (or a tiny positive where the rest is constant).
        let floor = 1e-12 * max(1, self.m2)
        return SampleSummary(n: restN, mean: restMean, m2: m2 < floor ? 0 : m2)
    }
}

extension WelchTest {
    /// Welch's test from the two samples' summaries (each needs n ≥ 2, else nil), as `init(_:_:)`.
    public init?(_ a: SampleSummary, _ b: SampleSummary) {
        guard a.n >= 2, b.n >= 2 else { return nil }
        self.init(meanA: a.mean, varianceA: a.variance, nA: a.n, meanB: b.mean, varianceB: b.variance, nB: b.n)
    }
}
