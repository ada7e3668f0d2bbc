/// Mean and sample variance (n − 1 denominator) by two passes, for accuracy when the
/// values are large relative to their spread. Callers ensure `values` is not empty.
struct SampleMoments: Sendable {
    let count: Int
    let mean: Double
    /// Sample variance; 0 when there is a single value.
    let variance: Double

    init(_ values: [Double]) {
        precondition(!values.isEmpty, "SampleMoments needs at least one value")
        count = values.count
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        self.mean = mean
        if values.count < 2 {
            variance = 0
        } else {
            var squares = 0.0
            var residual = 0.0
            for value in values {
                let deviation = value - mean
                squares += deviation * deviation
                residual += deviation
            }
            // Corrected two-pass formula (Chan, Golub & LeVeque 1983).
            variance = max(0, (squares - residual * residual / n) / (n - 1))
        }
    }

    var standardDeviation: Double { variance.squareRoot() }
}

/// The median of a non-empty array (mean of the two middle values for even counts).
func median(_ values: [Double]) -> Double {
    precondition(!values.isEmpty, "median needs at least one value")
    let sorted = values.sorted()
    let middle = sorted.count / 2
    if sorted.count % 2 == 1 { return sorted[middle] }
    return (sorted[middle - 1] + sorted[middle]) / 2
}
