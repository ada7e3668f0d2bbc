import Foundation
import ShopperCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The run store's locks, its checks of a file against its path, and what its file errors say.
@Suite struct RunStoreTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
    var store: RunStore { RunStore(root: root) }
    let id = "20261123T101500Z-anna-petrova"
    static let since = Timestamp.parse("2026-11-23T10:15:00Z")!

    func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
    }

    // MARK: Locks

    @Test func aSecondLockOnARunIsRefusedNamingWhoHoldsIt() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let holder = RunLock.Holder(pid: 4242, host: "tester-laptop", since: Self.since)
        let first = try store.lock(scenario: "bus-tickets", run: id, holder: holder)
        #expect(first.path == "\(root)/bus-tickets/.\(id).lock")
        #expect(throws: RunLock.Failure.held(lockFile: first.path, by: holder)) {
            try store.lock(scenario: "bus-tickets", run: id, holder: .current(since: Self.since))
        }
        #expect(RunLock.Failure.held(lockFile: first.path, by: holder).description
                == "\(first.path) is locked by another runner (pid 4242 on tester-laptop, since 2026-11-23T10:15:00Z)")
        // Another run of the same folder is not affected.
        _ = try store.lock(scenario: "bus-tickets", run: id + "-2", holder: holder)
        first.release()
        #expect(!FileManager.default.fileExists(atPath: first.path))
        let again = try store.lock(scenario: "bus-tickets", run: id, holder: holder)
        again.release()
    }

    @Test func aLockFileLeftBehindByADeadRunnerIsTakenOver() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        // What `kill -9` leaves: the file with its holder, and no lock (the kernel dropped it).
        try FileManager.default.createDirectory(atPath: "\(root)/bus-tickets", withIntermediateDirectories: true)
        let path = store.lockPath(scenario: "bus-tickets", run: id)
        try "pid: 1\nhost: gone\nsince: 2020-01-01T00:00:00Z\n".write(toFile: path, atomically: false, encoding: .utf8)
        let lock = try store.lock(scenario: "bus-tickets", run: id, holder: RunLock.Holder(pid: 7, host: "here", since: Self.since))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "pid: 7\nhost: here\nsince: 2026-11-23T10:15:00Z\n")
        lock.release()
    }

    @Test func aLockIsNeverTakenForSomethingThatIsNotARunID() {
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: RunLock.Failure.self) {
            try store.lock(scenario: "bus-tickets", run: "../../etc/passwd", holder: .current(since: Self.since))
        }
        #expect(!FileManager.default.fileExists(atPath: root))
    }

    @Test func lockingARunRemovesItsStaleTemporariesAndNoOtherFiles() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = "\(root)/bus-tickets"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let stale = [
            ".\(id).yaml.1234.99887766.tmp",                    // an atomic save killed before its rename
            ".\(id).yaml.new-1234-5566.tmp",                    // a creation's staging file
            "..\(id).yaml.new-1234-5566.tmp.1234.7788.tmp",     // the staging file's own temporary
            ".\(id).new-1234-5566.yaml",                        // staging, as older versions named it
        ]
        let kept = [
            "\(id).yaml",
            ".\(id)-2.yaml.1234.1.tmp",                         // another run's
            "notes.txt",
        ]
        for name in stale + kept { try "x".write(toFile: "\(folder)/\(name)", atomically: false, encoding: .utf8) }
        let lock = try store.lock(scenario: "bus-tickets", run: id, holder: .current(since: Self.since))
        #expect(names(in: folder) == (kept + [".\(id).lock"]).sorted())
        lock.release()
    }

    @Test func createLocksTheNewRunAndSkipsAnIDAnotherRunnerIsCreating() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = RunCodingTests.sampleRun()
        let busy = try store.lock(scenario: "bus-tickets", run: id, holder: .current(since: Self.since))
        let (created, lock) = try store.create(run, holder: .current(since: Self.since))
        #expect(created.id == id + "-2")
        #expect(throws: RunLock.Failure.self) {
            try store.lock(scenario: "bus-tickets", run: created.id, holder: .current(since: Self.since))
        }
        lock.release()
        busy.release()
        #expect(names(in: "\(root)/bus-tickets") == ["\(id)-2.yaml"])
    }

    // MARK: A file against its path

    @Test func loadByIDRefusesAFileWhoseRunOrScenarioIsNotItsPaths() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        var other = RunCodingTests.sampleRun()
        other.id = "20261123T111500Z-bob"
        let text = try RunEncoder.yaml(other)
        let misnamed = store.path(scenario: "bus-tickets", run: id)
        try FileManager.default.createDirectory(atPath: "\(root)/bus-tickets", withIntermediateDirectories: true)
        try text.write(toFile: misnamed, atomically: true, encoding: .utf8)
        #expect(store.load(scenario: "bus-tickets", run: id)
                == .failure(.mismatched(path: misnamed, field: "run", found: "20261123T111500Z-bob", expected: id)))
        let moved = store.path(scenario: "trains", run: other.id)
        try FileManager.default.createDirectory(atPath: "\(root)/trains", withIntermediateDirectories: true)
        try text.write(toFile: moved, atomically: true, encoding: .utf8)
        #expect(store.load(scenario: "trains", run: other.id)
                == .failure(.mismatched(path: moved, field: "scenario", found: "bus-tickets", expected: "trains")))
    }

    // MARK: File errors

    @Test func aFolderThatCannotBeMadeIsNamedWithTheReason() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        // A regular file where a folder should be fails for root too (unlike permission bits).
        try "x".write(toFile: "\(root)/runs", atomically: false, encoding: .utf8)
        let store = RunStore(root: "\(root)/runs/all")
        let target = store.path(of: RunCodingTests.sampleRun())
        do {
            try store.save(RunCodingTests.sampleRun())
            Issue.record("saved under a file")
        } catch let error as AtomicFile.WriteError {
            #expect(error.description == "cannot write \(target): \(root)/runs is a file, not a folder")
        }
        do {
            try AtomicFile.makeFolder("\(root)/runs/all")
            Issue.record("a folder made under a file")
        } catch {
            #expect(error.description == "cannot create folder \(root)/runs/all: \(root)/runs is a file, not a folder")
        }
        do {
            _ = try store.create(RunCodingTests.sampleRun())
            Issue.record("created under a file")
        } catch let error as RunStore.CreateError {
            #expect(error.path == target)
            #expect(error.description.hasPrefix("cannot create \(target): "))
            #expect(error.description.hasSuffix("\(root)/runs is a file, not a folder"))
        }
    }

    @Test func aFolderTheSystemRefusesIsNamedWithTheSystemsReason() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        // A name longer than any file system allows fails for root too.
        let long = String(repeating: "n", count: 300)
        do {
            try AtomicFile.write("x", to: "\(root)/\(long)/run.yaml")
            Issue.record("wrote under an impossible folder")
        } catch {
            #expect(error.description == "cannot write \(root)/\(long)/run.yaml: cannot create folder \(root)/\(long): File name too long")
        }
        #expect(names(in: root).isEmpty)
    }

    @Test func aFailedCreationNamesTheRunNotAHiddenFile() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let full = RunStore(root: root) { _, path throws(AtomicFile.WriteError) in
            throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(ENOSPC)))
        }
        let run = RunCodingTests.sampleRun()
        do {
            _ = try full.create(run)
            Issue.record("created on a full disk")
        } catch let error as RunStore.CreateError {
            #expect(error.description == "cannot create \(full.path(of: run)): No space left on device")
        }
        #expect(names(in: "\(root)/bus-tickets").isEmpty)
    }

    @Test func aFolderNamedLikeARunFileIsSaidToBeAFolder() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let run = RunCodingTests.sampleRun()
        let path = store.path(of: run)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard case .failure(let diagnostic) = store.load(path: path) else {
            Issue.record("a folder loaded as a run")
            return
        }
        #expect(diagnostic.message == "is a folder, not a file")
        do {
            try store.save(run)
            Issue.record("saved over a folder")
        } catch let error as AtomicFile.WriteError {
            #expect(error.description == "cannot write \(path): a folder of that name is in the way")
        }
        #expect(names(in: "\(root)/bus-tickets") == ["\(run.id).yaml"])
    }
}
