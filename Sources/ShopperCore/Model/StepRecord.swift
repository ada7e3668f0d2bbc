import OrderedCollections
import YAMLKit

/// What happened at one step of a run.
public struct StepRecord: Sendable, Hashable {
    public enum Outcome: String, CaseIterable, Sendable, Hashable {
        case done
        case failed
        case skipped
        /// Started and not ended (the run was interrupted).
        case started
    }

    public var step: String
    public var touchpoint: String
    public var stage: JourneyStage
    public var outcome: Outcome
    /// Active time, pauses excluded.
    public var seconds: Double
    public var pausedSeconds: Double
    public var score: Int?
    public var barriers: [BarrierRecord]
    public var checklist: OrderedDictionary<String, ChecklistAnswer>
    public var answers: OrderedDictionary<String, Answer>
    public var notes: [NoteRecord]
    /// A wait step's request and answer (`sent`, `answered`, …); nil for other steps.
    public var wait: WaitRecord?

    public init(step: String, touchpoint: String, stage: JourneyStage, outcome: Outcome, seconds: Double = 0,
                pausedSeconds: Double = 0, score: Int? = nil, barriers: [BarrierRecord] = [],
                checklist: OrderedDictionary<String, ChecklistAnswer> = [:],
                answers: OrderedDictionary<String, Answer> = [:], notes: [NoteRecord] = [], wait: WaitRecord? = nil) {
        self.step = step
        self.touchpoint = touchpoint
        self.stage = stage
        self.outcome = outcome
        self.seconds = seconds
        self.pausedSeconds = pausedSeconds
        self.score = score
        self.barriers = barriers
        self.checklist = checklist
        self.answers = answers
        self.notes = notes
        self.wait = wait
    }

    /// Done or failed steps are attempts; skipped and unfinished ones are not.
    public var isAttempt: Bool {
        outcome == .done || outcome == .failed
    }
}

/// A barrier met during a step.
public struct BarrierRecord: Sendable, Hashable {
    public enum Severity: Int, CaseIterable, Sendable, Hashable, Comparable {
        case cosmetic = 1
        case minor = 2
        case major = 3
        case blocker = 4

        public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
    }

    public var id: String
    public var text: String
    public var severity: Severity
    /// The barrier the tester named as what stopped the step (picked after `f`), written
    /// `cause: true`; a step holds each barrier once, so the cause is a mark, not a second entry.
    /// (Declared beside `severity` so the record stays 48 bytes in reports' memory.)
    public var cause: Bool
    /// Seconds into the step (active time).
    public var at: Double

    public init(id: String, text: String, severity: Severity, at: Double, cause: Bool = false) {
        self.id = id
        self.text = text
        self.severity = severity
        self.at = at
        self.cause = cause
    }
}

/// A free-text note taken during a step.
public struct NoteRecord: Sendable, Hashable {
    public var at: Double
    public var text: String

    public init(at: Double, text: String) {
        self.at = at
        self.text = text
    }
}

/// A checklist answer.
public enum ChecklistAnswer: String, CaseIterable, Sendable, Hashable {
    case yes
    case no
    case na = "n/a"

    /// The answer a run file's scalar stands for: `yes`/`no` and `true`/`false` alike, `y`/`n`,
    /// `n/a` or `na` (any case), and an empty value as n/a.
    public init?(_ value: ResolvedScalar) {
        switch value {
        case .bool(true): self = .yes
        case .bool(false): self = .no
        case .null: self = .na
        case .string(let s):
            switch s.lowercased() {
            case "n/a", "na": self = .na
            case "yes", "y": self = .yes
            case "no", "n": self = .no
            default: return nil
            }
        default: return nil
        }
    }
}

/// An answer to a question: a number (ratings, numbers), a yes/no, or text (text and choices).
public enum Answer: Sendable, Hashable {
    case number(Double)
    case bool(Bool)
    case text(String)
    /// Left empty (only for questions that are not required).
    case none

    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }
}
