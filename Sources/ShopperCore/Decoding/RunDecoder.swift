import Foundation
import OrderedCollections
import YAMLKit

/// Turns a run document into a `Run`, reporting every problem it finds.
/// Booleans and checklist answers accept `yes`/`no` and `true`/`false` alike.
public enum RunDecoder {
    public static let runKeys = ["format", "run", "scenario", "scenario_version", "tester", "started", "finished",
                                 "status", "context", "steps", "survey"]
    public static let stepKeys = ["step", "touchpoint", "stage", "outcome", "seconds", "paused_seconds", "score",
                                  "barriers", "checklist", "answers", "notes", "sent", "answered", "response_seconds",
                                  "response_working_seconds", "attempts"]

    /// `scales` names the answers that are ratings (see `AnswerScales`); every number is held to
    /// `RunLimits` whatever it is.
    public static func decode(_ root: Node, scales: AnswerScales = .unchecked) -> (Run?, [Diagnostic]) {
        let d = NodeDecoder()
        let run = decode(root, scales, d)
        let diagnostics = d.diagnostics.sortedByPosition()
        return (diagnostics.hasErrors ? nil : run, diagnostics)
    }

    private static func decode(_ root: Node, _ scales: AnswerScales, _ d: NodeDecoder) -> Run? {
        guard let f = d.fields(root, what: "run", known: runKeys,
                               required: ["format", "run", "scenario", "tester", "started", "status", "steps"]) else { return nil }
        if let format = d.int(f["format"], "format"), format != Run.format {
            d.error("unsupported run format \(format); this version of shopper reads format \(Run.format)", at: f.values["format"]!.mark)
        }
        let id = d.string(f["run"], "run")
        if let id, !RunID.isValid(id) {
            d.error("'run' must look like 20261123T101500Z-tester-name, found \(Echo.quoted(id))", at: f.values["run"]!.mark)
        }
        let scenario = d.slug(f["scenario"], "scenario")
        let version = f["scenario_version"].map { d.int($0, "scenario_version", in: 1...Int(Int32.max)) } ?? 1
        let tester = d.name(f["tester"], "tester")
        let started = timestamp(f["started"], "started", d)
        let finished = timestamp(f["finished"], "finished", d)
        let status = d.choice(f["status"], "status", as: Run.Status.self, allowed: Run.Status.allCases)
        if let started, let finished, finished < started {
            d.error("'finished' is before 'started'", at: f.values["finished"]!.mark)
        }
        var context: OrderedDictionary<String, String> = [:]
        if let node = f["context"] {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let key = d.slug(pair.key, "context", allowUnderscore: true) else { continue }
                    if let value = d.string(pair.value, key, allowEmpty: true) { context[key] = value }
                }
            } else {
                d.error("expected 'context' to be a mapping, found \(node.kindDescription)", at: node.mark)
            }
        }
        var steps: [StepRecord] = []
        if let items = d.list(f["steps"], "steps") {
            for (index, item) in items.enumerated() {
                if let record = decodeStep(item, index: index, scales, span: (started, finished), d) { steps.append(record) }
            }
            let marks = zip(steps, items).map { ($0.step, $1["step"]?.mark ?? $1.mark) }
            d.checkUnique(marks, what: "step record")
        }
        if let status, status != .inProgress, let mark = f.values["status"]?.mark,
           steps.contains(where: { $0.outcome == .started }) {
            d.error("a \(status.rawValue) run cannot have a step with outcome 'started'", at: mark)
        }
        let survey = answers(f["survey"], "survey", d) { scales.survey($0) }
        guard let id, let scenario, let version, let tester, let started, let status else { return nil }
        return Run(id: id, scenario: scenario, scenarioVersion: version, tester: tester, started: started,
                   finished: finished, status: status, context: context, steps: steps, survey: survey ?? [:])
    }

    private static func decodeStep(_ node: Node, index: Int, _ scales: AnswerScales, span: (started: Date?, finished: Date?),
                                   _ d: NodeDecoder) -> StepRecord? {
        let name = node["step"]?.scalar.map { "step record \(Echo.quoted($0.value))" } ?? "step record \(index + 1)"
        guard let f = d.fields(node, what: name, known: stepKeys,
                               required: ["step", "touchpoint", "stage", "outcome"]) else { return nil }
        let step = d.slug(f["step"], "step")
        let touchpoint = d.slug(f["touchpoint"], "touchpoint")
        let stage = d.choice(f["stage"], "stage", as: JourneyStage.self, allowed: JourneyStage.allCases)
        let outcome = d.choice(f["outcome"], "outcome", as: StepRecord.Outcome.self, allowed: StepRecord.Outcome.allCases)
        let seconds = f["seconds"].map { time($0, "seconds", d) } ?? 0
        let paused = f["paused_seconds"].map { time($0, "paused_seconds", d) } ?? 0
        let score = d.int(f["score"], "score", in: 0...10)
        var barriers: [BarrierRecord] = []
        if let items = d.list(f["barriers"], "barriers") {
            for item in items {
                guard let b = d.fields(item, what: "barrier in \(name)", known: ["id", "text", "severity", "at", "cause"],
                                       required: ["id", "text", "severity"]) else { continue }
                let id = d.slug(b["id"], "id")
                let text = d.string(b["text"], "text", allowEmpty: true)
                let severity = d.int(b["severity"], "severity", in: 1...4).flatMap(BarrierRecord.Severity.init(rawValue:))
                let at = b["at"].map { time($0, "at", d) } ?? 0
                let cause = b["cause"].map { d.bool($0, "cause") } ?? false
                if let id, let text, let severity, let at, let cause {
                    barriers.append(BarrierRecord(id: id, text: text, severity: severity, at: at, cause: cause))
                }
            }
        }
        var checklist: OrderedDictionary<String, ChecklistAnswer> = [:]
        if let node = f["checklist"] {
            if let pairs = node.mapping {
                for pair in pairs {
                    guard let key = d.slug(pair.key, "checklist") else { continue }
                    if let answer = checklistAnswer(pair.value, d) { checklist[key] = answer }
                }
            } else {
                d.error("expected 'checklist' to be a mapping of item ids to yes, no or n/a, found \(node.kindDescription)", at: node.mark)
            }
        }
        let answers = answers(f["answers"], "answers", d) { id in step.flatMap { scales.step($0, id) } } ?? [:]
        var notes: [NoteRecord] = []
        if let items = d.list(f["notes"], "notes") {
            for item in items {
                guard let n = d.fields(item, what: "note in \(name)", known: ["at", "text"], required: ["text"]) else { continue }
                let at = n["at"].map { time($0, "at", d) } ?? 0
                if let at, let text = d.string(n["text"], "text", allowEmpty: true) { notes.append(NoteRecord(at: at, text: text)) }
            }
        }
        let wait = wait(f, outcome: outcome, span: span, d)
        guard let step, let touchpoint, let stage, let outcome, let seconds, let paused else { return nil }
        return StepRecord(step: step, touchpoint: touchpoint, stage: stage, outcome: outcome, seconds: seconds,
                          pausedSeconds: paused, score: score, barriers: barriers, checklist: checklist,
                          answers: answers, notes: notes, wait: wait)
    }

    /// A time in seconds within 0 to `RunLimits.maxSeconds`.
    static func time(_ node: Node, _ name: String, _ d: NodeDecoder) -> Double? {
        guard let value = d.number(node, name) else { return nil }
        if let problem = RunLimits.secondsProblem(value, name: name) {
            d.error(problem, at: node.mark)
            return nil
        }
        return value
    }

    static func timestamp(_ node: Node?, _ name: String, _ d: NodeDecoder) -> Date? {
        guard let node, let text = d.string(node, name) else { return nil }
        guard let date = Timestamp.parse(text) else {
            d.error("'\(name)' must be an ISO 8601 time such as 2026-11-23T10:15:00Z (a real date in the years "
                    + "1970 to 9999, an offset within ±14:00), found \(Echo.quoted(text))", at: node.mark)
            return nil
        }
        return date
    }

    private static func checklistAnswer(_ node: Node, _ d: NodeDecoder) -> ChecklistAnswer? {
        guard node.scalar != nil else {
            d.error("expected yes, no or n/a, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        guard let answer = ChecklistAnswer(node.resolved) else {
            d.error("expected yes, no or n/a, found \(d.describe(node))", at: node.mark)
            return nil
        }
        return answer
    }

    /// `rating` gives the question an answer must fit as a rating, by question id.
    static func answers(_ node: Node?, _ name: String, _ d: NodeDecoder,
                        rating: (String) -> Question?) -> OrderedDictionary<String, Answer>? {
        guard let node else { return nil }
        guard let pairs = node.mapping else {
            d.error("expected '\(name)' to be a mapping of question ids to answers, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var result: OrderedDictionary<String, Answer> = [:]
        for pair in pairs {
            guard let key = d.slug(pair.key, name) else { continue }
            guard pair.value.scalar != nil else {
                d.error("expected a single answer for '\(key)', found \(pair.value.kindDescription)", at: pair.value.mark)
                continue
            }
            func number(_ x: Double) {
                if let problem = AnswerScales.problem(x, shown: pair.value.scalar!.value, question: key, rating: rating(key)) {
                    d.error(problem, at: pair.value.mark)
                } else {
                    result[key] = .number(x)
                }
            }
            switch pair.value.resolved {
            case .null: result[key] = Answer.none
            case .bool(let b): result[key] = .bool(b)
            case .int(let i): number(Double(i))
            case .double(let x) where x.isFinite: number(x)
            case .double: d.error("answer to '\(key)' must be a finite number", at: pair.value.mark)
            case .string(let s): result[key] = .text(s)
            }
        }
        return result
    }
}
