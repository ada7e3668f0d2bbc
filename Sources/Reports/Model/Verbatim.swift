import Foundation

/// One thing a tester said in a run of a scenario's current period: a note taken at a step, a
/// free-text answer (a `text` question of a step or of the closing survey), or the text recorded
/// with a barrier that is new in the current period. Collected after the report is built by
/// `VerbatimLoader` (run summaries keep no free text); shown by the Markdown, HTML and JSON
/// renderers, every text through the one sanitizer.
public struct Verbatim: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case note
        case answer
        case barrier
    }

    /// The run id.
    public var run: String
    public var tester: String
    /// The run's start.
    public var at: Date
    public var kind: Kind
    /// The step, or nil for an answer in the closing survey.
    public var step: String?
    /// The question id of an answer; nil for notes and barriers.
    public var question: String?
    /// The barrier id of a barrier's text; nil otherwise.
    public var barrier: String?
    /// The tester's words, as recorded.
    public var text: String
    /// The run's `location` context, when it has one.
    public var location: String?

    public init(run: String, tester: String, at: Date, kind: Kind, step: String?, question: String? = nil,
                barrier: String? = nil, text: String, location: String? = nil) {
        self.run = run
        self.tester = tester
        self.at = at
        self.kind = kind
        self.step = step
        self.question = question
        self.barrier = barrier
        self.text = text
        self.location = location
    }
}

/// A scenario from the scenarios folder with no counted run in the report: listed in every
/// format as "no runs yet".
public struct ScenarioWithoutRuns: Sendable, Hashable {
    public var scenario: String
    public var title: String

    public init(scenario: String, title: String) {
        self.scenario = scenario
        self.title = title
    }
}

extension Report {
    /// What a renderer lists per scenario, in scenario id order: the reported scenarios and those
    /// without runs.
    public enum Listed: Sendable, Hashable {
        case reported(ScenarioReport)
        case noRuns(ScenarioWithoutRuns)

        public var id: String {
            switch self {
            case .reported(let s): s.scenario
            case .noRuns(let s): s.scenario
            }
        }
    }

    /// The reported scenarios and the scenarios without runs, merged in id order.
    public var listed: [Listed] {
        (scenarios.map(Listed.reported) + scenariosWithoutRuns.map(Listed.noRuns))
            .enumerated().sorted { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) }.map(\.element)
    }
}

extension PeriodStats {
    /// The verbatims of one step (nil: the closing survey), in the period's order (newest first).
    public func verbatims(step: String?) -> [Verbatim] {
        verbatims.filter { $0.step == step }
    }
}

extension ScenarioReport {
    /// The period the verbatims are collected for: the compared current period (`--current`, or
    /// the latest with runs), else the latest period; nil when the compared current period has no
    /// runs of the scenario (the comparison already says so).
    public var currentPeriod: PeriodStats? {
        if let current = comparison?.current { return stats(for: current) }
        return latest
    }
}
