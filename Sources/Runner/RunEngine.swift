import Foundation
import ShopperCore

/// The runner as a pure state machine: it holds the `Run` being recorded and the phase of the walk.
/// Each event is a mutating method taking the current `Moment` and returning the effects to perform
/// (the caller writes the file, redraws); nothing here does I/O. Impossible transitions (an event
/// the phase does not allow) are programmer errors and trap.
///
/// Phases: `briefing` → `ready(i)` → `running(i)` → `answering(i)` (done or failed) → `ready(i+1)` …
/// → `survey` → `finished`. A skip from `ready` or `running` goes straight to the next step. A wait
/// step goes `running(i)` → `waiting(i)` (request sent) → `answering(i)` (see `RunEngine+Wait.swift`).
///
/// Recording: a step gets its record when it starts (outcome `started`) or is skipped; while it runs
/// every event rewrites the record's `seconds` and `paused_seconds` up to that moment, so a kill
/// keeps the barriers and notes typed so far. Active time is the time since the step started minus
/// paused time, kept to a tenth of a second; barriers and notes are stamped with it.
///
/// Resume (`init(scenario:resuming:)` then `start`): steps recorded `done`, `failed` or `skipped` are
/// kept as recorded; a done or failed step whose score, checklist or required answers are missing
/// goes back to `answering` so only the missing ones are asked. The interrupted step (outcome
/// `started`) goes back to its ready screen; its barriers and notes are kept, and when it is begun
/// again its timer continues from the recorded `seconds` and `paused_seconds` (time between the last
/// save and the interruption is not known and is not counted). Nothing recorded is discarded.
public struct RunEngine: Sendable {
    public enum Phase: Sendable, Hashable {
        case briefing
        case ready(step: Int)
        case running(Timing)
        /// A wait step's request is sent (`sent` recorded): the answer is awaited, possibly over
        /// days, across quits and resumes (see `RunEngine+Wait.swift`).
        case waiting(step: Int)
        case answering(step: Int)
        case survey
        case finished
    }

    /// The timer of the running step (monotonic seconds).
    public struct Timing: Sendable, Hashable {
        public var step: Int
        public var startedAt: Double
        public var pausedSince: Double?
        /// Pauses already ended, in seconds.
        public var accumulatedPause: Double
        /// Active and paused seconds recorded before this start (a resumed step).
        public var priorSeconds: Double
        public var priorPaused: Double

        public func active(at uptime: Double) -> Double {
            let pausedNow = pausedSince.map { max(0, uptime - $0) } ?? 0
            return max(0, priorSeconds + (uptime - startedAt) - accumulatedPause - pausedNow)
        }

        public func paused(at uptime: Double) -> Double {
            priorPaused + accumulatedPause + (pausedSince.map { max(0, uptime - $0) } ?? 0)
        }
    }

    public enum Effect: Sendable, Hashable {
        /// The run changed: write it.
        case save
    }

    public enum Ending: String, Sendable, Hashable {
        case done
        case failed
    }

    public let scenario: Scenario
    public private(set) var run: Run
    public internal(set) var phase: Phase = .briefing
    /// Whether this engine continues a run recorded earlier.
    public let isResumed: Bool

    /// A new run, in the briefing phase.
    public init(scenario: Scenario, run: Run) {
        self.scenario = scenario
        self.run = run
        isResumed = false
    }

    /// An `in-progress` run recorded earlier; `start` moves to where it was left.
    public init(scenario: Scenario, resuming run: Run) {
        self.scenario = scenario
        self.run = run
        isResumed = true
    }

    // MARK: Reading

    /// The index of the step the phase is about, if any.
    public var stepIndex: Int? {
        switch phase {
        case .ready(let i), .answering(let i), .waiting(let i): i
        case .running(let t): t.step
        case .briefing, .survey, .finished: nil
        }
    }

    public var currentStep: Step? { stepIndex.map { scenario.steps[$0] } }

    /// The record of the current step, if it has one yet.
    public var currentRecord: StepRecord? {
        guard let step = currentStep else { return nil }
        return run.record(for: step.id)
    }

    /// Active seconds of the current step at `now` (0 before it starts).
    public func activeSeconds(at now: Moment) -> Double {
        if case .running(let t) = phase { return t.active(at: now.uptime) }
        return currentRecord?.seconds ?? 0
    }

    public var isPaused: Bool {
        if case .running(let t) = phase { return t.pausedSince != nil }
        return false
    }

    /// Score, checklist items and questions of step `index` not answered yet (in asking order).
    public func missingAnswers(step index: Int) -> [Pending] {
        let step = scenario.steps[index]
        let record = run.record(for: step.id)
        var pending: [Pending] = []
        if step.score, record?.score == nil { pending.append(.score) }
        for item in step.checklist where record?.checklist[item.id] == nil { pending.append(.checklist(item)) }
        for q in step.questions where record?.answers[q.id] == nil { pending.append(.question(q)) }
        return pending
    }

