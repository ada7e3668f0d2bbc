/// Customer effort score: the mean of the effort answers, with a t interval.
///
/// The scale (commonly 1–7) is not enforced here; answers are taken as given.
public struct CES: Sendable, Hashable {
    public let n: Int
    public let mean: Double
    /// 95% t interval of the mean; nil when n = 1.
    public let low: Double?
    public let high: Double?

    /// Nil when there are no answers.
    public init?(answers: [Int]) {
        guard let interval = MeanInterval(answers.map(Double.init)) else { return nil }
        n = interval.n
        mean = interval.mean
        low = interval.low
        high = interval.high
    }
}
