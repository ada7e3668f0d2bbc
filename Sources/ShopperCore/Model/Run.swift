import Foundation
import OrderedCollections

/// One walk of a scenario by one tester (run file format version 1).
public struct Run: Sendable, Hashable {
    public enum Status: String, CaseIterable, Sendable, Hashable {
        case inProgress = "in-progress"
        case completed
        case abandoned
    }

    public static let format = 1

    /// The file stem: UTC start time plus tester slug, e.g. `20261123T101500Z-anna-petrova`.
    public var id: String
    public var scenario: String
    public var scenarioVersion: Int
    public var tester: String
    public var started: Date
    public var finished: Date?
    public var status: Status
    public var context: OrderedDictionary<String, String>
    public var steps: [StepRecord]
    public var survey: OrderedDictionary<String, Answer>

    public init(id: String, scenario: String, scenarioVersion: Int = 1, tester: String, started: Date,
                finished: Date? = nil, status: Status = .inProgress, context: OrderedDictionary<String, String> = [:],
                steps: [StepRecord] = [], survey: OrderedDictionary<String, Answer> = [:]) {
        self.id = id
        self.scenario = scenario
        self.scenarioVersion = scenarioVersion
        self.tester = tester
        self.started = started
        self.finished = finished
        self.status = status
        self.context = context
        self.steps = steps
        self.survey = survey
    }

    /// Active seconds over all steps.
    public var activeSeconds: Double {
        steps.reduce(0) { $0 + $1.seconds }
    }

    public var barrierCount: Int {
        steps.reduce(0) { $0 + $1.barriers.count }
    }

    /// An attempt at the task: a completed or abandoned run, except a completed one in which
    /// no step was done or failed (every step skipped), which tried nothing.
    public var isTaskAttempt: Bool {
        switch status {
        case .inProgress: false
        case .abandoned: true
        case .completed: steps.contains { $0.outcome == .done || $0.outcome == .failed }
        }
    }

    /// A task succeeds when the run is an attempt, completed, and no step failed.
    public var succeeded: Bool {
        status == .completed && isTaskAttempt && !steps.contains { $0.outcome == .failed }
    }

    public func record(for step: String) -> StepRecord? {
        steps.first { $0.step == step }
    }
}
