import ShopperCore

/// A wait step's responses in one period (docs/report.md, "Response times"): how many waits
/// were answered within the promised time, how many never were, and the Kaplan–Meier median
/// time to an answer with unanswered waits right-censored at the time they were watched.
public struct ResponseStats: Sendable, Hashable {
    /// The promised response time in seconds on `clock` (the step's `target`); nil without one.
    public var target: Double?
    /// The clock the times are counted on: the scenario step's (wall without the scenario).
    public var clock: Wait.Clock
    /// Waits answered within `target` of all observed waits (unanswered ones are not within),
    /// adjusted-Wald interval; nil without a target.
    public var withinTarget: CompletionRate?
    /// Observed waits (answered or given up) and those never answered.
    public var n: Int
    public var unanswered: Int
    /// The Kaplan–Meier curve of the observed waits (its median and interval are shown).
    public var curve: KaplanMeier
    /// Waits of counted runs with no time on `clock`: still open in an abandoned run (nobody
    /// watched them to an end), or without working seconds on a working clock. Not in `n`.
    public var leftOut: Int

    public init(target: Double?, clock: Wait.Clock, withinTarget: CompletionRate?, n: Int, unanswered: Int,
                curve: KaplanMeier, leftOut: Int) {
        self.target = target
        self.clock = clock
        self.withinTarget = withinTarget
        self.n = n
        self.unanswered = unanswered
        self.curve = curve
        self.leftOut = leftOut
    }

    /// Share never answered of the observed waits; nil without waits.
    public var unansweredShare: Double? { n > 0 ? Double(unanswered) / Double(n) : nil }

    /// The Kaplan–Meier median time to an answer; nil when fewer than half were answered.
    public var median: Double? { curve.median }

    /// The median's 95% interval (Brookmeyer–Crowley, log-log); a nil end is unbounded.
    public var medianInterval: (low: Double?, high: Double?) { curve.medianInterval }
}
