import Foundation
import YAMLKit
#if canImport(Glibc)
import Glibc
#endif

/// Run files on disk: `<root>/<scenario>/<run-id>.yaml`, written atomically. A runner that has a
/// run open holds its lock (`.<run-id>.lock` beside it, see `RunLock`).
public struct RunStore: Sendable {
    public var root: String
    /// How a file is written: `AtomicFile.write`, unless a test injects failures.
    public var writer: Writer

    public typealias Writer = @Sendable (_ bytes: [UInt8], _ path: String) throws(AtomicFile.WriteError) -> Void

    public init(root: String, writer: @escaping Writer = { bytes, path throws(AtomicFile.WriteError) in
        try AtomicFile.write(bytes, to: path)
    }) {
        self.root = root
        self.writer = writer
    }

    /// Why a run named by its id could not be loaded.
    public enum LoadFailure: Error, Sendable, Equatable {
        /// No file of that id (or the id is not a run id, so it cannot name one).
        case notFound(path: String)
        /// The file exists but is not a valid run file.
        case invalid(path: String, Diagnostic)
        /// The file's `run` or `scenario` field (`field`) says `found` where its path says
        /// `expected`: saving it would write to another file than the one read.
        case mismatched(path: String, field: String, found: String, expected: String)
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

    /// The lock file of a run: hidden, beside the run file.
    public func lockPath(scenario: String, run: String) -> String {
        "\(root)/\(scenario)/.\(run).lock"
    }

    /// Writes the run atomically and returns its path. A failed write leaves the file as it was and
    /// throws `AtomicFile.WriteError` naming the run's path and the reason.
    @discardableResult
    public func save(_ run: Run) throws -> String {
        let target = path(of: run)
        try writer(Array(try RunEncoder.yaml(run).utf8), target)
        return target
    }

    /// Claims the run `id` of `scenario` for `holder` (see `RunLock`), making the scenario's folder
    /// if needed. Once claimed, nobody else can be writing the run, so the temporary files an
    /// interrupted write of it left behind are removed.
    public func lock(scenario: String, run id: String, holder: RunLock.Holder) throws(RunLock.Failure) -> RunLock {
        let lockFile = lockPath(scenario: scenario, run: id)
        guard RunID.isValid(id) else { throw .failed(lockFile: lockFile, reason: "'\(id)' is not a run id") }
        do {
            try AtomicFile.makeFolder("\(root)/\(scenario)")
        } catch {
            throw .failed(lockFile: lockFile, reason: error.reason.hasSuffix(" is a file, not a folder") ? error.reason : error.description)
        }
        let lock = try RunLock.acquire(lockFile, holder: holder)
        removeTemporaries(scenario: scenario, run: id)
        return lock
    }

    /// Removes the hidden temporary files of run `id` (left by a process killed while writing it)
    /// and returns their names. Call it only while holding the run's lock.
    @discardableResult
    public func removeTemporaries(scenario: String, run id: String) -> [String] {
        let folder = "\(root)/\(scenario)"
        let prefixes = [AtomicFile.temporaryPrefix(for: "\(id).yaml"), ".\(id).new-"]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let stale = names.filter { name in
            prefixes.contains { name.hasPrefix($0) || name.hasPrefix("." + $0) }
                && (name.hasSuffix(".tmp") || name.hasSuffix(".yaml"))
        }.sorted()
        for name in stale { unlink("\(folder)/\(name)") }
        return stale
    }

    /// Writes a new run under the first free candidate of its id (see the other `create`) and
    /// releases its lock at once.
    public func create(_ run: Run) throws -> Run {
        try create(run, holder: .current(since: run.started)).run
    }

