import Foundation
import YAMLKit
#if canImport(Glibc)
import Glibc
#endif

/// Run files on disk: `<root>/<scenario>/<run-id>.yaml`, written atomically.
public struct RunStore: Sendable {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    /// Why a run named by its id could not be loaded.
    public enum LoadFailure: Error, Sendable, Equatable {
        /// No file of that id (or the id is not a run id, so it cannot name one).
        case notFound(path: String)
        /// The file exists but is not a valid run file.
        case invalid(path: String, Diagnostic)
    }

    public struct CreateError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot create \(path): \(reason)" }
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

    /// Writes a new run under the first free candidate of its id (`run.id`, then `run.id-2`,
    /// `run.id-3`…; see `RunID.candidate`) and returns the run with the id it got. The file is
    /// written complete and flushed under a hidden name, then hard-linked to its final name, which
    /// fails if that name exists: two runners starting in the same second never overwrite each
    /// other, and the file is valid from the moment it appears. On a file system without hard
    /// links it falls back to a rename after an existence check (a narrow race remains there).
    public func create(_ run: Run) throws -> Run {
        let base = run.id
        var candidate = run
        for n in 1... {
            candidate.id = RunID.candidate(base, n)
            let target = path(of: candidate)
            if FileManager.default.fileExists(atPath: target) { continue }
            let staging = "\(root)/\(run.scenario)/.\(candidate.id).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).yaml"
            try AtomicFile.write(try RunEncoder.yaml(candidate), to: staging)
            defer { unlink(staging) }
            if link(staging, target) == 0 { return candidate }
            let error = errno
            switch error {
            case EEXIST:
                continue
            case EPERM, ENOTSUP, ENOSYS, EMLINK:
                if FileManager.default.fileExists(atPath: target) { continue }
                guard rename(staging, target) == 0 else {
                    throw CreateError(path: target, reason: String(cString: strerror(errno)))
                }
                return candidate
            default:
                throw CreateError(path: target, reason: String(cString: strerror(error)))
            }
        }
        preconditionFailure("unreachable: the candidates never run out")
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

    /// The run `run` of `scenario`: `.notFound` when there is no such file (an id that is not a
    /// run id never names one, so it cannot reach outside the scenario's folder).
    public func load(scenario: String, run id: String) -> Result<Run, LoadFailure> {
        let path = path(scenario: scenario, run: id)
        guard RunID.isValid(id), FileManager.default.fileExists(atPath: path) else { return .failure(.notFound(path: path)) }
        return load(path: path).mapError { .invalid(path: path, $0) }
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
}
