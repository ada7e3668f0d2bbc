import Foundation
import ShopperCore

/// What the statistics need of one run, and no more: no notes, no free text answers, no
/// checklist item ids but those of failed critical items. Built once per file by `RunLoader`,
/// so 10,000 runs stay small.
public struct RunSummary: Sendable, Hashable {
    /// One step record, reduced.
    public struct StepSummary: Sendable, Hashable {
        // Declared in this order so the optionals' tag bytes and the outcome share one word:
        // 88 bytes a record instead of 96 (100,000 runs hold ~700,000 of them).
        public var step: String
        public var touchpoint: String
        public var seconds: Double
        /// Numeric answers by question id (ratings and numbers only).
        public var answers: [NumericAnswer]
        public var barriers: [BarrierRecord]
        public var score: Int?
        public var outcome: StepRecord.Outcome
        /// Weighted checklist compliance of this run at this step (0…1; 0 after a critical
        /// "no"); nil when nothing was scored.
        public var compliance: Double?

        public init(step: String, touchpoint: String, outcome: StepRecord.Outcome, seconds: Double,
                    score: Int? = nil, compliance: Double? = nil, answers: [NumericAnswer] = [],
                    barriers: [BarrierRecord] = []) {
            self.step = step
            self.touchpoint = touchpoint
            self.outcome = outcome
            self.seconds = seconds
            self.score = score
            self.compliance = compliance
            self.answers = answers
            self.barriers = barriers
        }

        public var isAttempt: Bool { outcome == .done || outcome == .failed }
    }

    /// A numeric answer to a question.
    public struct NumericAnswer: Sendable, Hashable {
        public var question: String
        public var value: Double

        public init(_ question: String, _ value: Double) {
            self.question = question
            self.value = value
        }
    }

    public var id: String
    public var path: String
    public var scenario: String
    public var scenarioVersion: Int
    public var tester: String
    public var started: Date
    public var status: Run.Status
    /// How many notes the run's steps hold (`shopper testers` shows the share of runs with
    /// notes); saturates at `UInt32.max`. Declared after `status` so it sits in that field's
    /// padding: the summary stays 136 bytes (`RunSummaryLayoutTests`).
    public var noteCount: UInt32 = 0
    public var steps: [StepSummary]
    public var survey: [NumericAnswer]
    /// The run's checklist over its attempted steps, for the shop score: what it needs and no more.
    public var checklist: ChecklistTotals
    /// The run's `context` values of the keys the loader was asked to keep
    /// (`RunLoader.contextKeys`): empty unless a filter, a segment or a listing needs them, so
    /// 100,000 summaries do not each hold a dictionary.
    public var context: [String: String] = [:]
    /// The run's wait steps' responses (`WaitSummary`), in step order; empty for runs without
    /// waits. Its 8 bytes take the summary from 136 to 144 (`RunSummaryLayoutTests`): less than
    /// a field in every step summary would cost.
    public var waits: [WaitSummary] = []

    /// A critical checklist item answered "no" at an attempted step.
    public struct CriticalItem: Sendable, Hashable {
        public var step: String
        public var item: String

        public init(step: String, item: String) {
            self.step = step
            self.item = item
        }
    }

    /// Σ weight of "yes" and of "yes" + "no" over every attempted step's checklist (n/a in
    /// neither), and which critical items were answered "no": 24 bytes inline and nothing on the
    /// heap, since 100,000 runs hold one each (docs/performance.md).
    public struct ChecklistTotals: Sendable, Hashable {
        public var yes: Double
        public var scored: Double
        /// Bit i: the scenario's i-th critical item (`RunSummary.criticalItems(of:)`, journey
        /// order) was answered "no"; bit 63 also stands for every item after the 63rd.
        public var criticalMask: UInt64

        public init(yes: Double = 0, scored: Double = 0, criticalMask: UInt64 = 0) {
            self.yes = yes
            self.scored = scored
            self.criticalMask = criticalMask
        }

        /// yes ÷ scored, 0…1; nil when nothing was answered yes or no.
        public var shopScore: Double? { scored > 0 ? yes / scored : nil }

        /// Whether a critical item was answered "no".
        public var hasCriticalFailure: Bool { criticalMask != 0 }
    }

    /// The scenario's critical checklist items in journey order: bit i of `criticalMask` is the
    /// i-th (the last bit also every item past it).
    public static func criticalItems(of scenario: Scenario?) -> [CriticalItem] {
        guard let scenario else { return [] }
        return scenario.steps.flatMap { step in
            step.checklist.filter(\.critical).map { CriticalItem(step: step.id, item: $0.id) }
        }
    }

    /// The bit of a critical item in `criticalMask`.
    static func criticalBit(step: String, item: String, scenario: Scenario?) -> UInt64 {
        var index = 0
        for s in scenario?.steps ?? [] {
            for i in s.checklist where i.critical {
                if s.id == step, i.id == item { return 1 << UInt64(min(index, 63)) }
                index += 1
            }
        }
        return 1 << 63
    }

    /// The critical items this run answered "no", in the scenario's order.
    public func criticalFailures(in scenario: Scenario?) -> [CriticalItem] {
        let items = Self.criticalItems(of: scenario)
        return items.indices.filter { checklist.criticalMask & (1 << UInt64(min($0, 63))) != 0 }.map { items[$0] }
    }

