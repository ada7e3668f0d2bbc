/// Customer effort score: the mean of the effort answers, with a t interval.
///
/// The scale (commonly 1–7) is not enforced on the answers; given one, the interval is
/// clipped to it.
public struct CES: Sendable, Hashable {
    public let n: Int
    public let mean: Double
    /// 95% t interval of the mean; nil when n = 1.
    public let low: Double?
    public let high: Double?

    /// Nil when there are no answers. `scale` clips the interval as in `MeanInterval`.
    public init?(answers: [Int], scale: ClosedRange<Double>? = nil) {
        // Like NPS and CSAT: answers outside the scale are not counted (readers reject them first).
        let valid = scale.map { s in answers.filter { s.contains(Double($0)) } } ?? answers
        guard let interval = MeanInterval(valid.map(Double.init), scale: scale) else { return nil }
        n = interval.n
        mean = interval.mean
        low = interval.low
        high = interval.high
    }
}
