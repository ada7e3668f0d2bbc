import Foundation
import OrderedCollections
import ShopperCore

/// Walks a tester through a scenario: asks who and where, shows the brief, then for each step the
/// ready screen, the running step with its barriers, notes and pauses, the score, checklist and
/// questions; then the survey and a summary. It drives a `RunEngine` and writes the run file after
/// every `.save` effect, so a kill at any moment loses nothing but the event being typed.
///
/// This file holds the setup and the walk; the step screens, the barrier prompt, the answers and
/// the endings are in `Session+*.swift`.
public final class Session {
    public struct Options: Sendable {
        /// The tester's name; asked when nil.
        public var tester: String?
        /// Context values given in advance; the others the scenario lists are asked.
        public var context: OrderedDictionary<String, String>
        /// An `in-progress` run to continue.
        public var resume: String?
        /// The command that resumes a run, as the tester should type it: the run id is appended.
        public var resumeCommand: String?

        public init(tester: String? = nil, context: OrderedDictionary<String, String> = [:], resume: String? = nil,
                    resumeCommand: String? = nil) {
            self.tester = tester
            self.context = context
            self.resume = resume
            self.resumeCommand = resumeCommand
        }
    }

    public enum Ending: String, Sendable, Hashable {
        /// Walked to the end: the run is `completed`.
        case completed
        /// The tester quit: the run stays `in-progress`.
        case quit
        /// Input ended (or the front end was stopped): the run, if one was started, stays `in-progress`.
        case inputEnded
        /// The run was marked `abandoned`.
        case abandoned
    }

    public struct Outcome: Sendable {
        public var ending: Ending
        /// Nil only when input ended before a run was created.
        public var run: Run?
        public var path: String?
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    public let scenario: Scenario
    public let store: RunStore
    public let clock: any RunClock
    public let io: any RunnerIO
    public let strings: Strings
    let parser: AnswerParser
    var engine: RunEngine!
    /// Read in the background when `run` starts (see `readPastRuns`).
    var pastRuns = PastRunsLoad(ready: [])
    /// How the past runs of the scenario are read: by default every file decoded in full;
    /// `shopper run` sets the reports' streaming reader (`RunLoader.pastRuns`).
    public var readPastRuns: @Sendable (RunStore, Scenario) -> [PastRun] = { PastRun.all(in: $0, scenario: $1.id) }
    var resumeCommand = ""
    /// The step whose timer ended in this session: its answers follow without a new header.
    var finishedStep: Int?
    /// The lock on the run this session has open (see `Session+Store.swift`).
    var lock: RunLock?

    /// The locations registry (`locations.yaml`), when there is one: the `location` context must
    /// then name one of its ids, and the prompt offers them as a numbered list.
    public var locations: LocationRegistry?
    /// The tester's time zone: times on wait screens are shown and typed in it.
    public var timeZone: TimeZone = .current

    public init(scenario: Scenario, store: RunStore, clock: any RunClock, io: any RunnerIO, strings: Strings) {
        self.scenario = scenario
        self.store = store
        self.clock = clock
        self.io = io
        self.strings = strings
        parser = AnswerParser(strings)
    }

    /// Context keys given that the scenario does not list.
    public static func unknownContextKeys(_ context: OrderedDictionary<String, String>, scenario: Scenario) -> [String] {
        context.keys.filter { !scenario.context.contains($0) }
    }

