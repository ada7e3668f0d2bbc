import ShopperCore

/// The barrier menu of a step, and ids for new barriers. Reusing ids across runs is what lets
/// reports count a barrier over time, so the menu makes picking a known one the easy path.
public enum KnownBarriers {
    public struct Option: Sendable, Hashable {
        public var id: String
        public var text: String
        /// How many times earlier runs recorded it at this step.
        public var count: Int

        public init(id: String, text: String, count: Int) {
            self.id = id
            self.text = text
            self.count = count
        }
    }

    /// The scenario's known barriers of `step` plus those recorded at `step` in `runs`, one per id,
    /// most frequent first (ties: the scenario's order, then first seen). A known barrier keeps the
    /// scenario's text; one seen only in runs keeps the text of its first recording.
    public static func menu(step: String, scenario: Scenario, runs: [Run]) -> [Option] {
        menu(step: step, scenario: scenario, pastRuns: runs.map { PastRun($0) })
    }

    /// The same menu from the reduced past runs `shopper run` keeps.
    public static func menu(step: String, scenario: Scenario, pastRuns runs: [PastRun]) -> [Option] {
        var options: [Option] = []
        var index: [String: Int] = [:]
        for known in scenario.barriers where known.step == step && index[known.id] == nil {
            index[known.id] = options.count
            options.append(Option(id: known.id, text: known.text, count: 0))
        }
        for run in runs where run.scenario == scenario.id {
            for record in run.steps where record.step == step {
                for barrier in record.barriers {
                    if let i = index[barrier.id] {
                        options[i].count += 1
                    } else {
                        index[barrier.id] = options.count
                        options.append(Option(id: barrier.id, text: barrier.text, count: 1))
                    }
                }
            }
        }
        return options.enumerated().sorted { a, b in
            a.element.count != b.element.count ? a.element.count > b.element.count : a.offset < b.offset
        }.map(\.element)
    }

    /// Every barrier id the scenario and its runs already use, at any step.
    public static func takenIDs(scenario: Scenario, runs: [Run]) -> Set<String> {
        takenIDs(scenario: scenario, pastRuns: runs.map { PastRun($0) })
    }

    /// The same ids from the reduced past runs `shopper run` keeps.
    public static func takenIDs(scenario: Scenario, pastRuns runs: [PastRun]) -> Set<String> {
        var ids = Set(scenario.barriers.map(\.id))
        for run in runs {
            for record in run.steps { ids.formUnion(record.barriers.map(\.id)) }
        }
        return ids
    }

    /// The id for a barrier typed as free text: an option whose text is the same (ignoring case and
    /// surrounding space) keeps its id; otherwise a slug of the text (`barrier` when none can be
    /// made), with `-2`, `-3`… added until it is not in `taken`.
    public static func id(forNew text: String, menu: [Option], taken: Set<String>) -> String {
        let folded = text.trimmingWhitespace.lowercased()
        if let same = menu.first(where: { $0.text.trimmingWhitespace.lowercased() == folded }) { return same.id }
        let base = Slug.make(from: text) ?? "barrier"
        var candidate = base
        var n = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// The runs of `scenario` in `store` (files that do not read are left out).
    public static func runs(in store: RunStore, scenario: String) -> [Run] {
        store.files(scenario: scenario).compactMap { path in
            if case .success(let run) = store.load(path: path) { return run }
            return nil
        }
    }
}
