import Foundation
import Reports
import ShopperCore

/// A generated history of a wait step, the same as `reference/issue11_response_report_reference.py`
/// makes: a 64-bit LCG, 20% of waits unanswered (watched 8 to 40 working hours), the rest
/// answered after −ln(u)·mean working seconds (whole seconds, at least 60). Wall seconds are
/// 2.5 × the working ones, so a report counting the wrong clock gives other figures.
enum ResponseHistory {
    struct LCG {
        var state: UInt64
        mutating func uniform() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return (Double(state >> 11) + 0.5) / Double(UInt64(1) << 53)
        }
    }

    /// (working seconds, answered) of `count` waits.
    static func waits(seed: UInt64, count: Int, mean: Double) -> [(Double, Bool)] {
        var rng = LCG(state: seed)
        return (0..<count).map { _ in
            if rng.uniform() < 0.2 {
                return ((8 * 3600 + rng.uniform() * 32 * 3600).rounded(.toNearestOrEven), false)
            }
            return (max(60, (-log(rng.uniform()) * mean).rounded(.toNearestOrEven)), true)
        }
    }

    static let target: Double = 3 * 3600

    /// A scenario with one wait step `ask` (`clock`, target 3 h) and an ordinary step `read`.
    static func scenario(clock: Wait.Clock = .working) -> Scenario {
        Scenario(id: "proposal", title: "Proposal", version: 1, brief: "Ask.",
                 steps: [
                     Step(id: "ask", title: "Ask for a proposal", instruction: "Send.", touchpoint: "sales-email",
                          stage: .consideration, target: target, wait: Wait(clock: clock)),
                     Step(id: "read", title: "Read it", instruction: "Read.", touchpoint: "sales-email", stage: .consideration,
                          target: 120),
                 ])
    }

    static let registry = TouchpointRegistry(touchpoints: [
        Touchpoint(id: "sales-email", name: "Sales e-mail", channel: "email", stage: .consideration, owner: "Sales lead",
                   importance: .init(customer: 5, business: 5)),
    ])

    /// Runs of `month` (`2026-10`), one per wait, each answered or given up.
    static func runs(_ waits: [(Double, Bool)], month: String, prefix: String) -> [RunSummary] {
        waits.enumerated().map { i, w in
            let (working, answered) = w
            let steps: [RunSummary.StepSummary] = [
                .init(step: "ask", touchpoint: "sales-email", outcome: answered ? .done : .failed, seconds: 90, score: 7),
                .init(step: "read", touchpoint: "sales-email", outcome: .done, seconds: 60, score: 8),
            ]
            let wait = RunSummary.WaitSummary(stepIndex: 0, result: answered ? .answered : .unanswered,
                                              wallSeconds: working * 2.5, workingSeconds: working)
            let day = String(format: "%02d", 1 + i % 28)
            return RunSummary(id: "\(prefix)\(i)", scenario: "proposal", tester: "t",
                              started: Timestamp.parse("\(month)-\(day)T09:00:00Z")!, status: .completed, steps: steps,
                              waits: [wait])
        }
    }

    static let october = runs(waits(seed: 11, count: 40, mean: 2 * 3600), month: "2026-10", prefix: "oct")
    static let slowerNovember = runs(waits(seed: 12, count: 40, mean: 24 * 3600), month: "2026-11", prefix: "nov")
    static let sameNovember = runs(waits(seed: 13, count: 36, mean: 2 * 3600), month: "2026-11", prefix: "nov")

    static func report(_ runs: [RunSummary], clock: Wait.Clock = .working) -> Report {
        ReportBuilder(scenarios: ["proposal": scenario(clock: clock)], registry: registry).build(runs)
    }
}
