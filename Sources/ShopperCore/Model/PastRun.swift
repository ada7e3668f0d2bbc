import Foundation

/// What `shopper run` keeps of an earlier run of the scenario: who ran it, when, its status
/// and file (for the offer to resume an unfinished run) and the barriers recorded at each step
/// (for the barrier menu), and nothing else, so 100,000 past runs stay small. The full run is
/// read from `path` only when it is resumed or abandoned.
public struct PastRun: Sendable, Hashable {
    /// The barriers recorded at one step, in the order recorded.
    public struct StepBarriers: Sendable, Hashable {
        public var step: String
        public var barriers: [Barrier]

        public init(step: String, barriers: [Barrier]) {
            self.step = step
            self.barriers = barriers
        }
    }

    /// A recorded barrier's id and text.
    public struct Barrier: Sendable, Hashable {
        public var id: String
        public var text: String

        public init(id: String, text: String) {
            self.id = id
            self.text = text
        }
    }

    public var id: String
    public var path: String
    public var scenario: String
    public var tester: String
    public var started: Date
    public var status: Run.Status
    /// Only the steps that recorded a barrier, in the run's order.
    public var steps: [StepBarriers]

    public init(id: String, path: String, scenario: String, tester: String, started: Date, status: Run.Status,
                steps: [StepBarriers]) {
        self.id = id
        self.path = path
        self.scenario = scenario
        self.tester = tester
        self.started = started
        self.status = status
        self.steps = steps
    }

    /// A decoded run, reduced.
    public init(_ run: Run, path: String = "") {
        self.init(id: run.id, path: path, scenario: run.scenario, tester: run.tester, started: run.started,
                  status: run.status, steps: Self.steps(run.steps.lazy.map { ($0.step, $0.barriers) }))
    }

    /// Steps with their barriers, keeping only those that recorded one.
    public static func steps(_ records: some Sequence<(String, [BarrierRecord])>) -> [StepBarriers] {
        var steps: [StepBarriers] = []
        for (step, barriers) in records where !barriers.isEmpty {
            steps.append(StepBarriers(step: step, barriers: barriers.map { Barrier(id: $0.id, text: $0.text) }))
        }
        return steps
    }

    /// The runs of `scenario` in `store`, each decoded in full and reduced (files that do not
    /// read are left out). `shopper run` reads them faster through the reports' streaming
    /// reader (`RunLoader.pastRuns`); this is the reference and the fallback.
    public static func all(in store: RunStore, scenario: String) -> [PastRun] {
        store.files(scenario: scenario).compactMap { path in
            if case .success(let run) = store.load(path: path) { return PastRun(run, path: path) }
            return nil
        }
    }
}
