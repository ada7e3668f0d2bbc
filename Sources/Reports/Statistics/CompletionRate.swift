/// A completion rate x/n with its adjusted-Wald (Agresti–Coull) confidence interval.
///
/// Interval: p′ = (x + z²/2)/(n + z²), p′ ± z·√(p′(1 − p′)/(n + z²)), clipped to [0, 1].
/// The reported `rate` is the plain x/n, which always lies inside the interval.
/// Sauro & Lewis, *Quantifying the User Experience* (2nd ed.), ch. 3; Agresti & Coull 1998.
public struct CompletionRate: Sendable, Hashable {
    /// Successes.
    public let successes: Int
    /// Trials.
    public let n: Int
    /// x/n as a fraction 0…1.
    public let rate: Double
    /// Lower bound of the interval, a fraction 0…1.
    public let low: Double
    /// Upper bound of the interval, a fraction 0…1.
    public let high: Double

    /// Nil when `n` is 0. `successes` must be within 0…n.
    public init?(successes: Int, of n: Int, z: Double = Distributions.z95) {
        precondition(n >= 0 && successes >= 0 && successes <= n,
                     "successes must lie within 0...n")
        guard n > 0 else { return nil }
        let interval = adjustedWaldInterval(successes: successes, n: n, z: z)
        self.successes = successes
        self.n = n
        self.rate = Double(successes) / Double(n)
        self.low = interval.low
        self.high = interval.high
    }
}

/// The adjusted-Wald interval for x of n (n > 0), clipped to [0, 1].
func adjustedWaldInterval(successes: Int, n: Int, z: Double) -> (low: Double, high: Double) {
    let z2 = z * z
    let adjustedN = Double(n) + z2
    let adjusted = (Double(successes) + z2 / 2) / adjustedN
    let margin = z * (adjusted * (1 - adjusted) / adjustedN).squareRoot()
    return (max(0, adjusted - margin), min(1, adjusted + margin))
}
