import Foundation

/// Geometric mean of step times with a 95% confidence interval on the log scale, and the
/// median.
///
/// With lᵢ = ln(max(secondsᵢ, 0.1)): geomean = exp(mean l), interval
/// exp(mean l ± t₀.₉₇₅,ₙ₋₁ · sd(l)/√n). Sauro & Lewis recommend the geometric mean for
/// task times of small samples (ch. 3). Times below `minimumStepSeconds` (including 0 and
/// negatives) are raised to it; non-finite values are ignored and not counted in `n`.
public struct GeometricMean: Sendable, Hashable {
    /// Values used.
    public let n: Int
    /// exp(mean of ln seconds).
    public let value: Double
    /// Lower bound of the 95% interval; nil when n = 1 (no spread to estimate).
    public let low: Double?
    /// Upper bound of the 95% interval; nil when n = 1.
    public let high: Double?
    /// Median of the (floored) times.
    public let median: Double

    /// Nil when there is no finite value.
    public init?(seconds: [Double], confidence: Double = 0.95) {
        let floored = seconds.filter(\.isFinite).map { max($0, minimumStepSeconds) }
        guard !floored.isEmpty else { return nil }
        let logs = floored.map { log($0) }
        let moments = SampleMoments(logs)
        n = logs.count
        value = exp(moments.mean)
        median = Reports.median(floored)
        if n >= 2 {
            let t = Distributions.studentTQuantile(1 - (1 - confidence) / 2, df: Double(n - 1))
            let margin = t * moments.standardDeviation / Double(n).squareRoot()
            low = exp(moments.mean - margin)
            high = exp(moments.mean + margin)
        } else {
            low = nil
            high = nil
        }
    }
}
