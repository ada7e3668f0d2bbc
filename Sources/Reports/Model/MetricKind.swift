/// Every figure a report compares between periods, with what it takes to judge and show it:
/// its direction (is higher better?) and its unit. Renderers ask a metric how to show a value
/// (`TextLayout.value(_:of:)`) instead of branching per metric.
public enum MetricKind: String, Sendable, Hashable, CaseIterable {
    /// Geometric mean seconds of successful attempts.
    case time
    /// Task or step completion rate.
    case completion
    /// A barrier's runs (new or resolved, not tested).
    case barrier
    /// Step score (0–10) or a rating question's mean answer.
    case score
    /// A step's mean checklist compliance (0…1).
    case compliance
    /// Mean shop score (0…1).
    case shop
    /// Share of judged runs that pass the shop.
    case pass
    /// Share of timed successful attempts within the target.
    case withinTarget = "within_target"
    case nps
    case csat
    case ces
    /// A wait step's time to an answer, unanswered waits censored: the Kaplan–Meier median
    /// (shown) and the log-rank test (tested).
    case response

    /// How a value is written.
    public enum Unit: Sendable, Hashable {
        /// Seconds, shown as a duration.
        case duration
        /// A fraction 0…1, shown as a percentage.
        case share
        /// Points on a scale, one decimal.
        case points
        /// NPS points, a signed whole number.
        case signedWhole
        /// A count of runs.
        case count
    }

    public var unit: Unit {
        switch self {
        case .time, .response: .duration
        case .completion, .compliance, .shop, .pass, .withinTarget, .csat: .share
        case .score, .ces: .points
        case .nps: .signedWhole
        case .barrier: .count
        }
    }

    /// Whether a higher value is better. Time and response time are better lower; effort (CES) is asked as "how
    /// easy" on 1–7 in this tool (higher is easier), as SEQ; a barrier in more runs is worse.
    public var higherIsBetter: Bool {
        switch self {
        case .time, .barrier, .response: false
        default: true
        }
    }

    /// The flag for a tested difference (current − baseline on the tested scale).
    public func kind(difference: Double) -> Change.Kind? {
        guard difference != 0, !difference.isNaN else { return nil }
        return (difference > 0) == higherIsBetter ? .improvement : .regression
    }
}
