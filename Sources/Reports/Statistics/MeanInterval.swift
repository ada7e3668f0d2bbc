/// Arithmetic mean with a Student t confidence interval: mean ± t₀.₉₇₅,ₙ₋₁ · sd/√n, the
/// interval clipped to the answer scale when one is given.
///
/// Non-finite values are ignored and not counted in `n`.
public struct MeanInterval: Sendable, Hashable {
    /// Values used.
    public let n: Int
    public let mean: Double
    /// Sample standard deviation (n − 1 denominator); nil when n = 1.
    public let sd: Double?
    /// Lower bound of the interval, never below the scale's lowest value; nil when n = 1.
    public let low: Double?
    /// Upper bound of the interval, never above the scale's highest value; nil when n = 1.
    public let high: Double?

    /// Nil when there is no finite value. `scale` is the range answers can take (0…10 for a
    /// step score, 1…7 for SEQ and CES, a scale question's own range): the t interval is
    /// symmetric and at small n can reach past it (a mean score of 3 with "−3.5 to 9.5"),
    /// which no mean of such answers can be, so `low` and `high` are clipped to it. The
    /// mean and sd are left as computed.
    public init?(_ values: [Double], scale: ClosedRange<Double>? = nil, confidence: Double = 0.95) {
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
            let (lower, upper) = (moments.mean - margin, moments.mean + margin)
            low = scale.map { max($0.lowerBound, lower) } ?? lower
            high = scale.map { min($0.upperBound, upper) } ?? upper
        } else {
            sd = nil
            low = nil
            high = nil
        }
    }
}
