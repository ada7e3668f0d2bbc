import Dispatch
import Foundation
import ShopperCore

/// Loads many run files in parallel into `RunSummary` values. A file that cannot be read
/// or is not a valid run becomes a positioned diagnostic, never a crash.
public struct RunLoader: Sendable {
    /// The result of a load: summaries in path order, and the problems found.
    public struct Result: Sendable {
        public var runs: [RunSummary]
        public var problems: [FileDiagnostic]

        public init(runs: [RunSummary], problems: [FileDiagnostic]) {
            self.runs = runs
            self.problems = problems
        }
    }

    public var scenarios: [String: Scenario]
    /// Worker threads; defaults to the active processor count.
    public var concurrency: Int
    /// Whether files are first tried with the streaming `RunSummaryReader` (the full
    /// `SourceFile` + `RunDecoder` path still decides every file it does not recognise).
    /// Off only to compare the two paths.
    public var fastPath = true
    /// The `context` keys each summary keeps (`RunSummary.context`): those a filter, a segment
    /// or a listing names. Empty by default, so summaries stay small.
    public var contextKeys: Set<String> = []

    public init(scenarios: [String: Scenario] = [:],
                concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenarios = scenarios
        self.concurrency = max(1, concurrency)
    }

    /// Every run file under `root` (`<root>/<scenario>/<run-id>.yaml`).
    public func load(root: String) -> Result {
        load(paths: RunStore(root: root).files())
    }

    public func load(paths: [String]) -> Result {
        let count = paths.count
        guard count > 0 else { return Result(runs: [], problems: []) }
        // Chunks several times the worker count balance uneven files without much overhead.
        let chunks = min(count, concurrency * 8)
        // One slot per chunk, each the chunk's outcomes in path order: they are moved into the
        // result chunk by chunk, so the summaries are never all held twice.
        let slots = UnsafeMutableBufferPointer<[Outcome]>.allocate(capacity: chunks)
        slots.initialize(repeating: [])
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let box = SlotBox(slots)
        let scenarios = self.scenarios
        let fastPath = self.fastPath
        let contextKeys = self.contextKeys
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * count / chunks
            let upper = (chunk + 1) * count / chunks
            let buffer = FileBuffer()
            var reader = RunSummaryReader()
            reader.contextKeys = contextKeys
            var outcomes: [Outcome] = []
            outcomes.reserveCapacity(upper - lower)
            for index in lower..<upper {
                let path = paths[index]
                if fastPath, let bytes = buffer.read(path),
                   let summary = reader.summarise(bytes, path: path, scenarios: scenarios) {
                    outcomes.append(.run(summary))
                } else {
                    outcomes.append(Self.loadOne(path, scenarios: scenarios, contextKeys: contextKeys))
                }
            }
            // Each slot is written by exactly one worker.
            box.slots[chunk] = outcomes
        }
        var runs: [RunSummary] = []
        runs.reserveCapacity(count)
        var problems: [FileDiagnostic] = []
        for chunk in 0..<chunks {
            let outcomes = box.slots[chunk]
            box.slots[chunk] = []
            for outcome in outcomes {
                switch outcome {
                case .run(let summary): runs.append(summary)
                case .problem(let problem): problems.append(problem)
                }
            }
        }
        return Result(runs: runs, problems: problems)
    }

    enum Decoded: Sendable {
        case run(Run)
        case problem(FileDiagnostic)
    }

    enum Outcome: Sendable {
        case run(RunSummary)
        case problem(FileDiagnostic)
    }

    static func loadOne(_ path: String, scenarios: [String: Scenario], contextKeys: Set<String> = []) -> Outcome {
        switch decode(path, scenarios: scenarios) {
        case .problem(let problem): .problem(problem)
        case .run(let run): .run(RunSummary(run, path: path, scenario: scenarios[run.scenario], contextKeys: contextKeys))
        }
    }

    /// One run file through the full path (`SourceFile` + `RunDecoder`), its answers checked
    /// against the scenario's scales; the first error when it is not a valid run.
    static func decode(_ path: String, scenarios: [String: Scenario]) -> Decoded {
        switch SourceFile.read(path) {
        case .failure(let diagnostic):
            return .problem(FileDiagnostic(path: path, diagnostic: diagnostic))
        case .success(let node):
            // A run whose scenario or version cannot be read fails to decode anyway.
            let reference = RunScenarioCheck.reference(of: node)
            let scales = AnswerScales(scenario: reference.flatMap { scenarios[$0.scenario] }, version: reference?.version ?? 1)
            let (run, diagnostics) = RunDecoder.decode(node, scales: scales)
            guard let run else {
                let first = diagnostics.first { $0.severity == .error } ?? diagnostics.first
                    ?? Diagnostic(.error, "not a valid run file", at: node.mark)
                return .problem(FileDiagnostic(path: path, diagnostic: first))
            }
            return .run(run)
        }
    }
}

/// Hands the result buffer to the workers; safe because each slot has one writer and the
/// buffer outlives `concurrentPerform`.
private final class SlotBox: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<[RunLoader.Outcome]>
    init(_ slots: UnsafeMutableBufferPointer<[RunLoader.Outcome]>) { self.slots = slots }
}
