import Foundation
import Reports
import ShopperCore

/// A seeded, deterministic generator (SplitMix64): the same seed gives the same history on
/// every machine, with no system randomness.
struct SeededGenerator: RandomNumberGenerator {
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
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-300), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }

    mutating func chance(_ p: Double) -> Bool { uniform() < p }

    /// A whole number from `normal(mean, sd)` rounded and clamped to `range`.
    mutating func rating(mean: Double, sd: Double, in range: ClosedRange<Int>) -> Int {
        min(range.upperBound, max(range.lowerBound, Int((mean + sd * normal()).rounded())))
    }
}

/// Two months of generated runs of a seven-step scenario with scores, checklists (one critical
/// item), step and task targets, a rating question and an NPS/CSAT/CES survey, held in memory
/// as `RunSummary` values. `Effects` changes the second month.
enum SyntheticHistory {
    struct Effects {
        /// Step `s4` takes this many times as long.
        var slowStep = 1.0
        /// Step `s5`'s score moves by this many points.
        var scoreShift = 0.0
        /// The share of 4–5 CSAT answers moves by this much.
        var csatShift = 0.0
        /// The critical item of `s3` is answered "no" in this share of runs (else 2%).
        var criticalFailure = 0.02

        static let none = Effects()
        static let known = Effects(slowStep: 1.8, scoreShift: -2, csatShift: -0.30, criticalFailure: 0.5)
    }

    static let baseSeconds: [Double] = [45, 90, 60, 120, 75, 150, 40]

    static let scenario: Scenario = {
        let steps = (1...7).map { i in
            Step(id: "s\(i)", title: "Step \(i)", instruction: "Do \(i).", touchpoint: "tp\(i)", stage: .purchase,
                 target: (baseSeconds[i - 1] * 1.4).rounded(),
                 checklist: [ChecklistItem(id: "a", text: "A", weight: 1), ChecklistItem(id: "b", text: "B", weight: 2)]
                     + (i == 3 ? [ChecklistItem(id: "crit", text: "Critical", weight: 1, critical: true)] : []),
                 questions: i == 2 ? [Question(id: "ease", ask: "Ease?", kind: .seq)] : [])
        }
        return Scenario(id: "sim", title: "Simulated", version: 1, brief: "Do it.", target: 750, steps: steps,
                        survey: [Question(id: "nps", ask: "Recommend?", kind: .nps),
                                 Question(id: "csat", ask: "Satisfied?", kind: .csat),
                                 Question(id: "ces", ask: "Easy?", kind: .ces)],
                        pass: 0.8)
    }()

    static func builder(alpha: Double = 0.05) -> ReportBuilder {
        var options = ReportOptions()
        options.alpha = alpha
        return ReportBuilder(scenarios: ["sim": scenario], options: options)
    }

    /// `perPeriod` runs in October (no effect) and in November (with `effects`).
    static func runs(seed: UInt64, perPeriod: Int = 30, effects: Effects) -> [RunSummary] {
        var g = SeededGenerator(seed: seed)
        var out: [RunSummary] = []
        for (month, e) in [(10, Effects.none), (11, effects)] {
            for i in 0..<perPeriod {
                let started = Timestamp.parse(String(format: "2026-%02d-%02dT%02d:00:00Z", month, 1 + i % 28, 8 + i % 10))!
                out.append(run("m\(month)-\(i)", started: started, effects: e, &g))
            }
        }
        return out
    }

    static func run(_ id: String, started: Date, effects e: Effects, _ g: inout SeededGenerator) -> RunSummary {
        var steps: [RunSummary.StepSummary] = []
        var totals = RunSummary.ChecklistTotals()
        for i in 1...7 {
            let stepID = "s\(i)"
            let outcome: StepRecord.Outcome = g.chance(0.97) ? .done : .failed
            var seconds = baseSeconds[i - 1] * exp(0.3 * g.normal())
            if i == 4 { seconds *= e.slowStep }
            let score = g.rating(mean: 7 + (i == 5 ? e.scoreShift : 0), sd: 1.5, in: 0...10)
            var items: [Compliance.Item] = []
            for (item, weight) in [("a", 1.0), ("b", 2.0)] {
                let answer: Bool? = g.chance(0.05) ? nil : g.chance(0.9)
                items.append(Compliance.Item(weight: weight, passed: answer))
                if let answer {
                    totals.scored += weight
                    if answer { totals.yes += weight }
                }
                _ = item
            }
            if i == 3 {
                let failed = g.chance(e.criticalFailure)
                items.append(Compliance.Item(weight: 1, critical: true, passed: !failed))
                totals.scored += 1
                if failed {
                    totals.criticalMask |= 1 // the scenario's only critical item
                } else {
                    totals.yes += 1
                }
            }
            let answers = i == 2 ? [RunSummary.NumericAnswer("ease", Double(g.rating(mean: 5.5, sd: 1, in: 1...7)))] : []
            steps.append(RunSummary.StepSummary(step: stepID, touchpoint: "tp\(i)", outcome: outcome, seconds: seconds,
                                                score: score, compliance: Compliance(items: items).score, answers: answers))
        }
        let nps: Int = {
            let u = g.uniform()
            return u < 0.45 ? 9 + Int(g.uniform() * 2) : u < 0.75 ? 7 + Int(g.uniform() * 2) : Int(g.uniform() * 7)
        }()
        let satisfied = g.chance(0.9 + e.csatShift)
        let csat = satisfied ? 4 + Int(g.uniform() * 2) : 1 + Int(g.uniform() * 3)
        let ces = g.rating(mean: 5.5, sd: 1, in: 1...7)
        return RunSummary(id: id, scenario: "sim", tester: "t", started: started, status: .completed, steps: steps,
                          survey: [.init("nps", Double(nps)), .init("csat", Double(csat)), .init("ces", Double(ces))],
                          checklist: totals)
    }
}
