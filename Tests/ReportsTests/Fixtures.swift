import Foundation
import Reports
import ShopperCore

/// Hand-made runs and a small scenario for builder and renderer tests.
enum Fixtures {
    static func date(_ text: String) -> Date { Timestamp.parse(text)! }

    static let scenario = Scenario(
        id: "shop", title: "Buy a thing", version: 1, brief: "Buy it.",
        steps: [
            Step(id: "find", title: "Find it", instruction: "Find.", touchpoint: "web-search", stage: .consideration,
                 checklist: [ChecklistItem(id: "a", text: "A", weight: 1),
                             ChecklistItem(id: "b", text: "B", weight: 3),
                             ChecklistItem(id: "crit", text: "Critical", weight: 1, critical: true)],
                 questions: [Question(id: "ease", ask: "Ease?", kind: .seq)]),
            Step(id: "pay", title: "Pay", instruction: "Pay.", touchpoint: "web-pay", stage: .purchase),
        ],
        survey: [Question(id: "rec", ask: "Recommend?", kind: .nps), Question(id: "sat", ask: "Satisfied?", kind: .csat),
                 Question(id: "effort", ask: "Effort?", kind: .ces)])

    static let registry = TouchpointRegistry(touchpoints: [
        Touchpoint(id: "web-search", name: "Search", channel: "web", stage: .consideration, owner: "Search lead",
                   importance: .init(customer: 5, business: 4)),
        Touchpoint(id: "web-pay", name: "Payment", channel: "web", stage: .purchase, owner: "Payments lead",
                   importance: .init(customer: 2, business: 2)),
        Touchpoint(id: "unused", name: "Unused", channel: "web", stage: .loyalty, owner: "Nobody",
                   importance: .init(customer: 5, business: 5)),
    ])

    /// A run with two steps; `findSeconds`/`paySeconds` nil make that step skipped.
    static func run(_ id: String, started: String, status: Run.Status = .completed, version: Int = 1,
                    find: StepRecord.Outcome = .done, findSeconds: Double = 60, findScore: Int? = 8,
                    pay: StepRecord.Outcome = .done, paySeconds: Double = 30, payScore: Int? = 6,
                    compliance: Double? = nil, barriers: [BarrierRecord] = [], survey: [RunSummary.NumericAnswer] = [])
        -> RunSummary {
        RunSummary(id: id, scenario: "shop", scenarioVersion: version, tester: "t", started: date(started),
                   status: status,
                   steps: [
                       .init(step: "find", touchpoint: "web-search", outcome: find, seconds: findSeconds, score: findScore,
                             compliance: compliance, barriers: barriers),
                       .init(step: "pay", touchpoint: "web-pay", outcome: pay, seconds: paySeconds, score: payScore),
                   ],
                   survey: survey)
    }

    static func builder(_ options: ReportOptions = ReportOptions()) -> ReportBuilder {
        ReportBuilder(scenarios: ["shop": scenario], registry: registry, options: options)
    }

    /// Two months of runs with a large slowdown of `pay` and a new barrier in November.
    static func slowdown() -> [RunSummary] {
        var runs: [RunSummary] = []
        let octTimes: [Double] = [30, 32, 28, 31, 29, 33, 30, 27, 31, 30]
        let novTimes: [Double] = [90, 95, 85, 100, 88, 92, 97, 91, 86, 94]
        for (i, s) in octTimes.enumerated() {
            runs.append(run("oct\(i)", started: "2026-10-\(10 + i)T10:00:00Z", paySeconds: s))
        }
        for (i, s) in novTimes.enumerated() {
            let barrier = BarrierRecord(id: "slow-page", text: "Page is slow", severity: i == 0 ? .major : .minor, at: 5)
            var r = run("nov\(i)", started: "2026-11-\(10 + i)T10:00:00Z", paySeconds: s)
            if i < 4 { r.steps[1].barriers = [barrier] }
            runs.append(r)
        }
        return runs
    }
}
