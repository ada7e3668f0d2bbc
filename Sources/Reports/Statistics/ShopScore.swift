/// The mean shop score of a period's runs with a 95% t interval clipped to 0…1.
///
/// A run's shop score is Σ weight of checklist items answered yes ÷ Σ weight answered yes or
/// no, over every attempted step (n/a in neither sum); runs with nothing scored have none and
/// are not counted. The interval is `MeanInterval`'s mean ± t₀.₉₇₅,ₙ₋₁·sd/√n on the per-run
/// scores, clipped to the 0…1 a mean of shares can take.
public struct ShopScore: Sendable, Hashable {
    public let n: Int
    public let mean: Double
    /// nil when n = 1.
    public let low: Double?
    public let high: Double?

    /// Nil without a score.
    public init?(_ scores: [Double]) {
        guard let interval = MeanInterval(scores, scale: 0...1) else { return nil }
        n = interval.n
        mean = interval.mean
        low = interval.low
        high = interval.high
    }
}