    public init(id: String, path: String = "", scenario: String, scenarioVersion: Int = 1, tester: String,
                started: Date, status: Run.Status, steps: [StepSummary], survey: [NumericAnswer] = [],
                checklist: ChecklistTotals = ChecklistTotals(), context: [String: String] = [:], noteCount: UInt32 = 0,
                waits: [WaitSummary] = []) {
        self.id = id
        self.waits = waits
        self.noteCount = noteCount
        self.context = context
        self.path = path
        self.scenario = scenario
        self.scenarioVersion = scenarioVersion
        self.tester = tester
        self.started = started
        self.status = status
        self.steps = steps
        self.survey = survey
        self.checklist = checklist
    }

    /// Summarises a decoded run. Checklist compliance uses the scenario's weights and
    /// critical flags when the scenario is known; otherwise every item weighs 1 and none
    /// is critical.
    public init(_ run: Run, path: String = "", scenario: Scenario? = nil, contextKeys: Set<String> = []) {
        self.id = run.id
        for (key, value) in run.context where contextKeys.contains(key) { context[key] = value }
        self.path = path
        self.scenario = run.scenario
        self.scenarioVersion = run.scenarioVersion
        self.tester = run.tester
        self.started = run.started
        self.status = run.status
        self.noteCount = UInt32(clamping: run.steps.reduce(0) { $0 + $1.notes.count })
        self.steps = run.steps.map { record in
            let compliance = Self.compliance(record.checklist.lazy.map { ($0.key, $0.value) },
                                             definition: scenario?.step(record.step))
            let answers = record.answers.compactMap { key, value in value.number.map { NumericAnswer(key, $0) } }
            return StepSummary(step: record.step, touchpoint: record.touchpoint, outcome: record.outcome,
                               seconds: record.seconds, score: record.score, compliance: compliance,
                               answers: answers, barriers: record.barriers)
        }
        self.survey = run.survey.compactMap { key, value in value.number.map { NumericAnswer(key, $0) } }
        self.waits = run.steps.enumerated().compactMap { index, record in record.wait.map { WaitSummary($0, stepIndex: index) } }
        self.checklist = Self.totals(run.steps.lazy.map { ($0.step, $0.outcome, $0.checklist.map { ($0.key, $0.value) }) },
                                     scenario: scenario)
    }

    /// The checklist totals of a run's steps (id, outcome, answers): the scenario's weights and
    /// critical flags for the items it knows, weight 1 and not critical otherwise, as `compliance`.
    static func totals(_ steps: some Sequence<(String, StepRecord.Outcome, [(String, ChecklistAnswer)])>,
                       scenario: Scenario?) -> ChecklistTotals {
        var totals = ChecklistTotals()
        for (stepID, outcome, checklist) in steps where outcome == .done || outcome == .failed {
            let definition = scenario?.step(stepID)
            for (itemID, answer) in checklist {
                let item = definition?.checklist.first { $0.id == itemID }
                let weight = max(0, item?.weight ?? 1)
                switch answer {
                case .yes:
                    totals.yes += weight
                    totals.scored += weight
                case .no:
                    totals.scored += weight
                    if item?.critical == true {
                        totals.criticalMask |= criticalBit(step: stepID, item: itemID, scenario: scenario)
                    }
                case .na: break
                }
            }
        }
        return totals
    }

    /// Whether the run passes the shop with the pass mark `mark` (0…1, or nil for none): it has a
    /// shop score, no critical failure, and (with a mark) a score at least the mark. Nil when the
    /// run has no shop score: it is not judged.
    public func passes(mark: Double?) -> Bool? {
        guard let score = checklist.shopScore else { return nil }
        guard !checklist.hasCriticalFailure else { return false }
        // A small tolerance so 17/20 passes 85% despite binary rounding.
        return mark.map { score >= $0 - 1e-12 } ?? true
    }

    /// A step's checklist compliance: the definition's weights and critical flags for the
    /// items it knows, weight 1 and not critical otherwise; nil when there are no answers.
    static func compliance(_ checklist: some Sequence<(String, ChecklistAnswer)>, definition: Step?) -> Double? {
        var items: [Compliance.Item] = []
        for (itemID, answer) in checklist {
            let item = definition?.checklist.first { $0.id == itemID }
            let passed: Bool? = switch answer {
            case .yes: true
            case .no: false
            case .na: nil
            }
            items.append(Compliance.Item(weight: max(0, item?.weight ?? 1), critical: item?.critical ?? false,
                                         passed: passed))
        }
        return items.isEmpty ? nil : Compliance(items: items).score
    }

    /// Completed and abandoned runs enter statistics; in-progress ones do not.
    public var isCounted: Bool { status != .inProgress }

    /// An attempt at the task: a counted run, except a completed one in which no step was
    /// attempted (every step skipped), which tried nothing. An abandoned run is an attempt.
    public var isTaskAttempt: Bool {
        isCounted && !(status == .completed && !steps.contains { $0.isAttempt })
    }

    /// A run's task succeeds when it is an attempt, completed, and no step failed.
    public var succeeded: Bool {
        status == .completed && isTaskAttempt && !steps.contains { $0.outcome == .failed }
    }

    /// Sum of the steps' active seconds.
    public var activeSeconds: Double { steps.reduce(0) { $0 + $1.seconds } }

    public var barrierCount: Int { steps.reduce(0) { $0 + $1.barriers.count } }
}