    /// Survey questions not answered yet.
    public var missingSurvey: [Question] {
        scenario.survey.filter { run.survey[$0.id] == nil }
    }

    public enum Pending: Sendable, Hashable {
        case score
        case checklist(ChecklistItem)
        case question(Question)
    }

    // MARK: Events

    /// Leaves the briefing for the first step not finished (the first step for a new run).
    public mutating func start(now: Moment) -> [Effect] {
        guard case .briefing = phase else { invalid("start") }
        phase = position(from: 0)
        return [.save]
    }

    /// Starts the timer of the ready step.
    public mutating func beginStep(now: Moment) -> [Effect] {
        guard case .ready(let i) = phase else { invalid("beginStep") }
        let step = scenario.steps[i]
        var record = run.record(for: step.id) ?? Self.emptyRecord(step)
        record.outcome = .started
        let timing = Timing(step: i, startedAt: now.uptime, pausedSince: nil, accumulatedPause: 0,
                            priorSeconds: record.seconds, priorPaused: record.pausedSeconds)
        put(record)
        phase = .running(timing)
        return [.save]
    }

    /// Skips the ready or running step (time already spent on it is recorded).
    public mutating func skipStep(now: Moment) -> [Effect] {
        let i: Int
        switch phase {
        case .ready(let index):
            i = index
            var record = run.record(for: scenario.steps[i].id) ?? Self.emptyRecord(scenario.steps[i])
            record.outcome = .skipped
            put(record)
        case .running(let t):
            i = t.step
            updateTiming(t, now: now, outcome: .skipped)
        default:
            invalid("skipStep")
        }
        phase = position(from: i + 1)
        return [.save]
    }

    /// Ends the running step (a pause in progress ends with it) and moves to its answers.
    public mutating func finishStep(_ ending: Ending, now: Moment) -> [Effect] {
        guard case .running(let t) = phase else { invalid("finishStep") }
        updateTiming(t, now: now, outcome: ending == .done ? .done : .failed)
        phase = .answering(step: t.step)
        return [.save]
    }

    public mutating func pause(now: Moment) -> [Effect] {
        guard case .running(var t) = phase, t.pausedSince == nil else { invalid("pause") }
        t.pausedSince = now.uptime
        phase = .running(t)
        updateTiming(t, now: now, outcome: .started)
        return [.save]
    }

    public mutating func resume(now: Moment) -> [Effect] {
        guard case .running(var t) = phase, let since = t.pausedSince else { invalid("resume") }
        t.accumulatedPause += max(0, now.uptime - since)
        t.pausedSince = nil
        phase = .running(t)
        updateTiming(t, now: now, outcome: .started)
        return [.save]
    }

    /// Rewrites the running step's times up to `now` (for a periodic save on a live screen).
    public mutating func checkpoint(now: Moment) -> [Effect] {
        guard case .running(let t) = phase else { return [] }
        updateTiming(t, now: now, outcome: .started)
        return [.save]
    }

    /// Records a barrier, stamped with the active time into the step (its final time once the
    /// step has ended, e.g. the barrier asked for after `failed`). A step holds each barrier once:
    /// a barrier already recorded in this step keeps its entry and time, and takes the new
    /// severity only when it is higher.
    /// `cause`: the barrier is what stopped the step (named after `f`); one already recorded in the
    /// step is marked so rather than recorded twice.
    public mutating func addBarrier(id: String, text: String, severity: BarrierRecord.Severity, cause: Bool = false,
                                    now: Moment) -> [Effect] {
        let at = stamp(now: now, event: "addBarrier")
        if case .running(let t) = phase { updateTiming(t, now: now, outcome: .started) }
        mutateRecord { record in
            if let i = record.barriers.firstIndex(where: { $0.id == id }) {
                record.barriers[i].severity = max(record.barriers[i].severity, severity)
                if cause { record.barriers[i].cause = true }
            } else {
                record.barriers.append(BarrierRecord(id: id, text: text, severity: severity, at: at, cause: cause))
            }
        }
        return [.save]
    }

    /// The start of a note that keeps text typed but never confirmed (the runner was stopped).
    public static let unfinishedMarker = "[unfinished] "

    /// Whether `addNote` may be called now: a step is running or its answers are asked.
    public var acceptsNotes: Bool {
        switch phase {
        case .running, .answering: true
        default: false
        }
    }

    /// Records a free-text note, stamped like a barrier.
    public mutating func addNote(_ text: String, now: Moment) -> [Effect] {
        let at = stamp(now: now, event: "addNote")
        if case .running(let t) = phase { updateTiming(t, now: now, outcome: .started) }
        mutateRecord { $0.notes.append(NoteRecord(at: at, text: text)) }
        return [.save]
    }

    public mutating func setScore(_ score: Int) -> [Effect] {
        guard case .answering = phase, (0...10).contains(score) else { invalid("setScore(\(score))") }
        mutateRecord { $0.score = score }
        return [.save]
    }

