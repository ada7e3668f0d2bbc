import Foundation
import ShopperCore

/// The sample history shipped in `reports/runs/` and the bench's synthetic histories.
enum Samples {
    /// The seed of the shipped sample history.
    static let sampleSeed: UInt64 = 7

    static func date(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int) -> Date {
        Timestamp.parse(String(format: "%04d-%02d-%02dT%02d:%02d:00Z", year, month, day, hour, minute))!
    }

    /// Effects that make a real story in four months (2026-08 … 2026-11):
    /// - bus-tickets-prague: app 5.2.0 ships in November; paying takes far longer, 3-D Secure
    ///   drops appear and payment scores fall, while the new city search fixes "Praha/Prague"
    ///   and makes searching faster.
    /// - home-cleaning-visit: crews warn of delays from October and arrive on time in November;
    ///   the "late without warning" barrier goes away.
    /// - blender-warranty-return: steady, with a chronic hotline wait.
    /// - bus-tickets-prague by location and app version: `SampleLocations`.
    /// - the three scenarios with wait steps (response times, unanswered waits): `SampleWaits`.
    static func sampleGenerator(_ scenarios: [Scenario]) -> HistoryGenerator {
        var g = HistoryGenerator(scenarios: scenarios)
        for month in ["2026-08", "2026-09", "2026-10"] {
            g.effects[HistoryGenerator.key("bus-tickets-prague", "search", month)] =
                StepEffect(time: 1.3, score: -1.2, barriers: ["city-not-found": 0.45])
            g.effects[HistoryGenerator.key("home-cleaning-visit", "arrival", month)] =
                StepEffect(time: 1.5, score: -1.5, barriers: ["late-no-warning": month == "2026-10" ? 0.25 : 0.4])
        }
        g.effects[HistoryGenerator.key("bus-tickets-prague", "search", "2026-11")] =
            StepEffect(time: 0.6, score: 0.8, barriers: ["city-not-found": 0])
        g.effects[HistoryGenerator.key("bus-tickets-prague", "payment", "2026-11")] =
            StepEffect(time: 2.6, score: -2.4, failure: 0.12, barriers: ["3ds-drop": 0.45])
        for month in ["2026-08", "2026-09", "2026-10"] {
            g.effects[HistoryGenerator.key("bus-tickets-prague", "payment", month)] = StepEffect(barriers: ["3ds-drop": 0])
        }
        g.effects[HistoryGenerator.key("home-cleaning-visit", "arrival", "2026-11")] =
            StepEffect(time: 0.8, score: 1.0, barriers: ["late-no-warning": 0])
        for month in ["2026-08", "2026-09", "2026-10", "2026-11"] {
            g.effects[HistoryGenerator.key("blender-warranty-return", "hotline-call", month)] =
                StepEffect(time: 1.4, score: -1.0, barriers: ["hotline-wait": 0.35])
        }
        g.contexts["bus-tickets-prague/2026-11"] = ["app_version": "5.2.0"]
        return g
    }

    /// The sample history: ~10 runs per scenario and month (~22 of the bus scenario, placed at
    /// six locations: `SampleLocations`), plus one abandoned and one in-progress run.
    static func sampleRuns(_ scenarios: [Scenario], locations: LocationRegistry? = nil, seed: UInt64 = sampleSeed) -> [Run] {
        var g = sampleGenerator(scenarios)
        g.rng = SplitMix64(seed: seed)
        var runs: [Run] = []
        let wanted = ["bus-tickets-prague", "home-cleaning-visit", "blender-warranty-return"]
        for id in wanted {
            guard let scenario = scenarios.first(where: { $0.id == id }) else { continue }
            for month in 8...11 {
                let count = 9 + g.rng.int(0...3)
                for _ in 0..<count {
                    let started = date(2026, month, g.rng.int(1...28), g.rng.int(8...17), g.rng.int(0...59))
                    runs.append(g.run(scenario, started: started, tester: g.rng.pick(g.testers)))
                }
            }
        }
        if let bus = scenarios.first(where: { $0.id == "bus-tickets-prague" }) {
            runs.append(g.run(bus, started: date(2026, 11, 29, 9, 5), tester: "Eva Novak", status: .abandoned))
            runs.append(g.run(bus, started: date(2026, 11, 30, 16, 40), tester: "Chen Li", status: .inProgress))
        }
        let told = SampleLocations.tell(runs, scenarios: scenarios, seed: seed)
        return told + SampleWaits.runs(scenarios, locations: locations, seed: seed, taken: Set(told.map(\.id)))
    }

    /// `count` runs spread over the scenarios and twelve months, for the benchmark.
    /// Each run is handed to `emit` as it is made, so a large history is never held in memory.
    static func benchRuns(_ scenarios: [Scenario], count: Int, seed: UInt64 = 7, emit: (Run) -> Void) {
        var g = sampleGenerator(scenarios)
        g.rng = SplitMix64(seed: seed)
        let base = date(2025, 12, 1, 0, 0).timeIntervalSince1970
        let span = 365.0 * 86_400
        for i in 0..<count {
            let scenario = scenarios[i % scenarios.count]
            let started = Date(timeIntervalSince1970: (base + span * Double(i) / Double(count)).rounded())
            let status: Run.Status = g.rng.chance(0.05) ? .abandoned : (g.rng.chance(0.01) ? .inProgress : .completed)
            var run = g.run(scenario, started: started, tester: g.rng.pick(g.testers), status: status)
            run.id = RunID.make(started: started, tester: "\(run.tester) \(i)")
            emit(run)
        }
    }
}
