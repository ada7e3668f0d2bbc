/// Arithmetic mean with a Student t confidence interval: mean ± t₀.₉₇₅,ₙ₋₁ · sd/√n.
///
/// Non-finite values are ignored and not counted in `n`.
public struct MeanInterval: Sendable, Hashable {
    /// Values used.
    public let n: Int
    public let mean: Double
    /// Sample standard deviation (n − 1 denominator); nil when n = 1.
    public let sd: Double?
    /// Lower bound of the interval; nil when n = 1.
    public let low: Double?
    /// Upper bound of the interval; nil when n = 1.
    public let high: Double?

    /// Nil when there is no finite value.
    public init?(_ values: [Double], confidence: Double = 0.95) {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        let moments = SampleMoments(finite)
        n = finite.count
        mean = moments.mean
        if n >= 2 {
            let sd = moments.standardDeviation
            let t = Distributions.studentTQuantile(1 - (1 - confidence) / 2, df: Double(n - 1))
            let margin = t * sd / Double(n).squareRoot()
            self.sd = sd
            low = mean - margin
            high = mean + margin
        } else {
            sd = nil
            low = nil
            high = nil
        }
    }
}
