import Foundation
import ShopperCore

/// A small deterministic random generator (SplitMix64), so generated histories are the
/// same on every machine.
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}

/// How a step behaves in one month: multipliers and probabilities over the baseline.
struct StepEffect {
    var time = 1.0
    var score = 0.0
    var failure = 0.0
    /// Barrier id → probability per run.
    var barriers: [String: Double] = [:]
}

/// Writes realistic runs of real scenarios: log-normal step times around each step's
/// target, scores around 7.5, mostly-yes checklists, answers of the right type, survey
/// answers that follow the run's experience, and the effects given per month.
struct HistoryGenerator {
    var scenarios: [Scenario]
    var testers = ["Anna Petrova", "Ben Okafor", "Chen Li", "Dmitri Sokolov", "Eva Novak", "Farah Haddad"]
    /// (scenario, step, "YYYY-MM") → effect.
    var effects: [String: StepEffect] = [:]
    /// (scenario, "YYYY-MM") → context overrides.
    var contexts: [String: [String: String]] = [:]
    var rng = SplitMix64(seed: 20_261_123)

    static func key(_ scenario: String, _ step: String, _ month: String) -> String { "\(scenario)/\(step)/\(month)" }

    /// One run of `scenario` started at `started`.
    mutating func run(_ scenario: Scenario, started: Date, tester: String, status: Run.Status = .completed) -> Run {
        let month = String(Timestamp.format(started).prefix(7))
        var steps: [StepRecord] = []
        var experience = 0.0
        var clock = 0.0
        let stopAt = status == .completed ? scenario.steps.count : rng.int(1...max(1, scenario.steps.count - 1))
        for (index, step) in scenario.steps.enumerated() {
            if index > stopAt { break }
            let effect = effects[Self.key(scenario.id, step.id, month)] ?? StepEffect()
            let target = step.target ?? 120
            var outcome: StepRecord.Outcome = rng.chance(0.03 + effect.failure) ? .failed : .done
            if index == stopAt, status != .completed { outcome = status == .inProgress ? .started : .failed }
            let seconds = (target * 0.75 * effect.time * exp(0.35 * rng.normal())).rounded(toPlaces: 1)
            var barriers: [BarrierRecord] = []
            for known in scenario.barriers where known.step == step.id {
                let p = effect.barriers[known.id] ?? 0.04
                if rng.chance(p) {
                    let severity = BarrierRecord.Severity(rawValue: rng.int(2...(p > 0.2 ? 4 : 3)))!
                    barriers.append(BarrierRecord(id: known.id, text: known.text, severity: severity,
                                                  at: (seconds * rng.unit()).rounded(toPlaces: 1)))
                }
            }
            let penalty = barriers.reduce(0.0) { $0 + Double($1.severity.rawValue) * 0.5 }
            let mean = 7.6 + effect.score - penalty - (outcome == .failed ? 3 : 0)
            let score = step.score && outcome != .started ? min(10, max(0, Int((mean + 1.1 * rng.normal()).rounded()))) : nil
            experience += Double(score ?? 7) - 7.5
            var checklist: OrderedDictionaryBox = [:]
            if outcome != .started {
                for item in step.checklist {
                    let pYes = item.critical ? 0.95 - Double(barriers.count) * 0.2 : 0.85
                    checklist[item.id] = rng.chance(0.05) ? .na : (rng.chance(pYes) ? .yes : .no)
                }
            }
            var answers: OrderedAnswers = [:]
            if outcome != .started {
                for question in step.questions {
                    if let answer = answer(question, mood: mean) { answers[question.id] = answer }
                }
            }
            var notes: [NoteRecord] = []
            if rng.chance(0.15) {
                notes.append(NoteRecord(at: (seconds * rng.unit()).rounded(toPlaces: 1),
                                        text: rng.pick(["Took a while to find the button.", "Staff were friendly.",
                                                        "Had to scroll back to check the price.", "Screen flickered once."])))
            }
            steps.append(StepRecord(step: step.id, touchpoint: step.touchpoint, stage: step.stage, outcome: outcome,
                                    seconds: seconds, pausedSeconds: rng.chance(0.1) ? Double(rng.int(5...90)) : 0,
                                    score: score, barriers: barriers, checklist: checklist, answers: answers,
                                    notes: notes))
            clock += seconds
        }
        var survey: OrderedAnswers = [:]
        if status == .completed {
            let mood = 7.5 + experience / Double(max(1, steps.count))
            for question in scenario.survey {
                if let answer = answer(question, mood: mood) { survey[question.id] = answer }
            }
        }
        var context: OrderedDictionaryStrings = [:]
        for key in scenario.context {
            context[key] = contexts["\(scenario.id)/\(month)"]?[key] ?? defaultContext(key)
        }
        let id = RunID.make(started: started, tester: tester)
        return Run(id: id, scenario: scenario.id, scenarioVersion: scenario.version, tester: tester, started: started,
                   finished: status == .inProgress ? nil : started.addingTimeInterval(clock + 60),
                   status: status, context: context, steps: steps, survey: survey)
    }

    /// An answer of the right type; ratings follow `mood` (0…10).
    mutating func answer(_ question: Question, mood: Double) -> Answer? {
        switch question.kind {
        case .nps: return .number(Double(min(10, max(0, Int((mood + 0.8 + 1.4 * rng.normal()).rounded())))))
        case .text:
            return rng.chance(0.3) ? .text(rng.pick(["Fine overall.", "Too many screens.", "Quicker than last time."]))
                : (question.required ? .text("—") : Answer.none)
        case .yesno: return .bool(rng.chance(0.8))
        case .choice(let options): return options.isEmpty ? Answer.none : .text(rng.pick(options))
        case .number(let low, let high, _):
            let lo = low ?? 0, hi = high ?? max(lo + 30, 30)
            return .number((lo + (hi - lo) * 0.3 * rng.unit()).rounded())
        default:
            guard let range = question.kind.range else { return nil }
            let span = Double(range.upperBound - range.lowerBound)
            var share = (mood + 0.8 * rng.normal()) / 10
            if case .ces = question.kind { share = 1 - share }
            let value = Double(range.lowerBound) + (share * span).rounded()
            return .number(min(Double(range.upperBound), max(Double(range.lowerBound), value)))
        }
    }

    mutating func defaultContext(_ key: String) -> String {
        switch key {
        case "device": rng.pick(["iPhone 14", "Pixel 8", "Galaxy S23", "iPhone 15"])
        case "os_version": rng.pick(["iOS 18.1", "Android 15", "Android 14"])
        case "app_version": "5.1.4"
        // Location ids of scenarios/locations.yaml (a run's location must name one when the registry exists).
        case "location": rng.pick(["berlin", "leipzig", "dresden", "moscow", "kazan"])
        case "city": rng.pick(["Berlin", "Leipzig", "Dresden", "Moscow", "Kazan"])
        case "network": rng.pick(["4G", "Wi-Fi", "5G"])
        case "crew_size": String(rng.int(1...3))
        case "flat_size_m2": String(rng.int(35...110))
        default: "—"
        }
    }
}

typealias OrderedDictionaryBox = OrderedDictionary<String, ChecklistAnswer>
typealias OrderedAnswers = OrderedDictionary<String, Answer>
typealias OrderedDictionaryStrings = OrderedDictionary<String, String>

import OrderedCollections

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
