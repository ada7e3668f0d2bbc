import Foundation
import Reports
import ShopperCore

/// Generated histories for `shopper testers`: eight testers shop one five-step scenario twice a
/// month for three months (six runs each). Each run meets a shop of its own quality (normal, sd
/// 0.4 score points, shared by its steps and moving its checklist); each step score is 7 + quality
/// + the tester's leniency + normal noise (sd 1.2), rounded and kept within 0…10; the checklist
/// has ten items answered "yes" with probability 0.8 + 0.05·quality + the tester's checklist
/// leniency. Seeded (`SeededGenerator`): the same seed gives the same history everywhere.
enum TesterSyntheticHistory {
    static let testers = (1...8).map { "Tester \($0)" }

    /// `lenient`: the tester (by index) whose step scores are `stepShift` points higher and whose
    /// checklist answers are "yes" `shopShift` more often; nil for no effect.
    static func runs(seed: UInt64, lenient: Int?, stepShift: Double = 2, shopShift: Double = 0.1,
                     runsPerMonth: Int = 2) -> [RunSummary] {
        var g = SeededGenerator(seed: seed)
        var out: [RunSummary] = []
        for month in 9...11 {
            for (t, tester) in testers.enumerated() {
                for k in 0..<runsPerMonth {
                    let isLenient = t == lenient
                    let quality = 0.4 * g.normal()
                    let steps = (1...5).map { i in
                        RunSummary.StepSummary(
                            step: "s\(i)", touchpoint: "tp\(i)", outcome: .done, seconds: 60,
                            score: g.rating(mean: 7 + quality + (isLenient ? stepShift : 0), sd: 1.2, in: 0...10))
                    }
                    var totals = RunSummary.ChecklistTotals()
                    let yes = min(1, max(0, 0.8 + 0.05 * quality + (isLenient ? shopShift : 0)))
                    for _ in 0..<10 {
                        totals.scored += 1
                        if g.chance(yes) { totals.yes += 1 }
                    }
                    let day = 1 + (t * runsPerMonth + k) % 28
                    let started = Timestamp.parse(String(format: "2026-%02d-%02dT%02d:00:00Z", month, day, 8 + t))!
                    out.append(RunSummary(id: "\(month)-\(t)-\(k)", scenario: "sim", tester: tester, started: started,
                                          status: .completed, steps: steps, checklist: totals))
                }
            }
        }
        return out
    }
}
