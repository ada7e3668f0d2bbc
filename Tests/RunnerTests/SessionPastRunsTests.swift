import Foundation
import Runner
import ShopperCore
import Testing

/// The past runs are read in the background: the first question does not wait for them.
@Suite struct SessionPastRunsTests {
    /// What the background read saw, written on its thread and read after `done`.
    final class Probe: @unchecked Sendable {
        let asked = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        var testerAskedFirst = false
    }

    @Test func theTesterIsAskedBeforeThePastRunsAreRead() throws {
        let store = RunStore(root: Fixtures.temporaryFolder())
        let script = Script([(0, "Anna Petrova")])
        let probe = Probe()
        script.beforeRead = { probe.asked.signal() }
        let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io,
                              strings: Strings(.en))
        session.readPastRuns = { store, scenario in
            // Before the fix the runs were read before any question: this waited in vain.
            probe.testerAskedFirst = probe.asked.wait(timeout: .now() + 10) == .success
            defer { probe.done.signal() }
            return PastRun.all(in: store, scenario: scenario.id)
        }
        // Input ends after the name: the session waits for the read (the resume offer needs it).
        let outcome = try session.run(Session.Options(context: ["device": "phone", "city": "Prague"]))
        #expect(probe.done.wait(timeout: .now() + 10) == .success)
        #expect(probe.testerAskedFirst)
        #expect(outcome.ending == .inputEnded)
    }

    @Test func theResumeOfferAndTheBarrierMenuUseTheRunsTheReaderGives() throws {
        let store = RunStore(root: Fixtures.temporaryFolder())
        var earlier = Fixtures.newRun(tester: "Ben Okafor")
        earlier.status = .completed
        earlier.finished = earlier.started.addingTimeInterval(60)
        earlier.steps = [StepRecord(step: "search", touchpoint: "app-search", stage: .consideration, outcome: .done,
                                    seconds: 5, barriers: [BarrierRecord(id: "map-blank", text: "The map stays blank",
                                                                         severity: .minor, at: 1)])]
        let path = try store.save(earlier)
        let script = Script([
            (0, "Anna Petrova"), (0, ""), (0, ""),
            (1, "b"), (0, ""),                // the barrier menu, then no barrier
        ])
        let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io,
                              strings: Strings(.en))
        session.readPastRuns = { store, scenario in PastRun.all(in: store, scenario: scenario.id) }
        _ = try session.run(Session.Options(context: ["device": "phone", "city": "Prague"]))
        #expect(script.text.contains("The map stays blank"))
        #expect(PastRun.all(in: store, scenario: Fixtures.scenario.id).filter { $0.id == earlier.id } == [PastRun(earlier, path: path)])
    }
}
