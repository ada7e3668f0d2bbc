import ShopperCore

/// Everything `shopper report` shows, computed once by `ReportBuilder` and rendered by
/// the pure renderers. Values only; no I/O.
public struct Report: Sendable, Hashable {
    public var unit: PeriodUnit
    public var scenarios: [ScenarioReport]
    /// Touchpoints ranked: scored ones by focus priority, highest first, then the rest in
    /// registry order.
    public var touchpoints: [TouchpointScore]
    /// The period the touchpoint scores are taken over (the latest one with data, or
    /// `--current`).
    public var touchpointPeriod: Period?
    /// Counted runs (completed or abandoned) that entered the statistics.
    public var countedRuns: Int
    /// In-progress runs that matched the filters but were not counted.
    public var inProgressRuns: Int
    /// Every change test the report ran, flagged or not, with its report-wide q.
    public var tests: [ChangeTest]
    /// Scenarios of the scenarios folder (within `--scenario`) with no counted run: "no runs yet".
    public var scenariosWithoutRuns: [ScenarioWithoutRuns] = []

    public init(unit: PeriodUnit, scenarios: [ScenarioReport], touchpoints: [TouchpointScore],
                touchpointPeriod: Period?, countedRuns: Int, inProgressRuns: Int, tests: [ChangeTest] = []) {
        self.tests = tests
        self.unit = unit
        self.scenarios = scenarios
        self.touchpoints = touchpoints
        self.touchpointPeriod = touchpointPeriod
        self.countedRuns = countedRuns
        self.inProgressRuns = inProgressRuns
    }

    /// All flagged changes of every scenario.
    public var allChanges: [(scenario: ScenarioReport, change: Change)] {
        scenarios.flatMap { s in s.changes.map { (s, $0) } }
    }

    /// Whether any scenario has a flagged regression (`--fail-on regression`).
    public var hasRegression: Bool {
        scenarios.contains { $0.changes.contains { $0.kind == .regression } }
    }

    /// The focus list: touchpoints with a focus rank, in rank order.
    public var focus: [TouchpointScore] {
        touchpoints.filter { $0.focus != nil }.sorted { $0.focus! < $1.focus! }
    }
}

/// One scenario across its periods.
public struct ScenarioReport: Sendable, Hashable {
    public var scenario: String
    public var title: String
    /// Periods with counted runs, oldest first.
    public var periods: [PeriodStats]
    public var comparison: Comparison?
    /// Flagged changes: regressions, improvements, new and resolved barriers.
    public var changes: [Change]

    public init(scenario: String, title: String, periods: [PeriodStats], comparison: Comparison?, changes: [Change]) {
        self.scenario = scenario
        self.title = title
        self.periods = periods
        self.comparison = comparison
        self.changes = changes
    }

    public var latest: PeriodStats? { periods.last }

    /// Successful attempts left out of the time statistics because their time is under
    /// `minimumStepSeconds`, over all periods: (step attempts, runs).
    public var untimed: (steps: Int, runs: Int) {
        (periods.reduce(0) { $0 + $1.steps.reduce(0) { $0 + $1.untimed } }, periods.reduce(0) { $0 + $1.untimed })
    }

    public func stats(for period: Period) -> PeriodStats? {
        periods.first { $0.period == period }
    }

    /// Step ids in journey order, as the latest period lists them.
    public var stepIDs: [String] {
        var ids: [String] = []
        var seen = Set<String>()
        for period in periods.reversed() {
            for step in period.steps where seen.insert(step.step).inserted { ids.append(step.step) }
        }
        return ids
    }
}

/// Which two periods the changes compare.
public struct Comparison: Sendable, Hashable {
    public var baseline: Period
    public var current: Period
    /// Set when the scenario's version differs between the two periods: changes flagged
    /// across a version change may come from the new version rather than the service.
    public var note: String?
    /// Counted runs of the scenario in each compared period. A `--baseline` or `--current`
    /// period may have none, and then there is nothing to compare (see `missingRuns`).
    public var baselineRuns: Int
    public var currentRuns: Int

    public init(baseline: Period, current: Period, note: String?, baselineRuns: Int, currentRuns: Int) {
        self.baseline = baseline
        self.current = current
        self.note = note
        self.baselineRuns = baselineRuns
        self.currentRuns = currentRuns
    }

    /// The compared periods without counted runs of the scenario, baseline first.
    public var emptyPeriods: [Period] {
        (baselineRuns == 0 ? [baseline] : []) + (currentRuns == 0 ? [current] : [])
    }

