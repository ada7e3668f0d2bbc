import Foundation
import OrderedCollections
import Runner
import ShopperCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A store whose writes fail while `failures` is above zero (each failure counts one down), as a
/// full or read-only disk does; otherwise it writes as the real store does.
final class FailingDisk: @unchecked Sendable {
    private let lock = NSLock()
    private var remaining = 0
    private(set) var attempts = 0

    func fail(next count: Int) { lock.withLock { remaining = count } }

    func store(root: String) -> RunStore {
        RunStore(root: root) { [self] bytes, path throws(AtomicFile.WriteError) in
            let failing = lock.withLock { () -> Bool in
                attempts += 1
                guard remaining > 0 else { return false }
                remaining -= 1
                return true
            }
            if failing { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(ENOSPC))) }
            try AtomicFile.write(bytes, to: path)
        }
    }
}

/// The session and its store: failed saves (retry or quit), runs another session has open, and run
/// files whose `run` or `scenario` is not their path's.
@Suite struct SessionStoreTests {
    let root = Fixtures.temporaryFolder()
    let disk = FailingDisk()
    var store: RunStore { disk.store(root: root) }
    let context: OrderedDictionary<String, String> = ["device": "d", "city": "c"]

    func session(_ script: Script, _ language: Language = .en) -> Session {
        Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(language))
    }

    func load(_ path: String?) throws -> Run {
        try store.load(path: #require(path)).get()
    }

    // MARK: Failed saves

    @Test func aFailedSaveKeepsWhatWasTypedSaysWhyAndIsRetried() throws {
        let script = Script([(0, ""), (0, ""), (2, "n"), (0, "the page froze"), (0, "later"), (0, "r"), (0, "r"), (1, "q")])
        script.beforeRead = { [disk] in
            // The note is typed on a disk that has just filled up; it frees up after two tries.
            if script.transcript.last == "Note (empty: cancel):" { disk.fail(next: 2) }
        }
        let outcome = try session(script).run(Session.Options(tester: "Ann", context: context))
        let path = try #require(outcome.path)
        #expect(script.text.contains("""
            > the page froze
            The run could not be saved: cannot write \(path): No space left on device.
            r: try again · q: quit (\(path) keeps the run as last saved; what was entered since is lost) [r/q]:
            > later
            Not accepted: 'later' is not r or q: answer r (try again) or q (quit).
            """), "\(script.text)")
        #expect(script.text.contains("> r\nNote recorded at 0:02.0."))
        let run = try load(path)
        #expect(run.steps.first?.notes == [NoteRecord(at: 2, text: "the page froze")])
        #expect(outcome.ending == .quit)
    }

    @Test func quittingAtAFailedSaveKeepsTheLastGoodFileAndSaysHowToResume() throws {
        let script = Script([(0, ""), (0, ""), (3, "b"), (0, "Spinner forever"), (0, "3"), (0, "q")])
        script.beforeRead = { [disk] in
            if script.transcript.last?.hasPrefix("Severity:") == true { disk.fail(next: 100) }
        }
        let session = session(script)
        do {
            _ = try session.run(Session.Options(tester: "Ann", context: context, resumeCommand: "shopper run buy-ticket --plain"))
            Issue.record("a run whose saves fail ended normally")
        } catch let failure as Session.Failure {
            let path = try #require(store.files(scenario: "buy-ticket").first)
            let id = try load(path).id
            #expect(failure.message == """
                the run could not be saved: cannot write \(path): No space left on device
                The run as last saved is kept in \(path).
                Resume it with: shopper run buy-ticket --plain --resume \(id)
                """)
            // The file is as it was before the barrier: the step started, nothing else.
            let run = try load(path)
            #expect(run.status == .inProgress)
            #expect(run.steps.map(\.outcome) == [.started])
            #expect(run.steps[0].barriers.isEmpty)
        }
        // The runner let go of the run: it can be resumed at once.
        disk.fail(next: 0)
        let id = try load(store.files(scenario: "buy-ticket").first).id
        let resumed = try self.session(Script([(0, "q")])).run(Session.Options(resume: id))
        #expect(resumed.ending == .quit)
    }

    @Test func aRunFileThatCannotBeCreatedIsRetriedOrNothingIsRecorded() throws {
        disk.fail(next: 1)
        let retried = Script([(0, "r"), (0, "q")])
        let outcome = try session(retried).run(Session.Options(tester: "Ann", context: context))
        #expect(afterStartLine(retried.text).hasPrefix("The run could not be saved: cannot create \(root)/buy-ticket/20261123T101500Z-ann.yaml: No space left on device.\nr: try again · q: quit (nothing is recorded) [r/q]:"), "\(retried.text)")
        #expect(try load(outcome.path).status == .inProgress)

        disk.fail(next: 100)
        let given = Script([(0, "й")])
        do {
            _ = try session(given, .ru).run(Session.Options(tester: "Bob", context: context))
            Issue.record("a run that could not be created started")
        } catch let failure as Session.Failure {
            #expect(failure.message == "не удалось начать прогон: cannot create \(root)/buy-ticket/20261123T101500Z-bob.yaml: No space left on device; ничего не записано")
        }
        #expect(given.text.contains("r: повторить · q: выйти (ничего не записано) [r/q]:"))
        #expect(store.files(scenario: "buy-ticket").count == 1)
    }

    @Test func theEndOfInputAtAFailedSaveQuits() throws {
        let script = Script([(0, ""), (0, "")])
        script.beforeRead = { [disk] in
            if script.lines.isEmpty { disk.fail(next: 100) }
        }
        #expect(throws: Session.Failure.self) { try session(script).run(Session.Options(tester: "Ann", context: context)) }
        #expect(script.text.hasSuffix("[r/q]:"))
    }

    // MARK: A run open in another session

    @Test func aRunOpenInAnotherRunnerIsNeitherOfferedNorResumedNorAbandoned() throws {
        var id = ""
        var offered: String?
        var resumeRefusal: String?
        var abandonRefusal: String?
        let first = Script([(0, ""), (0, ""), (2, ""), (0, "7")])
        first.beforeRead = {
            // Once the first runner has started, a second one by the same tester comes along.
            guard id.isEmpty, let path = store.files(scenario: "buy-ticket").first,
                  let run = try? store.load(path: path).get() else { return }
            id = run.id
            let second = Script([(0, "q")])
            second.clock.advance(by: 60)
            _ = try? session(second).run(Session.Options(tester: "ann", context: context))
            offered = second.text
            do {
                _ = try session(Script([(0, "q")])).run(Session.Options(resume: id))
            } catch let failure as Session.Failure {
                resumeRefusal = failure.message
            } catch {}
            do {
                _ = try session(Script([])).abandon(runID: id)
            } catch let failure as Session.Failure {
                abandonRefusal = failure.message
            } catch {}
        }
        let outcome = try session(first).run(Session.Options(tester: "Ann", context: context))
        let host = try #require(RunLock.Holder.current(since: Date()).host)
        let holder = "pid \(getpid()) on \(host), since 2026-11-23T10:15:00Z"
        #expect(afterStartLine(try #require(offered)).hasPrefix("Run \(id) of this tester is open in another runner (\(holder)); it is not offered.\nScenario: Buy a ticket"))
        #expect(resumeRefusal == "run '\(id)' is open in another runner (\(holder)); it cannot be resumed or marked abandoned until that runner ends")
        #expect(abandonRefusal == resumeRefusal)
        // The first runner's run is whole: nobody else wrote it or abandoned it.
        let run = try load(outcome.path)
        #expect(run.id == id)
        #expect(run.status == .inProgress)
        #expect(run.steps.first?.outcome == .done)
        #expect(run.steps.first?.score == 7)
        #expect(store.files(scenario: "buy-ticket").count == 2)
        // Once the first runner is done, its run is offered again.
        let later = Script([(0, "y"), (0, "q")])
        _ = try session(later).run(Session.Options(tester: "Ann", context: context))
        #expect(later.text.contains("Resuming run"))
    }

    @Test func refusalsNameTheHolderInRussianToo() {
        let holder = RunLock.Holder(pid: 12, host: "ноутбук", since: Fixtures.started)
        #expect(Strings(.ru).runLocked("X", by: holder)
                == "прогон «X» открыт в другом запуске (pid 12 на ноутбук, с 2026-11-23T10:15:00Z); его нельзя продолжить или отметить заброшенным, пока тот запуск не закончится")
        #expect(Strings(.en).holder(RunLock.Holder(pid: nil, host: nil, since: nil)) == "details not yet written")
    }

    // MARK: A run file whose fields are not its path's

    @Test func resumeAndAbandonRefuseAFileWhoseRunFieldNamesAnotherFile() throws {
        // Bob's completed run, and a copy of an unfinished run whose `run:` names Bob's file.
        let done = Script([(0, ""), (0, "s"), (0, "s"), (0, "s"), (0, "0"), (0, "n")])
        let bob = try session(done).run(Session.Options(tester: "Bob", context: context))
        let bobRun = try load(bob.path)
        var copy = bobRun
        copy.status = .inProgress
        copy.finished = nil
        copy.steps = []
        copy.tester = "Ann"
        let misnamed = "20261123T111500Z-ann"
        try RunEncoder.yaml(copy).write(toFile: store.path(scenario: "buy-ticket", run: misnamed), atomically: true, encoding: .utf8)
        let expected = "\(store.path(scenario: "buy-ticket", run: misnamed)) says run: '\(bobRun.id)' but the file is named '\(misnamed)'; "
            + "it is not resumed or marked abandoned (saving it would write to \(bobRun.id).yaml). Fix the run: field or the file name."
        for attempt in [{ _ = try session(Script([(0, "q")])).run(Session.Options(resume: misnamed)) },
                        { _ = try session(Script([])).abandon(runID: misnamed) }] {
            do {
                try attempt()
                Issue.record("a misnamed run file was used")
            } catch let failure as Session.Failure {
                #expect(failure.message == expected)
            }
        }
        // Nor is it offered: Ann's start leaves Bob's completed run alone.
        let ann = Script([(0, "q")])
        _ = try session(ann).run(Session.Options(tester: "Ann", context: context))
        #expect(!ann.text.contains("unfinished run"))
        #expect(try load(bob.path) == bobRun)
    }
}

/// The transcript without the runner's opening "Starting scenario: …" line, which comes before
/// everything a test here looks at.
private func afterStartLine(_ text: String) -> String {
    guard text.hasPrefix("Starting scenario:"), let newline = text.firstIndex(of: "\n") else { return text }
    return String(text[text.index(after: newline)...])
}
