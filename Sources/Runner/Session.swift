import Foundation
import OrderedCollections
import ShopperCore

/// Walks a tester through a scenario: asks who and where, shows the brief, then for each step the
/// ready screen, the running step with its barriers, notes and pauses, the score, checklist and
/// questions; then the survey and a summary. It drives a `RunEngine` and writes the run file after
/// every `.save` effect, so a kill at any moment loses nothing but the event being typed.
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
        /// Input ended: the run (if one was started) stays `in-progress`.
        case inputEnded
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
    private let parser: AnswerParser
    private var engine: RunEngine!
    private var pastRuns: [Run] = []
    private var resumeCommand = ""

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

    /// Runs the whole flow. Throws `Failure` when the run to resume cannot be, or a save fails.
    public func run(_ options: Options) throws -> Outcome {
        resumeCommand = options.resumeCommand ?? "shopper run \(scenario.id)"
        pastRuns = KnownBarriers.runs(in: store, scenario: scenario.id)
        if let id = options.resume {
            return try walk(RunEngine(scenario: scenario, resuming: try loadForResume(id)))
        }
        guard let tester = options.tester?.trimmingWhitespace.nonEmpty ?? askRequired(strings.askTester) else {
            return Outcome(ending: .inputEnded)
        }
        let folded = tester.lowercased()
        let unfinished = pastRuns.filter { $0.status == .inProgress && $0.tester.trimmingWhitespace.lowercased() == folded }
        if let latest = unfinished.max(by: { $0.started < $1.started }) {
            guard let yes = askValid(strings.resumeOffer(id: latest.id, started: latest.started), parser.yesNo) else {
                return Outcome(ending: .inputEnded)
            }
            if yes { return try walk(RunEngine(scenario: scenario, resuming: latest)) }
        }
        var context: OrderedDictionary<String, String> = [:]
        for key in scenario.context {
            if let given = options.context[key] {
                context[key] = given
            } else {
                guard let value = askRequired(strings.askContext(key)) else { return Outcome(ending: .inputEnded) }
                context[key] = value
            }
        }
        let started = RunEngine.wholeSeconds(clock.now().date)
        let id = store.newRunID(scenario: scenario.id, started: started, tester: tester)
        let run = Run(id: id, scenario: scenario.id, scenarioVersion: scenario.version, tester: tester,
                      started: started, context: context)
        return try walk(RunEngine(scenario: scenario, run: run))
    }

    // MARK: The walk

    private func walk(_ engine: RunEngine) throws -> Outcome {
        self.engine = engine
        try save()
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
            guard let command = io.command(.briefing) else { return try endOfInput() }
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

    private func view(_ i: Int) -> StepView {
        StepView(index: i, count: scenario.steps.count, step: scenario.steps[i])
    }

    private func ready(_ i: Int) throws -> Outcome? {
        let step = scenario.steps[i]
        var lines = ["", strings.stepHeader(i + 1, of: scenario.steps.count, title: step.title), step.instruction.trimmingWhitespace]
        if !step.expect.isEmpty { lines += [strings.expected] + step.expect.map { "  - \($0)" } }
        if let target = step.target { lines.append(strings.stepTarget(target)) }
        if engine.currentRecord?.outcome == .started { lines.append(strings.resumedStep) }
        lines.append(strings.readyPrompt)
        io.show(lines)
        while true {
            guard let command = io.command(.ready(view(i))) else { return try endOfInput() }
            switch command {
            case .enter:
                try apply(engine.beginStep(now: clock.now()))
                io.show([strings.started(engine.activeSeconds(at: clock.now())), strings.runningPrompt])
                return nil
            case .skip:
                try apply(engine.skipStep(now: clock.now()))
                io.show([strings.stepSkipped])
                return nil
            case .quit: return try quit()
            case .help: io.show(strings.help + [strings.readyPrompt])
            case .tick: continue
            case .unknown(let text): io.show([strings.unknownCommand(text), strings.readyPrompt])
            default: io.show([strings.readyPrompt])
            }
        }
    }

    private func running() throws -> Outcome? {
        guard case .running(let timing) = engine.phase else { return nil }
        let i = timing.step
        let step = scenario.steps[i]
        guard let command = io.command(.running(view(i), timing)) else { return try endOfInput() }
        let pressed = clock.now()
        switch command {
        case .enter:
            try apply(engine.finishStep(.done, now: pressed))
            io.show([strings.stepDone(engine.currentRecord?.seconds ?? 0)] + targetNote(step, engine.currentRecord?.seconds ?? 0))
        case .fail:
            try apply(engine.finishStep(.failed, now: pressed))
            io.show([strings.stepFailed(engine.currentRecord?.seconds ?? 0)] + targetNote(step, engine.currentRecord?.seconds ?? 0))
            if try !barrier(failing: true, pressed: pressed) { return try endOfInput() }
        case .skip:
            try apply(engine.skipStep(now: pressed))
            io.show([strings.stepSkipped])
        case .barrier:
            if try !barrier(failing: false, pressed: pressed) { return try endOfInput() }
            io.show(status(step) + [strings.runningPrompt])
        case .note:
            guard let text = io.ask(strings.askNote) else { return try endOfInput() }
            if let note = text.trimmingWhitespace.nonEmpty {
                try apply(engine.addNote(note, now: pressed))
                io.show([strings.noteRecorded(at: engine.currentRecord?.notes.last?.at ?? 0)])
            } else {
                io.show([strings.noNote])
            }
            io.show(status(step) + [strings.runningPrompt])
        case .pause:
            try apply(engine.pause(now: pressed))
            return try paused(step)
        case .quit:
            return try quit()
        case .help:
            io.show(strings.help + status(step) + [strings.runningPrompt])
        case .tick:
            try apply(engine.checkpoint(now: pressed))
        case .unknown(let text):
            io.show([strings.unknownCommand(text)])
        }
        return nil
    }

    private func paused(_ step: Step) throws -> Outcome? {
        io.show([strings.paused(engine.activeSeconds(at: clock.now()))])
        while true {
            guard case .running(let timing) = engine.phase else { return nil }
            guard let command = io.command(.paused(view(timing.step), timing)) else { return try endOfInput() }
            switch command {
            case .enter, .pause:
                try apply(engine.resume(now: clock.now()))
                io.show([strings.resumed(engine.activeSeconds(at: clock.now())), strings.runningPrompt])
                return nil
            case .quit: return try quit()
            case .help: io.show(strings.help + [strings.stillPaused])
            case .tick: continue
            default: io.show([strings.stillPaused])
            }
        }
    }

    private func status(_ step: Step) -> [String] {
        let now = engine.activeSeconds(at: clock.now())
        return [strings.elapsed(now)] + targetNote(step, now)
    }

    private func targetNote(_ step: Step, _ seconds: Double) -> [String] {
        guard let target = step.target, seconds > target else { return [] }
        return [strings.targetPassed(target)]
    }

    /// The barrier prompt; false when input ended. Stamped at the moment `b` or `f` was pressed.
    private func barrier(failing: Bool, pressed: Moment) throws -> Bool {
        guard let step = engine.currentStep else { return true }
        let runs = pastRuns.filter { $0.id != engine.run.id } + [engine.run]
        let menu = KnownBarriers.menu(step: step.id, scenario: scenario, runs: runs)
        if !menu.isEmpty {
            io.show([strings.knownBarriers] + menu.enumerated().map { "  \($0.offset + 1). \($0.element.text)" })
        }
        let choice = askValid(failing ? strings.askFailBarrier : strings.askBarrier) { (line: String) -> Result<KnownBarriers.Option?, AnswerParser.Refusal> in
            let text = line.trimmingWhitespace
            if text.isEmpty { return .success(nil) }
            if let n = Int(text), !menu.isEmpty {
                guard (1...menu.count).contains(n) else {
                    return .failure(.init(reason: self.strings.outOfRange(text, min: "1", max: String(menu.count))))
                }
                return .success(menu[n - 1])
            }
            let id = KnownBarriers.id(forNew: text, menu: menu, taken: KnownBarriers.takenIDs(scenario: self.scenario, runs: runs))
            return .success(KnownBarriers.Option(id: id, text: text, count: 0))
        }
        guard let choice else { return false }
        guard let option = choice else {
            io.show([strings.noBarrier])
            return true
        }
        guard let severity = askValid(strings.askSeverity, parser.severity) else { return false }
        try apply(engine.addBarrier(id: option.id, text: option.text, severity: severity, now: pressed))
        io.show([strings.barrierRecorded(option.id, at: engine.currentRecord?.barriers.last?.at ?? 0)])
        return true
    }

    private func answers(_ i: Int) throws -> Outcome? {
        for pending in engine.missingAnswers(step: i) {
            switch pending {
            case .score:
                guard let score = askValid(strings.askScore, parser.score) else { return try endOfInput() }
                try apply(engine.setScore(score))
            case .checklist(let item):
                guard let answer = askValid(strings.askChecklist(item.text), parser.checklist) else { return try endOfInput() }
                try apply(engine.setChecklist(item.id, answer))
            case .question(let q):
                guard let answer = ask(q) else { return try endOfInput() }
                try apply(engine.setAnswer(q.id, answer))
            }
        }
        try apply(engine.endAnswers(now: clock.now()))
        return nil
    }

    private func survey() throws -> Outcome {
        let missing = engine.missingSurvey
        if !missing.isEmpty { io.show(["", strings.surveyHeader]) }
        for q in missing {
            guard let answer = ask(q) else { return try endOfInput() }
            try apply(engine.setSurvey(q.id, answer))
        }
        try apply(engine.complete(now: clock.now()))
        let run = engine.run
        let path = store.path(of: run)
        let count = { (o: StepRecord.Outcome) in run.steps.filter { $0.outcome == o }.count }
        io.show(["", strings.runCompleted, strings.totalActive(run.activeSeconds),
                 strings.stepCounts(done: count(.done), failed: count(.failed), skipped: count(.skipped)),
                 strings.barrierCount(run.barrierCount), strings.savedTo(path)])
        return Outcome(ending: .completed, run: run, path: path)
    }

    /// A question's prompt with what it accepts, asked until valid; nil when input ended.
    private func ask(_ q: Question) -> Answer? {
        var hint: String?
        switch q.kind {
        case .nps, .csat, .ces, .seq:
            hint = strings.rangeHint(q.kind.range!)
        case .scale(let lo, let hi, let labels):
            let named = labels.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            hint = named.isEmpty ? strings.rangeHint(lo...hi)
                : "\(strings.rangeHint(lo...hi).dropLast()); \(named.joined(separator: ", ")))"
        case .yesno:
            hint = strings.yesNoHint
        case .choice(let options):
            io.show(options.enumerated().map { "  \($0.offset + 1). \($0.element)" })
            hint = strings.choiceHint
        case .number(let lo, let hi, let unit):
            hint = strings.numberHint(min: lo, max: hi, unit: unit)
        case .text:
            hint = nil
        }
        var prompt = q.ask.trimmingWhitespace
        if let hint { prompt += " " + hint }
        if !q.required { prompt += " " + strings.optionalHint }
        return askValid(prompt) { self.parser.answer($0, for: q) }
    }

    // MARK: Endings and saving

    private func quit() throws -> Outcome {
        try apply(engine.quit(now: clock.now()))
        let path = store.path(of: engine.run)
        io.show([strings.savedInProgress(path), strings.resumeWith(command: resumeCommand, id: engine.run.id)])
        return Outcome(ending: .quit, run: engine.run, path: path)
    }

    private func endOfInput() throws -> Outcome {
        try apply(engine.quit(now: clock.now()))
        let path = store.path(of: engine.run)
        io.show([strings.endOfInput, strings.savedInProgress(path), strings.resumeWith(command: resumeCommand, id: engine.run.id)])
        return Outcome(ending: .inputEnded, run: engine.run, path: path)
    }

    private func apply(_ effects: [RunEngine.Effect]) throws {
        for effect in effects {
            switch effect {
            case .save: try save()
            }
        }
    }

    private func save() throws {
        do {
            try store.save(engine.run)
        } catch {
            throw Failure(message: strings.cannotSave("\(error)"))
        }
    }

    private func loadForResume(_ id: String) throws -> Run {
        let path = store.path(scenario: scenario.id, run: id)
        guard FileManager.default.fileExists(atPath: path) else { throw Failure(message: strings.runNotFound(id, path: path)) }
        switch store.load(path: path) {
        case .failure(let d): throw Failure(message: d.formatted(path: path))
        case .success(let run):
            guard run.scenario == scenario.id else { throw Failure(message: strings.runOfOtherScenario(id, scenario: run.scenario)) }
            guard run.status == .inProgress else { throw Failure(message: strings.runNotInProgress(id, status: run.status.rawValue)) }
            return run
        }
    }

    private func askRequired(_ prompt: String) -> String? {
        askValid(prompt) { line in
            line.trimmingWhitespace.isEmpty ? .failure(.init(reason: self.strings.valueRequired)) : .success(line.trimmingWhitespace)
        }
    }

    /// Asks until the parser accepts; nil when input ended.
    private func askValid<T>(_ prompt: String, _ parse: (String) -> Result<T, AnswerParser.Refusal>) -> T? {
        while true {
            guard let line = io.ask(prompt) else { return nil }
            switch parse(line) {
            case .success(let value): return value
            case .failure(let refusal): io.show([strings.invalidAnswer(refusal.reason)])
            }
        }
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
