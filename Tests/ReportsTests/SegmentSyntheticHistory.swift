import Foundation
import Reports
import ShopperCore

/// Generated runs of a chain of 20 locations in three regions, shopped `runsPerLocation` times in
/// each of two months, for the league tables' "Done when": the locations in `bad` keep a checklist
/// item "yes" with 60% chance instead of 90%. Seeded (`SeededGenerator`), held in memory.
enum SegmentSyntheticHistory {
    static let locationIDs = (1...20).map { "loc-\($0)" }
    /// Three known bad locations.
    static let knownBad: Set<String> = ["loc-3", "loc-11", "loc-17"]

    static let registry = LocationRegistry(locations: locationIDs.enumerated().map { i, id in
        Location(id: id, name: "Branch \(i + 1)", region: ["north", "south", "east"][i % 3], manager: "Manager \(i % 7)")
    })

    static let scenario: Scenario = {
        let steps = (1...3).map { i in
            Step(id: "s\(i)", title: "Step \(i)", instruction: "Do \(i).", touchpoint: "tp\(i)", stage: .purchase,
                 checklist: (1...4).map { ChecklistItem(id: "c\($0)", text: "Item \($0)", weight: 1) })
        }
        return Scenario(id: "chain", title: "Chain visit", version: 1, brief: "Visit.", steps: steps, pass: 0.8)
    }()

    static func builder(alpha: Double = 0.05, key: SegmentKey = .context("location")) -> ReportBuilder {
        var options = ReportOptions()
        options.alpha = alpha
        options.segment = key
        options.filter = RunFilter(resolver: SegmentResolver(locations: registry))
        return ReportBuilder(scenarios: ["chain": scenario], options: options)
    }

    static func runs(seed: UInt64, runsPerLocation: Int = 6, bad: Set<String> = knownBad) -> [RunSummary] {
        var g = SeededGenerator(seed: seed)
        var out: [RunSummary] = []
        for month in [10, 11] {
            for (l, location) in locationIDs.enumerated() {
                let yes = bad.contains(location) ? 0.6 : 0.9
                for i in 0..<runsPerLocation {
                    let started = Timestamp.parse(String(format: "2026-%02d-%02dT%02d:00:00Z", month, 1 + (l + i) % 28, 9 + i % 8))!
                    out.append(run("\(location)-\(month)-\(i)", location: location, started: started, yes: yes, &g))
                }
            }
        }
        return out
    }

    static func run(_ id: String, location: String, started: Date, yes: Double, _ g: inout SeededGenerator) -> RunSummary {
        var totals = RunSummary.ChecklistTotals()
        var steps: [RunSummary.StepSummary] = []
        for i in 1...3 {
            var passed = 0
            for _ in 1...4 where g.chance(yes) { passed += 1 }
            totals.yes += Double(passed)
            totals.scored += 4
            steps.append(.init(step: "s\(i)", touchpoint: "tp\(i)", outcome: g.chance(0.97) ? .done : .failed,
                               seconds: 60 * exp(0.3 * g.normal()), score: g.rating(mean: 7, sd: 1.5, in: 0...10),
                               compliance: Double(passed) / 4))
        }
        return RunSummary(id: id, scenario: "chain", tester: "t\(Int(g.uniform() * 5))", started: started,
                          status: .completed, steps: steps, checklist: totals, context: ["location": location])
    }
}
