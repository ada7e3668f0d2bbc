import Foundation
import ShopperCore

/// `shopper reply`: closes a run's open wait from the command line, under the run's lock, so the
/// run continues with `shopper run --resume` at the step's answers.
public enum WaitReply {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var message: String
        /// The command-line option the failure is about (`--at`), when it is one.
        public var option: String?
        public var description: String { message }

        public init(message: String, option: String? = nil) {
            self.message = message
            self.option = option
        }
    }

    /// The run file of `id` under `store`, in whichever scenario folder holds it.
    public static func find(_ id: String, in store: RunStore) -> String? {
        guard RunID.isValid(id) else { return nil }
        let folders = ((try? FileManager.default.contentsOfDirectory(atPath: store.root)) ?? []).sorted()
        return folders.filter { !$0.hasPrefix(".") && Slug.isValid($0) }
            .map { store.path(scenario: $0, run: id) }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Closes the open wait of `run` (of step `step` when given): answered at `answered`, or
    /// never (given up `now`) when nil. Holds the run's lock while it reads and saves. Returns the
    /// run as saved.
    public static func close(runID id: String, step: String?, answered: Date?, now: Date, store: RunStore,
                             scenarios: [String: Scenario], locations: LocationRegistry?, zone: TimeZone,
                             strings: Strings = Strings(.en)) throws -> Run {
        guard let path = find(id, in: store) else { throw Failure(message: strings.noRunAnywhere(id, root: store.root)) }
        let scenarioID = URL(fileURLWithPath: path).deletingLastPathComponent().lastPathComponent
        let lock: RunLock
        do {
            lock = try store.lock(scenario: scenarioID, run: id, holder: .current(since: now))
        } catch {
            switch error {
            case .held(_, let by): throw Failure(message: strings.runLockedForReply(id, by: by))
            case .failed(let lockFile, let reason): throw Failure(message: strings.cannotLock(id, lockFile: lockFile, reason: reason))
            }
        }
        defer { lock.release() }
        let run: Run
        switch store.load(scenario: scenarioID, run: id) {
        case .success(let r): run = r
        case .failure(.notFound(let path)): throw Failure(message: strings.noRunAt(id, path: path))
        case .failure(.invalid(let path, let d)): throw Failure(message: d.formatted(path: path))
        case .failure(.mismatched(let path, let field, let found, let expected)):
            throw Failure(message: strings.mismatchedRunFile(path: path, field: field, found: found, expected: expected))
        }
        guard run.status == .inProgress else { throw Failure(message: strings.noOpenWait(id, status: run.status.rawValue)) }
        guard let scenario = scenarios[run.scenario] else {
            throw Failure(message: strings.scenarioMissingForWait(run.scenario, run: id))
        }
        if let step, scenario.step(step)?.wait == nil {
            throw Failure(message: strings.noSuchWaitStep(step, scenario: scenario.id, exists: scenario.step(step) != nil,
                                                          waits: scenario.steps.filter { $0.wait != nil }.map(\.id)))
        }
        let open = run.steps.filter { $0.wait?.isOpen == true }
        guard let record = step.map({ s in open.first { $0.step == s } }) ?? open.first else {
            if let step { throw Failure(message: strings.stepHasNoOpenWait(step, run: id, open: open.map(\.step))) }
            throw Failure(message: strings.runHasNoOpenWait(id))
        }
        // A wait ends within a year of `sent`, not before it, not after now (a computer whose
        // clock is behind the one that recorded `sent` must not record a negative wait).
        if let refusal = WaitEndRefusal.check(sent: record.wait!.last.sent, answered: answered, now: now) {
            // With an answer's time, the refusal is about that time (--at), unless the present is wrong.
            let aboutAt: Bool
            if case .nowBeforeSent = refusal { aboutAt = false } else { aboutAt = answered != nil }
            throw Failure(message: strings.waitEndRefused(refusal, zone: zone), option: aboutAt ? "--at" : nil)
        }
        var engine = RunEngine(scenario: scenario, resuming: run)
        let moment = Moment(date: now, uptime: 0)
        _ = engine.start(now: moment)
        guard case .waiting(let i) = engine.phase, scenario.steps[i].id == record.step else {
            throw Failure(message: strings.waitNotCurrent(record.step, run: id))
        }
        let location = locations?.locations.first { $0.id == run.context["location"] }
        _ = engine.endWait(answered: answered, now: moment, hours: scenario.workingHours(at: location))
        do {
            _ = try store.save(engine.run)
        } catch {
            throw Failure(message: strings.cannotSaveRun(path, reason: "\(error)"))
        }
        return engine.run
    }
}