    /// Writes a new run under the first free candidate of its id (`run.id`, then `run.id-2`,
    /// `run.id-3`…; see `RunID.candidate`) and returns the run with the id it got, locked for
    /// `holder`. The candidate is locked first; the file is written complete and flushed under a
    /// hidden name, then hard-linked to its final name, which fails if that name exists: two
    /// runners starting in the same second never overwrite each other, and the file is valid from
    /// the moment it appears. On a file system without hard links it falls back to a rename after
    /// an existence check (under the lock). Errors name the run's path, never the hidden one.
    public func create(_ run: Run, holder: RunLock.Holder) throws -> (run: Run, lock: RunLock) {
        let base = run.id
        var candidate = run
        for n in 1... {
            candidate.id = RunID.candidate(base, n)
            let target = path(of: candidate)
            if FileManager.default.fileExists(atPath: target) { continue }
            let claim: RunLock
            do {
                claim = try lock(scenario: run.scenario, run: candidate.id, holder: holder)
            } catch {
                if case .failed(_, let reason) = error { throw CreateError(path: target, reason: reason) }
                continue  // another runner is creating this one
            }
            if FileManager.default.fileExists(atPath: target) { continue }
            let staging = "\(root)/\(run.scenario)/.\(candidate.id).yaml.new-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
            do {
                try writer(Array(try RunEncoder.yaml(candidate).utf8), staging)
            } catch let error as AtomicFile.WriteError {
                throw CreateError(path: target, reason: error.reason)
            }
            defer { unlink(staging) }
            if link(staging, target) == 0 { return (candidate, claim) }
            let error = errno
            switch error {
            case EEXIST:
                continue
            case EPERM, ENOTSUP, ENOSYS, EMLINK:
                if FileManager.default.fileExists(atPath: target) { continue }
                guard rename(staging, target) == 0 else {
                    throw CreateError(path: target, reason: String(cString: strerror(errno)))
                }
                return (candidate, claim)
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
    /// run id never names one, so it cannot reach outside the scenario's folder); `.mismatched`
    /// when the file's `run` or `scenario` is not the one its path names (saving that run would
    /// write another file).
    public func load(scenario: String, run id: String) -> Result<Run, LoadFailure> {
        let path = path(scenario: scenario, run: id)
        guard RunID.isValid(id), FileManager.default.fileExists(atPath: path) else { return .failure(.notFound(path: path)) }
        switch load(path: path) {
        case .failure(let d): return .failure(.invalid(path: path, d))
        case .success(let run):
            if run.id != id { return .failure(.mismatched(path: path, field: "run", found: run.id, expected: id)) }
            if run.scenario != scenario {
                return .failure(.mismatched(path: path, field: "scenario", found: run.scenario, expected: scenario))
            }
            return .success(run)
        }
    }

    /// Paths of the run files of `scenario` whose id was made for `tester` (`RunID.make`: the
    /// tester's slug after the time, with `-2`, `-3`… for a second run in the same second), sorted
    /// by name. Only names are read, so this costs a folder listing however long the history: the
    /// offer to resume an unfinished run reads just these files.
    public func files(scenario: String, tester: String) -> [String] {
        let slug = Slug.make(from: tester) ?? "tester"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(root)/\(scenario)")) ?? []
        return names.filter { name in
            guard let stem = Self.stem(of: name), RunID.isValid(stem) else { return false }
            let rest = stem.dropFirst(17)
            if rest == slug { return true }
            guard rest.hasPrefix(slug + "-") else { return false }
            let suffix = rest.dropFirst(slug.count + 1)
            return !suffix.isEmpty && suffix.allSatisfy(\.isASCII) && suffix.allSatisfy(\.isNumber)
        }.sorted().map { "\(root)/\(scenario)/\($0)" }
    }

    /// Whether the file at `path` says, as shopper writes it, that its run has ended: a top-level
    /// line `status: completed` or `status: abandoned`. Such a line at the start of a line can only
    /// be the top-level key (text inside values is indented), so a true answer is certain; anything
    /// else, an unreadable file included, is false and the file is decoded. Lets the offer to resume
    /// pass over a tester's finished runs without decoding them.
    public static func saysEnded(path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        for status in ["completed", "abandoned"] {
            for end in ["\n", "\r\n"] {
                if data.range(of: Data("\nstatus: \(status)\(end)".utf8)) != nil { return true }
            }
        }
        return false
    }

    /// A run file's name without `.yaml`/`.yml`; nil for other names and hidden files.
    private static func stem(of name: String) -> String? {
        guard !name.hasPrefix(".") else { return nil }
        if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
        if name.hasSuffix(".yml") { return String(name.dropLast(4)) }
        return nil
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
