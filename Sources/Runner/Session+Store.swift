import Foundation
import ShopperCore

/// The session and the run store: the lock on the run it has open, and saves that fail.
///
/// A runner holds its run's lock (`RunStore.lock`) from the moment it claims the run (created,
/// resumed, offered, or to be abandoned) until it is done with it; a run another runner has open
/// is never offered, resumed or abandoned. A save that fails keeps everything in memory, says
/// why, and asks whether to try again or quit; quitting leaves the file as last saved.
extension Session {
    /// Who this runner is, for the lock file.
    var holder: RunLock.Holder { .current(since: clock.now().date) }

    func releaseLock() {
        lock?.release()
        lock = nil
    }

    /// Claims the run `id` (`--resume`, `--abandon`), then reads it under the lock: it must be
    /// `in-progress` and its `run` and `scenario` those of its path.
    func claimInProgress(_ id: String, abandoning: Bool) throws -> Run {
        let path = store.path(scenario: scenario.id, run: id)
        // No lock file is made for a run that is not there (nor for an id that could name another folder).
        guard RunID.isValid(id), FileManager.default.fileExists(atPath: path) else {
            throw Failure(message: strings.runNotFound(id, path: path))
        }
        do {
            lock = try store.lock(scenario: scenario.id, run: id, holder: holder)
        } catch {
            switch error {
            case .held(_, let by): throw Failure(message: strings.runLocked(id, by: by))
            case .failed(let lockFile, let reason): throw Failure(message: strings.cannotLock(id, lockFile: lockFile, reason: reason))
            }
        }
        return try loadInProgress(id, abandoning: abandoning)
    }

    /// The latest of `unfinished` this session could claim, read again under its lock and still
    /// matching `offerable` (the file may have changed since it was listed); the lock is kept.
    /// Each run another runner has open is named instead, with who has it.
    func claimLatest(_ unfinished: [PastRun], where offerable: (Run) -> Bool) -> Run? {
        for candidate in unfinished.sorted(by: { ($0.started, $0.id) > ($1.started, $1.id) }) {
            let claim: RunLock
            do {
                claim = try store.lock(scenario: scenario.id, run: candidate.id, holder: holder)
            } catch {
                switch error {
                case .held(_, let by): io.show([strings.lockedNotOffered(candidate.id, by: by)])
                case .failed(let lockFile, let reason): io.show([strings.cannotLock(candidate.id, lockFile: lockFile, reason: reason)])
                }
                continue
            }
            // Read by its own path: a file whose `run` names another file is never the one offered.
            guard case .success(let run) = store.load(scenario: scenario.id, run: candidate.id), offerable(run) else {
                claim.release()
                continue
            }
            lock = claim
            return run
        }
        return nil
    }

    /// Creates the run file of `draft` (locked for this session), asking to try again when that fails.
    func create(_ draft: Run) throws -> Run {
        while true {
            do {
                let (run, claim) = try store.create(draft, holder: holder)
                lock = claim
                return run
            } catch {
                guard retry(after: error, keeping: nil) else { throw Failure(message: strings.notStarted("\(error)")) }
            }
        }
    }

    /// Saves `run`, asking to try again while it fails; everything typed stays in memory meanwhile.
    /// Quitting throws `Failure`: the file keeps the run as last saved, and the message says how
    /// to resume it.
    func saveRetrying(_ run: Run) throws -> String {
        let path = store.path(of: run)
        while true {
            do {
                return try store.save(run)
            } catch {
                guard retry(after: error, keeping: path) else {
                    var message = strings.notSaved("\(error)", keeping: path)
                    if !resumeCommand.isEmpty { message += "\n" + strings.resumeWith(command: resumeCommand, id: run.id) }
                    throw Failure(message: message)
                }
            }
        }
    }

    /// Says why a write failed and asks r (try again) or q (quit); true for r. The end of input,
    /// or a signal, is q.
    private func retry(after error: any Error, keeping path: String?) -> Bool {
        io.show([strings.saveFailed("\(error)")])
        return askValid(strings.retryOrQuit(keeping: path)) { line in
            switch line.trimmingWhitespace.lowercased() {
            case "r", "к": return .success(true)
            case "q", "й": return .success(false)
            default: return .failure(.init(reason: self.strings.notRetryOrQuit(line.trimmingWhitespace)))
            }
        } ?? false
    }
}
