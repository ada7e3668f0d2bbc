import Foundation

/// The Kaplan–Meier estimate of "still waiting" over time, for waits some of which never ended:
/// an unanswered wait is not a missing value but a time known to exceed its observation window
/// (right-censored). `1 − survival` is the share answered by a time.
///
/// - Curve: S(t) = ∏ over event times tᵢ ≤ t of (1 − dᵢ/nᵢ), with dᵢ answers at tᵢ and nᵢ waits
///   still open just before tᵢ (a wait censored at tᵢ is still at risk at tᵢ).
/// - Pointwise 95% band: Greenwood's exponential formula, the log-log transform:
///   exp(−exp(log(−log S) ∓ z·√G / log S)) with G = Σ dᵢ/(nᵢ(nᵢ − dᵢ)); 1 where S = 1 and 0
///   where S = 0 (as lifelines' `confidence_interval_` and R's `conf.type = "log-log"`).
/// - Median: the first time at which S is at or below ½; nil when S never gets there (more
///   than half never answered, or not yet). Its 95% interval (Brookmeyer & Crowley 1982, read
///   off the log-log band): from the first time the lower band is at or below ½ to the first
///   time the upper band is; an end the band never reaches is nil (unbounded). This is what
///   lifelines' `median_survival_time_` and `median_survival_times(confidence_interval_)`
///   give. R's `survfit` differs only where S sits exactly at ½ over a stretch (it takes the
///   stretch's midpoint, lifelines and this its start).
///
/// Comparisons with ½ allow 1e-12 for rounding, so a curve that is exactly ½ in exact
/// arithmetic counts as reaching it. Observations with a time that is negative or not finite
/// are left out (`n` counts those kept).
public struct KaplanMeier: Sendable, Hashable {
    /// One wait: how long it was observed, and whether it ended with an answer (else censored).
    public struct Observation: Sendable, Hashable {
        public var time: Double
        public var answered: Bool

        public init(time: Double, answered: Bool) {
            self.time = time
            self.answered = answered
        }
    }

    /// The curve at one distinct observed time, from that time on.
    public struct Point: Sendable, Hashable {
        public var time: Double
        /// Waits still open just before `time`.
        public var atRisk: Int
        public var answered: Int
        public var censored: Int
        /// Share still waiting after `time`.
        public var survival: Double
        public var lower: Double
        public var upper: Double
    }

    public let points: [Point]
    public let n: Int
    public let answered: Int
    /// The two-sided confidence level of the band and the median's interval, between 0 and 1
    /// (outside that the band is NaN and the interval nil, never a trap).
    public let confidence: Double

    public init(_ observations: [Observation], confidence: Double = 0.95) {
        let kept = observations.filter { $0.time.isFinite && $0.time >= 0 }.sorted { $0.time < $1.time }
        n = kept.count
        answered = kept.filter(\.answered).count
        self.confidence = confidence
        let z = Distributions.normalQuantile(1 - (1 - confidence) / 2)
        var points: [Point] = []
        var atRisk = kept.count
        var survival = 1.0
        var greenwood = 0.0
        var i = 0
        while i < kept.count {
            let time = kept[i].time
            var d = 0, c = 0
            while i < kept.count, kept[i].time == time {
                if kept[i].answered { d += 1 } else { c += 1 }
                i += 1
            }
            if d > 0 {
                survival *= 1 - Double(d) / Double(atRisk)
                if atRisk > d { greenwood += Double(d) / (Double(atRisk) * Double(atRisk - d)) }
            }
            let (lower, upper) = Self.band(survival: survival, greenwood: greenwood, z: z)
            points.append(Point(time: time, atRisk: atRisk, answered: d, censored: c, survival: survival, lower: lower, upper: upper))
            atRisk -= d + c
        }
        self.points = points
    }

    /// Convenience: times and whether each was answered, pairwise.
    public init(times: [Double], answered: [Bool], confidence: Double = 0.95) {
        self.init(zip(times, answered).map { Observation(time: $0, answered: $1) }, confidence: confidence)
    }

    /// The log-log band around S with Greenwood sum G.
    static func band(survival s: Double, greenwood g: Double, z: Double) -> (Double, Double) {
        guard z.isFinite, z > 0 else { return (.nan, .nan) }
        if s >= 1 { return (1, 1) }
        if s <= 0 { return (0, 0) }
        let v = log(s)
        let centre = log(-v), spread = z * g.squareRoot() / v
        return (exp(-exp(centre - spread)), exp(-exp(centre + spread)))
    }

    /// S(t): the share of waits still unanswered at `t` (1 before the first answer).
    public func survival(at t: Double) -> Double {
        points.last { $0.time <= t }?.survival ?? 1
    }

    /// The share never answered within the observations (1 − answered / n); nil without waits.
    public var unansweredShare: Double? {
        n == 0 ? nil : Double(n - answered) / Double(n)
    }

    static let half = 0.5 + 1e-12

    /// The median time to an answer; nil when fewer than half are known to be answered.
    public var median: Double? { points.first { $0.survival <= Self.half }?.time }

    /// The median's confidence interval (Brookmeyer–Crowley, log-log); nil ends are unbounded.
    public var medianInterval: (low: Double?, high: Double?) {
        (points.first { $0.lower <= Self.half }?.time, points.first { $0.upper <= Self.half }?.time)
    }
}
