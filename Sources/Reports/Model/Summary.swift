import ShopperCore

/// The report's first screen for one scenario: its headline figures in the current period with
/// the change since the baseline where one is flagged, and the flagged changes as findings with
/// names (step titles, barrier texts), not ids. Built from a `Report` by `ScenarioSummary.of(_:)`,
/// a pure function, so every renderer shows the same thing.
public struct ScenarioSummary: Sendable, Hashable {
    public var scenario: String
    public var title: String
    /// The period the figures are of: the comparison's current period, else the latest.
    public var period: Period?
    /// Counted runs of the scenario in `period`.
    public var runs: Int
    public var comparison: Comparison?
    /// Pass rate, shop score, task success, time (against the target) and NPS, in that order;
    /// a figure the scenario has no data for is left out.
    public var figures: [SummaryFigure]
    /// The flagged changes, regressions first, then new barriers, improvements, resolved.
    public var findings: [Finding]

    public init(scenario: String, title: String, period: Period?, runs: Int, comparison: Comparison?,
                figures: [SummaryFigure], findings: [Finding]) {
        self.scenario = scenario
        self.title = title
        self.period = period
        self.runs = runs
        self.comparison = comparison
        self.figures = figures
        self.findings = findings
    }
}

/// One headline figure of a scenario's current period.
public struct SummaryFigure: Sendable, Hashable {
    public var metric: MetricKind
    public var value: Double?
    /// The baseline's value, when the scenario was compared.
    public var baseline: Double?
    /// The flag of the whole-task change of this metric; nil when not flagged (then the figure
    /// is shown without arrow or colour).
    public var flag: Change.Kind?
    public var q: Double?
    /// Time only: the task target in seconds and the share of timed successful runs within it.
    public var target: Double?
    public var withinTarget: Double?

    public init(metric: MetricKind, value: Double?, baseline: Double? = nil, flag: Change.Kind? = nil, q: Double? = nil,
                target: Double? = nil, withinTarget: Double? = nil) {
        self.metric = metric
        self.value = value
        self.baseline = baseline
        self.flag = flag
        self.q = q
        self.target = target
        self.withinTarget = withinTarget
    }
}

/// A flagged change with what a reader needs to understand it without the scenario file: the
/// step's title and touchpoint, the barrier's text, and for barriers the runs of each period as
/// the denominator ("0 of 12 → 8 of 13 runs").
public struct Finding: Sendable, Hashable {
    public var change: Change
    /// The step's title (its id when the step has no title); nil for the whole task.
    public var stepTitle: String?
    /// The step's touchpoint id; nil for the whole task.
    public var touchpoint: String?
    /// The barrier's text, from the scenario's known barriers or the runs; nil for other metrics.
    public var barrierText: String?
    /// Counted runs of the scenario in the baseline and current period.
    public var baselineRuns: Int
    public var currentRuns: Int

    public init(change: Change, stepTitle: String?, touchpoint: String?, barrierText: String?,
                baselineRuns: Int, currentRuns: Int) {
        self.change = change
        self.stepTitle = stepTitle
        self.touchpoint = touchpoint
        self.barrierText = barrierText
        self.baselineRuns = baselineRuns
        self.currentRuns = currentRuns
    }

    /// Findings sort: regressions, new barriers, improvements, resolved barriers.
    var rank: Int {
        switch change.kind {
        case .regression: 0
        case .new: 1
        case .improvement: 2
        case .resolved: 3
        }
    }
}

extension ScenarioSummary {
    /// The headline metrics, in the order the summary shows them.
    public static let headline: [MetricKind] = [.pass, .shop, .completion, .time, .nps]

    /// One summary per reported scenario, in the report's order.
    public static func of(_ report: Report) -> [ScenarioSummary] {
        report.scenarios.map { of($0) }
    }

    public static func of(_ s: ScenarioReport) -> ScenarioSummary {
        let current = s.comparison.flatMap { s.stats(for: $0.current) } ?? s.latest
        let baseline = s.comparison.flatMap { s.stats(for: $0.baseline) }
        let taskChanges = s.changes.filter { $0.step == nil && $0.question == nil }
        func flag(_ metric: MetricKind) -> Change? { taskChanges.first { $0.metric == metric } }
        var figures: [SummaryFigure] = []
        for metric in headline {
            guard let value = current.flatMap({ headlineValue(metric, of: $0) }) else { continue }
            let change = flag(metric) ?? (metric == .time ? flag(.withinTarget) : nil)
            var figure = SummaryFigure(metric: metric, value: value, baseline: baseline.flatMap { headlineValue(metric, of: $0) },
                                       flag: change?.kind, q: change?.q)
            if metric == .time {
                figure.target = current?.target
                figure.withinTarget = current?.withinTarget?.rate
            }
            figures.append(figure)
        }
        let findings = s.changes.map { finding($0, in: s, baseline: baseline, current: current) }
            .enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
        return ScenarioSummary(scenario: s.scenario, title: s.title, period: current?.period, runs: current?.runs ?? 0,
                               comparison: s.comparison, figures: figures, findings: findings)
    }

    static func headlineValue(_ metric: MetricKind, of p: PeriodStats) -> Double? {
        switch metric {
        case .pass: p.pass?.rate
        case .shop: p.shop?.mean
        case .completion: p.completion?.rate
        case .time: p.time?.value
        case .nps: p.nps?.score
        default: nil
        }
    }

    static func finding(_ change: Change, in s: ScenarioReport, baseline: PeriodStats?, current: PeriodStats?) -> Finding {
        let step = change.step.flatMap { id in current?.step(id) ?? baseline?.step(id) ?? s.periods.lazy.compactMap { $0.step(id) }.last }
        let barrierText = change.barrier.flatMap { id -> String? in
            for p in [current, baseline].compactMap({ $0 }) + s.periods.reversed() {
                if let b = p.step(change.step ?? "")?.barriers.first(where: { $0.id == id }) { return b.text }
            }
            return nil
        }
        return Finding(change: change, stepTitle: step.map { $0.title.isEmpty ? $0.step : $0.title } ?? change.step,
                       touchpoint: step?.touchpoint, barrierText: barrierText,
                       baselineRuns: s.comparison?.baselineRuns ?? baseline?.runs ?? 0,
                       currentRuns: s.comparison?.currentRuns ?? current?.runs ?? 0)
    }
}
