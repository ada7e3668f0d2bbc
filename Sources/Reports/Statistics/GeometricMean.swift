import Foundation

/// Geometric mean of step times with a 95% confidence interval on the log scale, and the
/// median.
///
/// With lᵢ = ln(secondsᵢ) over the measured times: geomean = exp(mean l), interval
/// exp(mean l ± t₀.₉₇₅,ₙ₋₁ · sd(l)/√n). Sauro & Lewis recommend the geometric mean for
/// task times of small samples (ch. 3). Times below `minimumStepSeconds` (1 s; including 0
/// and negatives) were recorded, not timed: they are left out and not counted in `n`, and
/// so are non-finite values (see `untimedCount`).
public struct GeometricMean: Sendable, Hashable {
    /// Measured times used.
    public let n: Int
    /// exp(mean of ln seconds).
    public let value: Double
    /// Lower bound of the 95% interval; nil when n = 1 (no spread to estimate).
    public let low: Double?
    /// Upper bound of the 95% interval; nil when n = 1.
    public let high: Double?
    /// Median of the measured times.
    public let median: Double

    /// Nil when there is no measured time.
    public init?(seconds: [Double], confidence: Double = 0.95) {
        let measured = seconds.filter(isMeasuredTime)
        guard !measured.isEmpty else { return nil }
        let logs = measured.map { log($0) }
        let moments = SampleMoments(logs)
        n = logs.count
        value = exp(moments.mean)
        median = Reports.median(measured)
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