    /// "no runs in 2025-01 to compare" (or "… in 2025-01 or 2026-11 …") when a compared
    /// period has no counted runs of the scenario; nil when both have runs. Renderers show it
    /// instead of "no significant change", which would claim a comparison that was not made.
    public var missingRuns: String? {
        let empty = emptyPeriods
        guard !empty.isEmpty else { return nil }
        return "no runs in \(empty.map(\.label).joined(separator: " or ")) to compare"
    }
}

/// A scenario in one period.
public struct PeriodStats: Sendable, Hashable {
    public var period: Period
    /// Counted runs (completed and abandoned); task attempts are `completion.n`.
    public var runs: Int
    public var versions: [Int]
    public var completion: CompletionRate?
    /// Task time: sum of step seconds over successful runs.
    public var time: GeometricMean?
    public var nps: NPS?
    public var csat: CSAT?
    public var ces: CES?
    public var steps: [StepStats] { didSet { stepIndex = Self.index(steps) } }
    /// The position of each step id's first stats, kept with `steps`, so `step(_:)` does not
    /// search: renderers look a step up per period and row.
    private var stepIndex: [String: Int]
    /// Successful runs whose task time is under `minimumStepSeconds`: recorded without being
    /// timed, left out of `time`.
    public var untimed: Int
    /// Mean shop score of the task attempts that have one.
    public var shop: ShopScore?
    /// Task attempts with a shop score that pass the shop (`RunSummary.passes`).
    public var pass: CompletionRate?
    /// Task attempts with at least one critical item answered "no".
    public var criticalFailures = 0
    /// Each critical item answered "no" in some run, with the runs that failed it.
    public var criticalItems: [CriticalItemStats] = []
    /// The scenario's task target in seconds, if any.
    public var target: Double?
    /// Timed successful runs whose active seconds are within `target`; nil without a target.
    public var withinTarget: CompletionRate?
    /// What the testers said, newest first: filled for the current period only, by
    /// `VerbatimLoader`, after the report is built.
    public var verbatims: [Verbatim] = []
    /// The league table of the `--by-segment` key's values; nil without `--by-segment`.
    public var league: LeagueTable?

    public init(period: Period, runs: Int, versions: [Int], completion: CompletionRate?, time: GeometricMean?,
                nps: NPS?, csat: CSAT?, ces: CES?, steps: [StepStats], untimed: Int = 0) {
        self.period = period
        self.runs = runs
        self.versions = versions
        self.completion = completion
        self.time = time
        self.nps = nps
        self.csat = csat
        self.ces = ces
        self.steps = steps
        self.stepIndex = Self.index(steps)
        self.untimed = untimed
    }

    public func step(_ id: String) -> StepStats? {
        stepIndex[id].map { steps[$0] }
    }

    private static func index(_ steps: [StepStats]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, stats) in steps.enumerated() where index[stats.step] == nil { index[stats.step] = i }
        return index
    }
}

/// One step of a scenario in one period.
public struct StepStats: Sendable, Hashable {
    public var step: String
    public var title: String
    public var touchpoint: String
    /// Done or failed records.
    public var attempts: Int
    /// Done of attempts.
    public var completion: CompletionRate?
    /// Over done attempts.
    public var time: GeometricMean?
    public var score: MeanInterval?
    public var checklist: ChecklistStats?
    public var barriers: [BarrierStats]
    /// Means of the step's rating questions (seq, ces, scale, csat, nps).
    public var questions: [QuestionStats]
    /// Done attempts whose time is under `minimumStepSeconds`: recorded without being timed,
    /// left out of `time`.
    public var untimed: Int
    /// The step's target in seconds, if any.
    public var target: Double?
    /// Timed done attempts within `target`; nil without a target.
    public var withinTarget: CompletionRate?
    /// A wait step's responses (its `target` is then here, not in `target`); nil for other steps.
    public var response: ResponseStats?

    public init(step: String, title: String, touchpoint: String, attempts: Int, completion: CompletionRate?,
                time: GeometricMean?, score: MeanInterval?, checklist: ChecklistStats?, barriers: [BarrierStats],
                questions: [QuestionStats], untimed: Int = 0) {
        self.step = step
        self.title = title
        self.touchpoint = touchpoint
        self.attempts = attempts
        self.completion = completion
        self.time = time
        self.score = score
        self.checklist = checklist
        self.barriers = barriers
        self.questions = questions
        self.untimed = untimed
    }
}

/// Mean of the per-run compliance scores of a step (a critical "no" makes a run's 0).
public struct ChecklistStats: Sendable, Hashable {
    public var compliance: Double
    /// Runs whose checklist at this step had something scored.
    public var n: Int
    /// The mean's 95% t interval clipped to 0…1; nil when n = 1.
    public var low: Double?
    public var high: Double?

    public init(compliance: Double, n: Int, low: Double? = nil, high: Double? = nil) {
        self.compliance = compliance
        self.n = n
        self.low = low
        self.high = high
    }
}

