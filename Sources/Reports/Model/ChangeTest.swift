/// One change test the report ran, flagged or not: the audit trail of the false-discovery
/// control (`tests` in the JSON).
public struct ChangeTest: Sendable, Hashable {
    public var scenario: String
    public var metric: MetricKind
    /// The step, or nil for the task and the survey.
    public var step: String?
    /// The rating question's id for a question's score, else nil.
    public var question: String?
    /// The shown values (rate, mean, geometric mean seconds, NPS) of each period.
    public var baseline: Double?
    public var current: Double?
    /// Two-sided p of the test.
    public var p: Double
    /// The Benjamini–Hochberg adjusted p over every test of the report.
    public var q: Double
    /// current − baseline on the tested scale (log seconds for time); its sign gives the direction.
    public var difference: Double

    public init(scenario: String, metric: MetricKind, step: String?, question: String?, baseline: Double?,
                current: Double?, p: Double, q: Double = 1, difference: Double) {
        self.scenario = scenario
        self.metric = metric
        self.step = step
        self.question = question
        self.baseline = baseline
        self.current = current
        self.p = p
        self.q = q
        self.difference = difference
    }
}
