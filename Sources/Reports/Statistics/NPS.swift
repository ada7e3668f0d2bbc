/// Net Promoter Score from 0–10 answers, with its margin of error.
///
/// Promoters answer 9–10, detractors 0–6. With P and D their shares of n,
/// score = 100·(P − D) and margin = 100·z·√((P + D − (P − D)²)/n): the normal
/// interval for the mean of per-answer scores +1/0/−1, whose variance is P + D − (P − D)².
/// Answers outside 0…10 are ignored and not counted in `n` (run readers reject them first).
public struct NPS: Sendable, Hashable {
    public let n: Int
    public let promoters: Int
    public let passives: Int
    public let detractors: Int
    /// −100…100.
    public let score: Double
    /// Half-width of the interval, in score points, as the formula gives it; 0 when all
    /// answers agree. It can pass the scale's ends (+0 ± 139 at n = 2): use `low`/`high`
    /// to show the interval.
    public let marginOfError: Double
    /// score ∓ marginOfError clipped to −100…100, the only values an NPS can take.
    public let low: Double
    public let high: Double

    /// Below this many answers the normal margin is not to be trusted (two promoters give
    /// +100 ± 0); renderers mark such scores (`n<10`).
    public static let smallSample = 10

    /// Fewer than `smallSample` answers.
    public var isSmallSample: Bool { n < Self.smallSample }

    /// The three groups of answers.
    public enum Group: String, Sendable, Hashable {
        case promoters, passives, detractors
    }

    /// The group every answer falls in, or nil when they fall in two or three. The margin is
    /// then 0 at any n: the sample shows no spread to estimate, which is not certainty, so
    /// renderers say "all 9–10" (or 7–8, 0–6) instead of a zero-width interval.
    public var oneGroup: Group? {
        if promoters == n { return .promoters }
        if passives == n { return .passives }
        if detractors == n { return .detractors }
        return nil
    }

    /// Nil when there is no answer in 0…10.
    public init?(answers: [Int], z: Double = Distributions.z95) {
        let valid = answers.filter { (0...10).contains($0) }
        guard !valid.isEmpty else { return nil }
        n = valid.count
        promoters = valid.count { $0 >= 9 }
        detractors = valid.count { $0 <= 6 }
        passives = n - promoters - detractors
        let p = Double(promoters) / Double(n)
        let d = Double(detractors) / Double(n)
        score = 100 * (p - d)
        let variance = max(0, p + d - (p - d) * (p - d))
        marginOfError = 100 * z * (variance / Double(n)).squareRoot()
        low = max(-100, score - marginOfError)
        high = min(100, score + marginOfError)
    }
}
