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
        let slots = UnsafeMutableBufferPointer<Outcome?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        let box = SlotBox(slots)
        let scenarios = self.scenarios
        let fastPath = self.fastPath
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let lower = chunk * count / chunks
            let upper = (chunk + 1) * count / chunks
            let buffer = FileBuffer()
            var reader = RunSummaryReader()
            for index in lower..<upper {
                // Each index is written by exactly one worker.
                let path = paths[index]
                if fastPath, let bytes = buffer.read(path),
                   let summary = reader.summarise(bytes, path: path, scenarios: scenarios) {
                    box.slots[index] = .run(summary)
                } else {
                    box.slots[index] = Self.loadOne(path, scenarios: scenarios)
                }
            }
        }
        var runs: [RunSummary] = []
        runs.reserveCapacity(count)
        var problems: [FileDiagnostic] = []
        for slot in slots {
            switch slot {
            case .run(let summary): runs.append(summary)
            case .problem(let problem): problems.append(problem)
            case nil: break
            }
        }
        return Result(runs: runs, problems: problems)
    }

    enum Outcome: Sendable {
        case run(RunSummary)
        case problem(FileDiagnostic)
    }

    static func loadOne(_ path: String, scenarios: [String: Scenario]) -> Outcome {
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
            return .run(RunSummary(run, path: path, scenario: scenarios[run.scenario]))
        }
    }
}

/// Hands the result buffer to the workers; safe because each slot has one writer and the
/// buffer outlives `concurrentPerform`.
private final class SlotBox: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<RunLoader.Outcome?>
    init(_ slots: UnsafeMutableBufferPointer<RunLoader.Outcome?>) { self.slots = slots }
}
