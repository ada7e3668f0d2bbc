import Foundation
import Runner
import ShopperCore
import Testing

@Suite struct RunEngineTests {
    let clock = FakeClock()
    var now: Moment { clock.now() }

    func startedEngine() -> RunEngine {
        var engine = RunEngine(scenario: Fixtures.scenario, run: Fixtures.newRun())
        _ = engine.start(now: now)
        return engine
    }

    @Test func startLeavesBriefingForFirstStep() {
        var engine = RunEngine(scenario: Fixtures.scenario, run: Fixtures.newRun())
        #expect(engine.phase == .briefing)
        #expect(engine.start(now: now) == [.save])
        #expect(engine.phase == .ready(step: 0))
        #expect(engine.run.steps.isEmpty)
    }

    @Test func activeTimeExcludesPausesToATenth() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        #expect(engine.run.steps.map(\.outcome) == [.started])
        clock.advance(by: 10.04)
        _ = engine.pause(now: now)
        #expect(engine.isPaused)
        clock.advance(by: 5)
        #expect(abs(engine.activeSeconds(at: now) - 10.04) < 1e-9)
        _ = engine.resume(now: now)
        clock.advance(by: 2.5)
        _ = engine.finishStep(.done, now: now)
        let record = engine.run.steps[0]
        #expect(record.outcome == .done)
        #expect(record.seconds == 12.5)
        #expect(record.pausedSeconds == 5.0)
        #expect(engine.phase == .answering(step: 0))
    }

    @Test func finishingWhilePausedEndsThePause() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 3)
        _ = engine.pause(now: now)
        clock.advance(by: 7.25)
        _ = engine.finishStep(.failed, now: now)
        #expect(engine.run.steps[0].seconds == 3)
        #expect(engine.run.steps[0].pausedSeconds == 7.3)
        #expect(engine.run.steps[0].outcome == .failed)
    }

    @Test func barrierAndNoteAreStampedWithActiveSeconds() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 3)
        _ = engine.pause(now: now)
        clock.advance(by: 100)
        _ = engine.resume(now: now)
        clock.advance(by: 4.26)
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .major, now: now)
        clock.advance(by: 1)
        _ = engine.addNote("spinner for ages", now: now)
        let record = engine.run.steps[0]
        #expect(record.barriers == [BarrierRecord(id: "slow-search", text: "Search is slow", severity: .major, at: 7.3)])
        #expect(record.notes == [NoteRecord(at: 8.3, text: "spinner for ages")])
        // The record's time is brought up to the event, so a kill keeps it.
        #expect(record.seconds == 8.3)
        #expect(record.outcome == .started)
    }

    @Test func barrierAndNoteWhilePausedAreStampedAtThePausedTimeAndThePauseGoesOn() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 3.04)
        _ = engine.pause(now: now)
        clock.advance(by: 20)
        #expect(engine.addNote("phone rang", now: now) == [.save])
        clock.advance(by: 5)
        #expect(engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .minor, now: now) == [.save])
        #expect(engine.isPaused)
        var record = engine.run.steps[0]
        #expect(record.notes.map(\.at) == [3])
        #expect(record.barriers.map(\.at) == [3])
        #expect(record.seconds == 3)
        #expect(record.pausedSeconds == 25)
        clock.advance(by: 1)
        _ = engine.resume(now: now)
        clock.advance(by: 2)
        _ = engine.finishStep(.done, now: now)
        record = engine.run.steps[0]
        #expect(record.seconds == 5)
        #expect(record.pausedSeconds == 26)
    }

    @Test func failThenBarrierIsStampedAtTheStepsEnd() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 42)
        _ = engine.finishStep(.failed, now: now)
        clock.advance(by: 20)  // typing the barrier
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .blocker, now: now)
        #expect(engine.run.steps[0].barriers.map(\.at) == [42])
        #expect(engine.run.steps[0].seconds == 42)
        #expect(engine.run.steps[0].outcome == .failed)
    }

    @Test func aStepHoldsEachBarrierOnceAndKeepsTheHigherSeverity() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 5)
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .minor, now: now)
        clock.advance(by: 5)
        _ = engine.addBarrier(id: "no-filter", text: "No filter by time", severity: .major, now: now)
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .cosmetic, now: now)  // not lowered
        _ = engine.finishStep(.failed, now: now)
        #expect(engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .blocker, now: now) == [.save])
        #expect(engine.run.steps[0].barriers == [
            BarrierRecord(id: "slow-search", text: "Search is slow", severity: .blocker, at: 5),
            BarrierRecord(id: "no-filter", text: "No filter by time", severity: .major, at: 10),
        ])
    }

    @Test func aBarrierNamedAfterFailingIsMarkedTheCauseNotRecordedAgain() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 5)
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .minor, now: now)
        clock.advance(by: 5)
        _ = engine.finishStep(.failed, now: now)
        _ = engine.addBarrier(id: "slow-search", text: "Search is slow", severity: .major, cause: true, now: now)
        #expect(engine.run.steps[0].barriers == [
            BarrierRecord(id: "slow-search", text: "Search is slow", severity: .major, at: 5, cause: true),
        ])
        // A barrier first named as the cause is recorded once, marked.
        _ = engine.addBarrier(id: "no-filter", text: "No filter by time", severity: .blocker, cause: true, now: now)
        #expect(engine.run.steps[0].barriers.map(\.cause) == [true, true])
        #expect(engine.run.steps[0].barriers.count == 2)
    }

    @Test func outcomesFollowTheWalkAndSkipsMoveOn() {
        var engine = startedEngine()
        _ = engine.skipStep(now: now)  // search, from ready
        #expect(engine.phase == .ready(step: 1))
        _ = engine.beginStep(now: now)
        clock.advance(by: 5)
        _ = engine.finishStep(.done, now: now)
        _ = engine.setAnswer("method", .text("Card"))
        _ = engine.endAnswers(now: now)
        #expect(engine.phase == .ready(step: 2))
        _ = engine.beginStep(now: now)
        clock.advance(by: 2)
        _ = engine.skipStep(now: now)  // receipt, while running
        #expect(engine.phase == .survey)
        #expect(engine.run.steps.map(\.step) == ["search", "pay", "receipt"])
        #expect(engine.run.steps.map(\.outcome) == [.skipped, .done, .skipped])
        #expect(engine.run.steps.map(\.seconds) == [0, 5, 2])
        _ = engine.setSurvey("nps", .number(9))
        clock.advance(by: 1)
        _ = engine.complete(now: now)
        #expect(engine.phase == .finished)
        #expect(engine.run.status == .completed)
        #expect(engine.run.finished == Fixtures.started.addingTimeInterval(8))
        #expect(engine.run.survey["nps"] == .number(9))
    }

    @Test func answersAreRecordedOnTheEndedStep() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        _ = engine.finishStep(.done, now: now)
        #expect(engine.missingAnswers(step: 0) == [.score, .checklist(Fixtures.scenario.steps[0].checklist[0]),
                                                   .checklist(Fixtures.scenario.steps[0].checklist[1]),
                                                   .question(Fixtures.scenario.steps[0].questions[0]),
                                                   .question(Fixtures.scenario.steps[0].questions[1])])
        _ = engine.setScore(7)
        _ = engine.setChecklist("prices-shown", .yes)
        _ = engine.setChecklist("dates-shown", .na)
        _ = engine.setAnswer("ease", .number(6))
        _ = engine.setAnswer("comment", .none)
        #expect(engine.missingAnswers(step: 0).isEmpty)
        let record = engine.run.steps[0]
        #expect(record.score == 7)
        #expect(Array(record.checklist.keys) == ["prices-shown", "dates-shown"])
        #expect(record.checklist["dates-shown"] == .na)
        #expect(record.answers["ease"] == .number(6))
        #expect(record.answers["comment"] == Answer.none)
    }

    @Test func quitMidStepKeepsStartedRecordAndInProgressStatus() {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 4)
        _ = engine.addBarrier(id: "no-filter", text: "No filter by time", severity: .minor, now: now)
        clock.advance(by: 6.06)
        #expect(engine.quit(now: now) == [.save])
        #expect(engine.phase == .finished)
        #expect(engine.run.status == .inProgress)
        #expect(engine.run.finished == nil)
        #expect(engine.run.steps[0].outcome == .started)
        #expect(engine.run.steps[0].seconds == 10.1)
        #expect(engine.run.steps[0].barriers.map(\.id) == ["no-filter"])
    }

    @Test func resumeRestartsInterruptedStepKeepingBarriersNotesAndTime() {
        var first = startedEngine()
        _ = first.beginStep(now: now)
        clock.advance(by: 10)
        _ = first.finishStep(.done, now: now)
        for (item, answer) in [("prices-shown", ChecklistAnswer.yes), ("dates-shown", .no)] { _ = first.setChecklist(item, answer) }
        _ = first.setScore(8)
        _ = first.setAnswer("ease", .number(5))
        _ = first.setAnswer("comment", .text("ok"))
        _ = first.endAnswers(now: now)
        _ = first.beginStep(now: now)
        clock.advance(by: 3)
        _ = first.pause(now: now)
        clock.advance(by: 2)
        _ = first.resume(now: now)
        _ = first.addNote("card form reloads", now: now)
        clock.advance(by: 1)
        _ = first.quit(now: now)
        let interrupted = first.run

        clock.advance(by: 3600)
        var engine = RunEngine(scenario: Fixtures.scenario, resuming: interrupted)
        #expect(engine.isResumed)
        _ = engine.start(now: now)
        #expect(engine.phase == .ready(step: 1))
        #expect(engine.run.steps[0] == interrupted.steps[0])
        _ = engine.beginStep(now: now)
        #expect(engine.activeSeconds(at: now) == 4)
        clock.advance(by: 2.5)
        _ = engine.addNote("second try", now: now)
        _ = engine.finishStep(.done, now: now)
        let record = engine.run.steps[1]
        #expect(record.seconds == 6.5)
        #expect(record.pausedSeconds == 2)
        #expect(record.notes == [NoteRecord(at: 3, text: "card form reloads"), NoteRecord(at: 6.5, text: "second try")])
        #expect(engine.run.steps.count == 2)
    }

    @Test func resumeOfEndedStepAsksOnlyMissingAnswers() {
        var first = startedEngine()
        _ = first.beginStep(now: now)
        _ = first.finishStep(.done, now: now)
        _ = first.setScore(4)
        _ = first.setChecklist("prices-shown", .yes)
        _ = first.quit(now: now)

        var engine = RunEngine(scenario: Fixtures.scenario, resuming: first.run)
        _ = engine.start(now: now)
        #expect(engine.phase == .answering(step: 0))
        #expect(engine.missingAnswers(step: 0) == [.checklist(Fixtures.scenario.steps[0].checklist[1]),
                                                   .question(Fixtures.scenario.steps[0].questions[0]),
                                                   .question(Fixtures.scenario.steps[0].questions[1])])
    }

    @Test func resumeAfterAllStepsGoesToSurvey() {
        var run = Fixtures.newRun()
        run.steps = Fixtures.scenario.steps.map {
            StepRecord(step: $0.id, touchpoint: $0.touchpoint, stage: $0.stage, outcome: .skipped)
        }
        var engine = RunEngine(scenario: Fixtures.scenario, resuming: run)
        _ = engine.start(now: now)
        #expect(engine.phase == .survey)
        #expect(engine.missingSurvey.map(\.id) == ["nps", "again"])
    }

    @Test func everyEventAsksForASave() {
        var engine = RunEngine(scenario: Fixtures.scenario, run: Fixtures.newRun())
        var effects: [[RunEngine.Effect]] = []
        effects.append(engine.start(now: now))
        effects.append(engine.beginStep(now: now))
        effects.append(engine.pause(now: now))
        effects.append(engine.resume(now: now))
        effects.append(engine.checkpoint(now: now))
        effects.append(engine.addBarrier(id: "x", text: "X", severity: .cosmetic, now: now))
        effects.append(engine.addNote("n", now: now))
        effects.append(engine.finishStep(.failed, now: now))
        effects.append(engine.addBarrier(id: "y", text: "Y", severity: .blocker, now: now))
        effects.append(engine.setScore(0))
        effects.append(engine.setChecklist("prices-shown", .no))
        effects.append(engine.setAnswer("ease", .number(1)))
        effects.append(engine.endAnswers(now: now))
        effects.append(engine.skipStep(now: now))
        effects.append(engine.beginStep(now: now))
        effects.append(engine.skipStep(now: now))
        effects.append(engine.setSurvey("nps", .number(3)))
        effects.append(engine.complete(now: now))
        #expect(effects.count == 18)
        #expect(effects.allSatisfy { $0 == [.save] })
    }

    @Test func abandonMarksTheRunAndTheInterruptedStepSkipped() throws {
        var engine = startedEngine()
        _ = engine.beginStep(now: now)
        clock.advance(by: 1.5)
        _ = engine.abandon(now: now)
        #expect(engine.run.status == .abandoned)
        #expect(engine.run.finished != nil)
        // A `started` step is not allowed in an abandoned run: it is kept, with its time, as skipped.
        #expect(engine.run.steps[0].outcome == .skipped)
        #expect(engine.run.steps[0].seconds == 1.5)
        #expect(engine.phase == .finished)
        let store = RunStore(root: Fixtures.temporaryFolder())
        defer { try? FileManager.default.removeItem(atPath: store.root) }
        #expect(try store.load(path: store.save(engine.run)).get() == engine.run)   // a valid run file
    }

    @Test func checkpointOutsideARunningStepDoesNothing() {
        var engine = startedEngine()
        #expect(engine.checkpoint(now: now).isEmpty)
    }
}