/// A critical checklist item answered "no" in some runs of a period.
public struct CriticalItemStats: Sendable, Hashable {
    public var step: String
    public var item: String
    /// The item's text from the scenario; nil without the scenario.
    public var text: String?
    /// Runs that answered it "no".
    public var failed: Int
    /// Task attempts in the period.
    public var n: Int

    public init(step: String, item: String, failed: Int, n: Int, text: String? = nil) {
        self.step = step
        self.item = item
        self.text = text
        self.failed = failed
        self.n = n
    }
}

/// A barrier id at a step in one period.
public struct BarrierStats: Sendable, Hashable {
    public var id: String
    public var text: String
    /// Runs in which it appeared at least once.
    public var runs: Int
    public var maxSeverity: BarrierRecord.Severity

    public init(id: String, text: String, runs: Int, maxSeverity: BarrierRecord.Severity) {
        self.id = id
        self.text = text
        self.runs = runs
        self.maxSeverity = maxSeverity
    }
}

/// The mean answer to one rating question.
public struct QuestionStats: Sendable, Hashable {
    public var question: String
    /// The question's `type`: seq, ces, scale, csat or nps.
    public var type: String
    public var mean: MeanInterval

    public init(question: String, type: String, mean: MeanInterval) {
        self.question = question
        self.type = type
        self.mean = mean
    }
}

/// A flagged difference between the baseline and the current period.
public struct Change: Sendable, Hashable {
    public typealias Metric = MetricKind

    public enum Kind: String, Sendable, Hashable {
        case regression
        case improvement
        case new
        case resolved
    }

    public var metric: Metric
    /// The step, or nil for the whole task.
    public var step: String?
    public var kind: Kind
    /// Time: geometric mean seconds; completion: rate 0…1; barrier: runs with it.
    public var baseline: Double?
    public var current: Double?
    /// Two-sided p of the test; nil for barriers.
    public var p: Double?
    /// The barrier id, for barrier changes.
    public var barrier: String?
    /// The comparison's version note, repeated so a change is never read without it.
    public var note: String?
    /// The Benjamini–Hochberg adjusted p over every test of the report; nil for barriers.
    public var q: Double?
    /// The rating question's id for a question's score, else nil.
    public var question: String?

    public init(metric: Metric, step: String?, kind: Kind, baseline: Double?, current: Double?, p: Double?,
                q: Double? = nil, question: String? = nil, barrier: String? = nil, note: String? = nil) {
        self.q = q
        self.question = question
        self.metric = metric
        self.step = step
        self.kind = kind
        self.baseline = baseline
        self.current = current
        self.p = p
        self.barrier = barrier
        self.note = note
    }
}

/// A touchpoint's score over the touchpoint period, with its focus rank.
public struct TouchpointScore: Sendable, Hashable {
    public var id: String
    public var name: String
    public var owner: String?
    public var importance: Touchpoint.Importance?
    /// Mean step score of the attempts at steps naming the touchpoint; nil without data.
    public var score: Double?
    public var n: Int
    /// importance (customer × business) × (10 − score); nil without score or importance.
    public var priority: Double?
    /// 1…5 for the focus list; nil otherwise.
    public var focus: Int?
    /// The mean score in each report period (nil where there is no data), oldest first.
    public var trend: [TrendPoint]
    /// Position in the registry (touchpoints.yaml); touchpoints not in it come after, in the
    /// order runs first name them. Charts keep this order, so a touchpoint sits in the same place
    /// in every report.
    public var order = 0
    /// The registry's journey stage; nil for a touchpoint not in the registry.
    public var stage: JourneyStage?
    /// The team's own latest 0–10 assessment from the registry (`assessments`); nil without one.
    /// The wheel draws it as a second outline beside the measured score.
    public var team: Double?

    /// Scores from fewer scored attempts than this are shown marked (`n<5`) and kept out of the
    /// focus list: one attempt's score says little about a touchpoint.
    public static let minimumFocusN = 5

    /// Whether the score rests on too few attempts to rank (`minimumFocusN`).
    public var isThin: Bool { score != nil && n < Self.minimumFocusN }

    public init(id: String, name: String, owner: String?, importance: Touchpoint.Importance?, score: Double?, n: Int,
                priority: Double?, focus: Int?, trend: [TrendPoint]) {
        self.id = id
        self.name = name
        self.owner = owner
        self.importance = importance
        self.score = score
        self.n = n
        self.priority = priority
        self.focus = focus
        self.trend = trend
    }
}

public struct TrendPoint: Sendable, Hashable {
    public var period: Period
    public var value: Double?

    public init(period: Period, value: Double?) {
        self.period = period
        self.value = value
    }
}