    /// Runs the whole flow. Throws `Failure` when the run to resume cannot be (unknown, not in
    /// progress, open in another runner, or its file does not match its path), or when a save fails
    /// and the tester quits rather than try again.
    public func run(_ options: Options) throws -> Outcome {
        defer { releaseLock() }
        resumeCommand = options.resumeCommand ?? "shopper run \(scenario.id)"
        let (store, scenario, read) = (self.store, self.scenario, readPastRuns)
        pastRuns = PastRunsLoad { read(store, scenario) }
        if let id = options.resume {
            return try walk(RunEngine(scenario: scenario, resuming: try claimInProgress(id, abandoning: false)))
        }
        io.show([strings.startingScenario(scenario.title.trimmingWhitespace, id: scenario.id)])
        guard let tester = options.tester?.trimmingWhitespace.nonEmpty ?? askTesterName() else {
            return nothingRecorded()
        }
        let folded = tester.lowercased()
        let isUnfinished = { (run: Run) in run.status == .inProgress && run.tester.trimmingWhitespace.lowercased() == folded }
        // Only this tester's files are read for the offer (their ids carry the tester's slug), so it
        // does not wait for the whole history, which the barrier list reads in the background.
        let unfinished = store.files(scenario: scenario.id, tester: tester).compactMap { path -> PastRun? in
            guard !RunStore.saysEnded(path: path), case .success(let run) = store.load(path: path), isUnfinished(run)
            else { return nil }
            return PastRun(run, path: path)
        }
        var toAbandon: Run?
        // Runs another runner has open are never offered (see `claimLatest`).
        if let latest = claimLatest(unfinished, where: isUnfinished) {
            let offer = strings.resumeOffer(id: latest.id, started: latest.started, others: unfinished.count - 1)
            guard let yes = askValid(offer, parser.yesNo) else {
                return nothingRecorded()
            }
            if yes { return try walk(RunEngine(scenario: scenario, resuming: latest)) }
            toAbandon = latest
        }
        var context: OrderedDictionary<String, String> = [:]
        for key in scenario.context {
            if let given = options.context[key] {
                context[key] = given
            } else if key == "location", let locations, !locations.locations.isEmpty {
                io.show([strings.knownLocations] + locations.locations.enumerated().map { i, location in
                    "  \(i + 1). \(location.id) (\(location.name))"
                })
                let prompt = strings.askContext(key, prompt: scenario.contextPrompts[key])
                guard let value = askValid(prompt, { self.locationChoice($0, in: locations) }) else {
                    return nothingRecorded()
                }
                context[key] = value
            } else {
                guard let value = askRequired(strings.askContext(key, prompt: scenario.contextPrompts[key])) else {
                    return nothingRecorded()
                }
                context[key] = value
            }
        }
        // The declined run is marked only now, so stopping while the context is asked changes nothing.
        if let old = toAbandon {
            try markAbandoned(old)
            releaseLock()
        }
        let started = RunEngine.wholeSeconds(clock.now().date)
        let draft = Run(id: RunID.make(started: started, tester: tester), scenario: scenario.id,
                        scenarioVersion: scenario.version, tester: tester, started: started, context: context)
        return try walk(RunEngine(scenario: scenario, run: try create(draft)))
    }

    /// Marks the `in-progress` run `id` abandoned (`shopper run SCENARIO --abandon RUN_ID`) and
    /// shows where it was saved. Throws `Failure` when there is no such run or it is not in progress.
    public func abandon(runID id: String) throws -> Outcome {
        defer { releaseLock() }
        let run = try claimInProgress(id, abandoning: true)
        let (abandoned, path) = try markAbandoned(run)
        return Outcome(ending: .abandoned, run: abandoned, path: path)
    }

    // MARK: The walk

    func walk(_ engine: RunEngine) throws -> Outcome {
        self.engine = engine
        if engine.isResumed {
            io.show([strings.resuming(id: engine.run.id)])
            if engine.run.scenarioVersion != scenario.version {
                io.show([strings.scenarioVersionChanged(recorded: engine.run.scenarioVersion, current: scenario.version)])
            }
        }
        var lines = [strings.scenarioTitle(scenario.title)]
        if let persona = scenario.persona { lines += ["", strings.persona, persona.trimmingWhitespace] }
        lines += ["", strings.brief, scenario.brief.trimmingWhitespace]
        if let target = scenario.target { lines += ["", strings.taskTarget(target)] }
        lines += ["", strings.briefingPrompt]
        io.show(lines)
        while true {
            guard let command = io.command(.briefing) else { return try stopped() }
            switch command {
            case .enter: try apply(self.engine.start(now: clock.now()))
            case .quit: return try quit()
            case .help, .tick: continue
            case .unknown(let text): io.show([strings.unknownCommand(text), strings.briefingPrompt]); continue
            default: io.show([strings.briefingPrompt]); continue
            }
            break
        }
        while true {
            switch self.engine.phase {
            case .briefing: preconditionFailure("the briefing was left above")
            case .ready(let i):
                if let ending = try ready(i) { return ending }
            case .running:
                if let ending = try running() { return ending }
            case .waiting(let i):
                if let ending = try waiting(i) { return ending }
            case .answering(let i):
                if let ending = try answers(i) { return ending }
            case .survey:
                return try survey()
            case .finished:
                return Outcome(ending: self.engine.run.status == .inProgress ? .quit : .completed,
                               run: self.engine.run, path: store.path(of: self.engine.run))
            }
        }
    }

    /// The run `id` of this scenario, which must be `in-progress` (to resume or to abandon), and
    /// whose `run` and `scenario` must be those its path names.
    func loadInProgress(_ id: String, abandoning: Bool) throws -> Run {
        switch store.load(scenario: scenario.id, run: id) {
        case .failure(.notFound(let path)): throw Failure(message: strings.runNotFound(id, path: path))
        case .failure(.invalid(let path, let d)): throw Failure(message: d.formatted(path: path))
        case .failure(.mismatched(let path, let field, let found, let expected)):
            throw Failure(message: strings.mismatchedRunFile(path: path, field: field, found: found, expected: expected))
        case .success(let run):
            guard run.status == .inProgress else {
                let status = run.status.rawValue
                throw Failure(message: abandoning ? strings.cannotAbandon(id, status: status) : strings.runNotInProgress(id, status: status))
            }
            return run
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
