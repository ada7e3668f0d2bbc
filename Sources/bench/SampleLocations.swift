import Foundation
import ShopperCore

/// The location story of the shipped sample history (issue 9), told by the bus scenario, the
/// one whose runs record `context.location`:
/// - its runs are spread evenly over six locations of `scenarios/locations.yaml` in two regions
///   (four in Czechia, two in Germany), about four runs each a month, enough to rank them;
/// - in November two of them, `ostrava` and `plzen`, are clearly worse: more checklist "no"s,
///   lower step scores and more barriers (a hidden seat fee, a late ticket);
/// - app 5.2.0 rolls out in November to most testers but not all: the late updaters still on
///   5.1.4 pay as before, so `--where app_version=5.2.0` and `--by-segment app_version` confirm
///   that 5.2.0 broke paying.
/// The base runs of every scenario are drawn first, as before, so this story draws from its own
/// generators and leaves the other scenarios' runs as they were.
enum SampleLocations {
    static let scenario = "bus-tickets-prague"
    static let locations = ["prague", "brno", "ostrava", "plzen", "berlin", "dresden"]
    static let weak: Set<String> = ["ostrava", "plzen"]
    static let weakMonth = "2026-11"

    /// The base runs with the bus scenario's extra runs added, every bus run placed, and the
    /// weak locations' November runs made worse.
    static func tell(_ runs: [Run], scenarios: [Scenario], seed: UInt64) -> [Run] {
        guard let bus = scenarios.first(where: { $0.id == scenario }) else { return runs }
        var all = runs + extraRuns(bus, scenarios: scenarios, seed: seed, taken: Set(runs.map(\.id)))
        place(&all)
        var rng = SplitMix64(seed: seed &+ 0x5EED_0C47)
        for index in all.indices where all[index].scenario == scenario {
            let run = all[index]
            guard let location = run.context["location"], weak.contains(location),
                  Timestamp.format(run.started).hasPrefix(weakMonth) else { continue }
            all[index] = worsen(run, in: bus, rng: &rng)
        }
        return all
    }

    /// About twelve more bus runs a month (six in November on 5.2.0 and eight late updaters still
    /// on 5.1.4, who pay and search as in October), so each location has runs enough to rank.
    static func extraRuns(_ bus: Scenario, scenarios: [Scenario], seed: UInt64, taken: Set<String>) -> [Run] {
        var current = Samples.sampleGenerator(scenarios)
        current.rng = SplitMix64(seed: seed &+ 0x10CA_7105)
        var late = current
        for step in ["search", "payment"] {
            late.effects[HistoryGenerator.key(scenario, step, "2026-11")] =
                late.effects[HistoryGenerator.key(scenario, step, "2026-10")]
        }
        late.contexts["\(scenario)/2026-11"] = ["app_version": "5.1.4"]
        var taken = taken
        var runs: [Run] = []
        func add(_ generator: inout HistoryGenerator, month: Int, count: Int) {
            for _ in 0..<count {
                let started = Samples.date(2026, month, generator.rng.int(1...28), generator.rng.int(8...19),
                                           generator.rng.int(0...59))
                let run = generator.run(bus, started: started, tester: generator.rng.pick(generator.testers))
                // Two runs of one tester in the same minute would share an id: keep the first.
                if taken.insert(run.id).inserted { runs.append(run) }
            }
        }
        for month in 8...10 { add(&current, month: month, count: 11 + current.rng.int(0...2)) }
        add(&current, month: 11, count: 6)
        late.rng = SplitMix64(seed: seed &+ 0x1A7E)
        add(&late, month: 11, count: 8)
        return runs
    }

    /// Each month's bus runs, in start order, take the locations in turn.
    static func place(_ runs: inout [Run]) {
        var byMonth: [String: [Int]] = [:]
        for index in runs.indices where runs[index].scenario == scenario {
            byMonth[String(Timestamp.format(runs[index].started).prefix(7)), default: []].append(index)
        }
        for (month, indices) in byMonth {
            let offset = Int(month.suffix(2)) ?? 0
            let ordered = indices.sorted { (runs[$0].started, runs[$0].id) < (runs[$1].started, runs[$1].id) }
            for (turn, index) in ordered.enumerated() {
                runs[index].context["location"] = locations[(turn + offset) % locations.count]
            }
        }
    }

    /// A weak location's run: checklist "yes"es turn "no" (non-critical items half the time, critical
    /// ones now and then), step scores drop by two, and the step's known barrier often appears.
    static func worsen(_ run: Run, in bus: Scenario, rng: inout SplitMix64) -> Run {
        var run = run
        for index in run.steps.indices where run.steps[index].isAttempt {
            let stepID = run.steps[index].step
            let definition = bus.step(stepID)
            for (item, answer) in run.steps[index].checklist where answer == .yes {
                let critical = definition?.checklist.first { $0.id == item }?.critical ?? false
                if rng.chance(critical ? 0.2 : 0.55) { run.steps[index].checklist[item] = .no }
            }
            if let score = run.steps[index].score { run.steps[index].score = max(0, score - 2) }
            let seconds = run.steps[index].seconds
            for known in bus.barriers where known.step == stepID && ["hidden-seat-fee", "ticket-late"].contains(known.id)
                && !run.steps[index].barriers.contains(where: { $0.id == known.id }) && rng.chance(0.6) {
                run.steps[index].barriers.append(BarrierRecord(id: known.id, text: known.text, severity: .major,
                                                               at: (seconds * rng.unit()).rounded(toPlaces: 1)))
            }
        }
        return run
    }
}
