/// Customer satisfaction: the share of 4–5 answers among 1–5 answers, as a fraction 0…1,
/// with the adjusted-Wald interval of `CompletionRate`.
///
/// Answers outside 1…5 are ignored and not counted in `n`.
public struct CSAT: Sendable, Hashable {
    public let n: Int
    /// Answers of 4 or 5.
    public let satisfied: Int
    /// satisfied/n, a fraction 0…1.
    public let share: Double
    /// Adjusted-Wald 95% interval of the share, fractions 0…1.
    public let low: Double
    public let high: Double

    /// Nil when there is no answer in 1…5.
    public init?(answers: [Int], z: Double = Distributions.z95) {
        let valid = answers.filter { (1...5).contains($0) }
        guard let rate = CompletionRate(successes: valid.count { $0 >= 4 }, of: valid.count, z: z)
        else { return nil }
        n = rate.n
        satisfied = rate.successes
        share = rate.rate
        low = rate.low
        high = rate.high
    }
}
