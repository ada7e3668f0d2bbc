/// What one period holds of a metric, for its change test: the test follows the sample's shape,
/// not the metric's name.
enum MetricSample {
    /// x of n: the N − 1 two-proportion test.
    case proportion(successes: Int, n: Int)
    /// Values (scores, compliance, shop scores, effort): Welch's t-test.
    case values([Double])
    /// Seconds: Welch's t-test on ln seconds of the measured times.
    case seconds([Double])
    /// NPS answers 0–10: the z test of the NPS difference.
    case nps([Int])
    /// A wait step's responses, unanswered ones censored: the log-rank test; shown as the
    /// Kaplan–Meier median (nil when fewer than half were answered).
    case responses([KaplanMeier.Observation])

    /// The value a report shows for the sample: the rate, mean, geometric mean seconds or NPS.
    var shown: Double? {
        switch self {
        case .proportion(let x, let n): n > 0 ? Double(x) / Double(n) : nil
        case .values(let v): MeanInterval(v)?.mean
        case .seconds(let s): GeometricMean(seconds: s)?.value
        case .nps(let a): NPS(answers: a)?.score
        case .responses(let o): KaplanMeier(o).median
        }
    }

    /// The test of `current` against `baseline`: two-sided p and current − baseline on the
    /// tested scale; nil when either sample is too small to test or the shapes differ.
    static func test(current: MetricSample, baseline: MetricSample) -> (p: Double, difference: Double)? {
        switch (current, baseline) {
        case let (.proportion(x1, n1), .proportion(x2, n2)):
            guard let t = TwoProportionTest(successes1: x1, of: n1, successes2: x2, of: n2) else { return nil }
            return (t.p, t.difference)
        case let (.values(a), .values(b)):
            guard let t = WelchTest(a, b) else { return nil }
            return (t.p, t.meanDifference)
        case let (.seconds(a), .seconds(b)):
            guard let t = WelchTest.onLogSeconds(a, b) else { return nil }
            return (t.p, t.meanDifference)
        case let (.nps(a), .nps(b)):
            // Two answers a side at least, as Welch needs: one answer has no spread to test.
            guard let c = NPS(answers: a), let d = NPS(answers: b), c.n >= 2, d.n >= 2 else { return nil }
            let t = NPSDifferenceTest(current: c, baseline: d)
            return (t.p, t.difference)
        case let (.responses(a), .responses(b)):
            // The difference is expected − observed answers of the current period: positive
            // when it was answered later than the two periods together would predict (slower).
            guard let t = KaplanMeier.LogRank(a, b) else { return nil }
            return (t.p, -t.observedMinusExpected)
        default:
            return nil
        }
    }
}