    public mutating func setChecklist(_ item: String, _ answer: ChecklistAnswer) -> [Effect] {
        guard case .answering = phase else { invalid("setChecklist") }
        mutateRecord { $0.checklist[item] = answer }
        return [.save]
    }

    public mutating func setAnswer(_ question: String, _ answer: Answer) -> [Effect] {
        guard case .answering = phase else { invalid("setAnswer") }
        mutateRecord { $0.answers[question] = answer }
        return [.save]
    }

    /// The step's answers are in: on to the next step not finished, or the survey.
    public mutating func endAnswers(now: Moment) -> [Effect] {
        guard case .answering(let i) = phase else { invalid("endAnswers") }
        phase = position(from: i + 1)
        return [.save]
    }

    public mutating func setSurvey(_ question: String, _ answer: Answer) -> [Effect] {
        guard case .survey = phase else { invalid("setSurvey") }
        run.survey[question] = answer
        return [.save]
    }

    /// Ends the run as `completed`.
    public mutating func complete(now: Moment) -> [Effect] {
        guard case .survey = phase else { invalid("complete") }
        run.status = .completed
        run.finished = Self.wholeSeconds(now.date)
        phase = .finished
        return [.save]
    }

    /// Leaves the run `in-progress` to be resumed: a running step keeps outcome `started` with its
    /// times up to `now`. Allowed in any phase but `finished`.
    public mutating func quit(now: Moment) -> [Effect] {
        if case .finished = phase { invalid("quit") }
        if case .running(let t) = phase { updateTiming(t, now: now, outcome: .started) }
        phase = .finished
        return [.save]
    }

    /// Ends the run as `abandoned` (it will not be resumed). An abandoned run may not hold a step
    /// with outcome `started`, so the interrupted step (running now, or recorded `started` in a
    /// resumed run) becomes `skipped`: not an attempt, so it does not count as a failure of the
    /// step (the run already counts as a failed task); its time, barriers and notes are kept.
    public mutating func abandon(now: Moment) -> [Effect] {
        if case .finished = phase, run.status != .inProgress { invalid("abandon") }
        if case .running(let t) = phase { updateTiming(t, now: now, outcome: .started) }
        for index in run.steps.indices where run.steps[index].outcome == .started {
            run.steps[index].outcome = .skipped
        }
        run.status = .abandoned
        run.finished = Self.wholeSeconds(now.date)
        phase = .finished
        return [.save]
    }

    // MARK: Internals

    static func emptyRecord(_ step: Step) -> StepRecord {
        StepRecord(step: step.id, touchpoint: step.touchpoint, stage: step.stage, outcome: .started)
    }

    /// Run files hold whole seconds; the record in memory matches the file.
    public static func wholeSeconds(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    static func tenth(_ x: Double) -> Double { (x * 10).rounded() / 10 }

    /// The first step from `start` on that is not finished: its ready screen (not started or
    /// interrupted) or its answers (missing ones); else the survey.
    func position(from start: Int) -> Phase {
        var i = start
        while i < scenario.steps.count {
            let record = run.record(for: scenario.steps[i].id)
            switch record?.outcome {
            case .started? where record?.wait?.isOpen == true: return .waiting(step: i)
            case nil, .started?: return .ready(step: i)
            case .done?, .failed?: if !missingAnswers(step: i).isEmpty { return .answering(step: i) }
            case .skipped?: break
            }
            i += 1
        }
        return .survey
    }

    private func stamp(now: Moment, event: String) -> Double {
        switch phase {
        case .running(let t): Self.tenth(t.active(at: now.uptime))
        case .answering: currentRecord?.seconds ?? 0
        default: invalid(event)
        }
    }

    mutating func updateTiming(_ t: Timing, now: Moment, outcome: StepRecord.Outcome) {
        let step = scenario.steps[t.step]
        var record = run.record(for: step.id) ?? Self.emptyRecord(step)
        record.seconds = Self.tenth(t.active(at: now.uptime))
        record.pausedSeconds = Self.tenth(t.paused(at: now.uptime))
        record.outcome = outcome
        put(record)
    }

    mutating func mutateRecord(_ change: (inout StepRecord) -> Void) {
        guard let step = currentStep else { invalid("record change") }
        var record = run.record(for: step.id) ?? Self.emptyRecord(step)
        change(&record)
        put(record)
    }

    /// Replaces the step's record, or adds it in scenario order.
    mutating func put(_ record: StepRecord) {
        if let index = run.steps.firstIndex(where: { $0.step == record.step }) {
            run.steps[index] = record
            return
        }
        let order = scenario.steps.firstIndex { $0.id == record.step } ?? Int.max
        let insertAt = run.steps.firstIndex { existing in
            (scenario.steps.firstIndex { $0.id == existing.step } ?? Int.max) > order
        } ?? run.steps.count
        run.steps.insert(record, at: insertAt)
    }

    func invalid(_ event: String) -> Never {
        preconditionFailure("RunEngine: \(event) is not allowed in phase \(phase)")
    }
}
