import Foundation
import YAMLKit

/// Run files on disk: `<root>/<scenario>/<run-id>.yaml`, written atomically.
public struct RunStore: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    public func path(scenario: String, run: String) -> String {
        "\(root)/\(scenario)/\(run).yaml"
    }

    public func path(of run: Run) -> String {
        path(scenario: run.scenario, run: run.id)
    }

    /// Writes the run atomically and returns its path.
    @discardableResult
    public func save(_ run: Run) throws -> String {
        let target = path(of: run)
        try AtomicFile.write(try RunEncoder.yaml(run), to: target)
        return target
    }

    public func load(path: String) -> Result<Run, Diagnostic> {
        switch SourceFile.read(path) {
        case .failure(let d): return .failure(d)
        case .success(let node):
            let (run, diagnostics) = RunDecoder.decode(node)
            if let run { return .success(run) }
            return .failure(diagnostics.first ?? Diagnostic(.error, "not a valid run file", at: .start))
        }
    }

    /// Paths of the run files, optionally of one scenario, sorted by name (so by start time per scenario).
    public func files(scenario: String? = nil) -> [String] {
        let fm = FileManager.default
        let folders: [String]
        if let scenario {
            folders = ["\(root)/\(scenario)"]
        } else {
            folders = ((try? fm.contentsOfDirectory(atPath: root)) ?? []).sorted().filter { !$0.hasPrefix(".") }.map { "\(root)/\($0)" }
        }
        var result: [String] = []
        for folder in folders {
            let names = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where !name.hasPrefix(".") && (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) {
                result.append("\(folder)/\(name)")
            }
        }
        return result
    }

    /// A fresh run id that is not yet taken in this store.
    public func newRunID(scenario: String, started: Date, tester: String) -> String {
        var id = RunID.make(started: started, tester: tester)
        var when = started
        while FileManager.default.fileExists(atPath: path(scenario: scenario, run: id)) {
            when = when.addingTimeInterval(1)
            id = RunID.make(started: when, tester: tester)
        }
        return id
    }
}
