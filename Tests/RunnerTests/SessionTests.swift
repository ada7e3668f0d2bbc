import Foundation
import OrderedCollections
import Runner
import ShopperCore
import Testing

/// Feeds lines to a session, moving the fake clock before each line is returned, and can look at
/// the run file before each read.
final class Script {
    let clock = FakeClock(date: Fixtures.started)
    var lines: [(advance: Double, text: String)]
    var transcript: [String] = []
    var beforeRead: () -> Void = {}

    init(_ lines: [(Double, String)]) {
        self.lines = lines.map { (advance: $0.0, text: $0.1) }
    }

    var io: LineIO {
        LineIO(readLine: { [self] in
            beforeRead()
            guard !lines.isEmpty else { return nil }
            let next = lines.removeFirst()
            clock.advance(by: next.advance)
            transcript.append("> " + next.text)
            return next.text
        }, writeLine: { [self] in transcript.append($0) })
    }

    var text: String { transcript.joined(separator: "\n") }
}

@Suite struct SessionTests {
    let store = RunStore(root: Fixtures.temporaryFolder())

    func session(_ script: Script, _ language: Language = .en) -> Session {
        Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(language))
    }

    func load(_ path: String?) throws -> Run {
        try store.load(path: #require(path)).get()
    }

    @Test func walksTheScenarioEndToEndAndRecordsEverything() throws {
        let script = Script([
            (0, "Anna Petrova"),
            (0, ""), (0, "Prague"),           // city is required: asked again
            (0, ""),                          // briefing
            (0, ""),                          // start "search"
            (3, "b"), (0, "2"), (0, "3"),     // known barrier no-filter, major, at 3.0
            (1, "p"), (10, ""),               // paused 10 s at 4.0
            (2, "n"), (5, "spinner forever"), // note stamped when n was typed: 6.0
            (1.54, ""),                       // done at 12.5: the timer ran while the note was typed
            (0, "11"), (0, "8"),              // score: refused, then 8
            (0, "y"), (0, "-"),               // checklist
            (0, "9"), (0, "6"),               // seq 1..7: refused, then 6
            (0, ""),                          // optional comment left empty
            (0, ""),                          // start "pay"
            (4.2, "f"), (0, "Card form rejects my card"), (0, "4"),
            (0, "apple pay"),
            (0, "s"),                         // skip "receipt"
            (0, "9"), (0, "да"),              // survey
        ])
        let outcome = try session(script).run(Session.Options(context: ["device": "phone"]))
        #expect(outcome.ending == .completed)
        let run = try load(outcome.path)
        #expect(run == outcome.run)
        #expect(run.id == "20261123T101500Z-anna-petrova")
        #expect(run.tester == "Anna Petrova")
        #expect(run.scenario == "buy-ticket")
        #expect(run.scenarioVersion == 2)
        #expect(run.status == .completed)
        #expect(run.started == Fixtures.started)
        // Whole seconds, as the file holds them (26.74 s after the start).
        #expect(run.finished == Fixtures.started.addingTimeInterval(26))
        #expect(Array(run.context.keys) == ["device", "city"])
        #expect(run.context["city"] == "Prague")
        #expect(run.steps.map(\.step) == ["search", "pay", "receipt"])
        #expect(run.steps.map(\.outcome) == [.done, .failed, .skipped])

        let search = run.steps[0]
        #expect(search.touchpoint == "app-search")
        #expect(search.stage == .consideration)
        #expect(search.seconds == 12.5)
        #expect(search.pausedSeconds == 10)
        #expect(search.score == 8)
        #expect(search.barriers == [BarrierRecord(id: "no-filter", text: "No filter by time", severity: .major, at: 3)])
        #expect(search.notes == [NoteRecord(at: 6, text: "spinner forever")])
        #expect(search.checklist == ["prices-shown": .yes, "dates-shown": .na])
        #expect(search.answers == ["ease": .number(6), "comment": Answer.none])

        let pay = run.steps[1]
        #expect(pay.seconds == 4.2)
        #expect(pay.score == nil)
        #expect(pay.barriers == [BarrierRecord(id: "card-form-rejects-my-card", text: "Card form rejects my card", severity: .blocker, at: 4.2, cause: true)])
        #expect(pay.answers == ["method": .text("Apple Pay")])
        #expect(run.steps[2].seconds == 0)
        #expect(run.survey == ["nps": .number(9), "again": .bool(true)])

        #expect(script.text.contains("Not accepted: 11 is out of range: answer from 0 to 10."))
        #expect(script.text.contains("Not accepted: a value is required."))
        #expect(script.text.contains("Steps: 1 done, 1 failed, 1 skipped"))
        #expect(script.text.contains("Saved to \(outcome.path!)"))
        #expect(!script.text.contains("\u{1B}"), "scenario escape sequences reach the output")
        #expect(script.lines.isEmpty)
    }

    @Test func endOfInputMidStepKeepsTheBarrierTypedBefore() throws {
        let script = Script([(0, ""), (0, ""), (5, "b"), (0, "Timetable hidden"), (0, "2"), (3, "n")])
        let outcome = try session(script).run(Session.Options(tester: "Anna Petrova", context: ["device": "phone", "city": "Brno"]))
        #expect(outcome.ending == .inputEnded)
        let run = try load(outcome.path)
        #expect(run.status == .inProgress)
        #expect(run.finished == nil)
        #expect(run.steps.count == 1)
        #expect(run.steps[0].outcome == .started)
        #expect(run.steps[0].seconds == 8)
        #expect(run.steps[0].barriers == [BarrierRecord(id: "timetable-hidden", text: "Timetable hidden", severity: .minor, at: 5)])
        #expect(script.text.contains("Stopped.\nThe run is saved as in progress: \(outcome.path!)"))
        #expect(script.text.contains("--resume \(run.id)"))
    }

    @Test func theFileIsRewrittenBeforeTheNextInputIsRead() throws {
        let script = Script([(0, ""), (0, ""), (2, "b"), (0, "1"), (0, "2"), (1, "n"), (0, "x"), (1, "p"), (1, "")])
        var seen: [String] = []
        script.beforeRead = { [store] in
            guard let path = store.files(scenario: "buy-ticket").first, case .success(let run) = store.load(path: path) else {
                seen.append("none")
                return
            }
            let r = run.steps.first
            seen.append("\(r?.outcome.rawValue ?? "-") b\(r?.barriers.count ?? 0) n\(r?.notes.count ?? 0) p\(r?.pausedSeconds ?? 0)")
        }
        _ = try session(script).run(Session.Options(tester: "T", context: ["device": "d", "city": "c"]))
        #expect(seen == [
            "- b0 n0 p0.0",          // briefing: the run file exists from the start
            "- b0 n0 p0.0",          // ready
            "started b0 n0 p0.0",    // running
            "started b0 n0 p0.0",    // barrier number
            "started b0 n0 p0.0",    // severity
            "started b1 n0 p0.0",    // barrier saved
            "started b1 n0 p0.0",    // note text
            "started b1 n1 p0.0",    // note saved
            "started b1 n1 p0.0",    // paused
            "started b1 n1 p1.0",    // resumed: pause saved
        ])
    }

    @Test func whilePausedANoteAndABarrierAreRecordedAtThePausedTimeAndTheStepStaysPaused() throws {
        let script = Script([
            (0, ""), (0, ""),                 // briefing, start "search"
            (3, "p"),                         // paused at 3.0
            (5, "n"), (4, "phone rang"),      // a note while paused: stamped 3.0
            (1, "b"), (0, "1"), (0, "2"),     // a known barrier while paused: 3.0
            (2, "x"),                         // not a command: still paused
            (1, ""),                          // resumed after 13 s paused
            (2, ""),                          // done at 5.0
        ])
        let outcome = try session(script).run(Session.Options(tester: "Ann", context: ["device": "d", "city": "c"]))
        let search = try #require(try load(outcome.path).record(for: "search"))
        #expect(search.outcome == .done)
        #expect(search.notes == [NoteRecord(at: 3, text: "phone rang")])
        #expect(search.barriers.map { "\($0.id) \($0.severity) \($0.at)" } == ["slow-search minor 3.0"])
        #expect(search.seconds == 5)
        #expect(search.pausedSeconds == 13)
        #expect(script.text.contains("Note recorded at 0:03.0.\nThe step is paused; Enter or p resumes."))
        #expect(script.text.contains("Unknown command 'x'; type ? for help.\nThe step is paused; Enter or p resumes."))
    }

    /// Line mode keeps `f` and `s` immediate (a typed line is deliberate), paused or not.
    @Test func inLineModeFailAndSkipEndAPausedStepAtOnce() throws {
        let script = Script([
            (0, ""), (0, ""),                 // briefing, start "search"
            (2, "p"), (9, "f"), (0, ""),      // failed while paused; no barrier
            (0, "3"), (0, "y"), (0, "y"), (0, "4"), (0, ""),
            (0, ""), (1, "p"), (0, "s"),      // "pay" skipped while paused
        ])
        let outcome = try session(script).run(Session.Options(tester: "Ann", context: ["device": "d", "city": "c"]))
        let run = try load(outcome.path)
        #expect(run.steps.map { "\($0.step) \($0.outcome) \($0.seconds) \($0.pausedSeconds)" }
                == ["search failed 2.0 9.0", "pay skipped 1.0 0.0"])
        #expect(!script.text.contains("failed? y/n") && !script.text.contains("Skip this step?"))
    }

    @Test func withSeveralUnfinishedRunsTheOfferNamesTheLatestAndAbandonsOnlyIt() throws {
        var ids: [String] = []
        for minutes in [0.0, 5, 2] {
            let started = Fixtures.started.addingTimeInterval(minutes * 60)
            let run = Run(id: RunID.make(started: started, tester: "Anna"), scenario: "buy-ticket", scenarioVersion: 2,
                          tester: "Anna", started: started, context: ["device": "p", "city": "c"])
            ids.append(try store.create(run).id)
        }
        let script = Script([(0, "n"), (0, "q")])
        script.clock.advance(by: 600)
        let outcome = try session(script).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"]))
        #expect(script.text.contains("This tester has 3 unfinished runs of this scenario; the latest is \(ids[1])"))
        #expect(script.text.contains("n: mark only this one abandoned and start anew; the 2 others stay in progress"))
        let statuses = try store.files(scenario: "buy-ticket").map { try load($0) }
            .filter { $0.id != outcome.run?.id }.map { "\($0.id) \($0.status.rawValue)" }.sorted()
        #expect(statuses == ["\(ids[0]) in-progress", "\(ids[1]) abandoned", "\(ids[2]) in-progress"].sorted())
    }

    @Test func quitLeavesTheRunInProgressAndSaysHowToResume() throws {
        let script = Script([(0, ""), (0, ""), (2, "q")])
        let outcome = try session(script).run(Session.Options(tester: "Bob", context: ["device": "d", "city": "c"]))
        #expect(outcome.ending == .quit)
        let run = try load(outcome.path)
        #expect(run.status == .inProgress)
        #expect(run.steps.map(\.outcome) == [.started])
        #expect(run.steps[0].seconds == 2)
        #expect(script.text.contains("Resume it with: shopper run buy-ticket --resume \(run.id)"))
    }

    @Test func startingAgainOffersToResumeAndLosesNothing() throws {
        let first = Script([(0, ""), (0, ""), (5, "b"), (0, "1"), (0, "1"), (1, "q")])
        let interrupted = try session(first).run(Session.Options(tester: "Anna Petrova", context: ["device": "p", "city": "c"]))
        let recorded = try load(interrupted.path)

        let second = Script([
            (0, "anna petrova"), (0, "maybe"), (0, "y"),   // offered; an answer that is not yes/no is asked again
            (0, ""),                                       // briefing
            (0, ""), (2, ""),                              // the interrupted step again: timer continues at 6.0
            (0, "5"), (0, "y"), (0, "y"), (0, "4"), (0, "nice"),
            (0, "s"), (0, "s"),
            (0, "10"), (0, "n"),
        ])
        second.clock.advance(by: 600)
        let resumed = try session(second).run(Session.Options())
        #expect(resumed.ending == .completed)
        #expect(second.text.contains("y: resume it · n: mark it abandoned and start anew [y/n]:"))
        #expect(second.text.contains("Resuming run \(recorded.id)."))
        #expect(second.text.contains("its barriers and notes are kept"))
        let run = try load(resumed.path)
        #expect(run.id == recorded.id)
        #expect(run.context == recorded.context)
        #expect(run.status == .completed)
        #expect(run.steps[0].outcome == .done)
        #expect(run.steps[0].seconds == 8)
        #expect(run.steps[0].barriers == recorded.steps[0].barriers)
        #expect(run.steps[0].barriers.map(\.at) == [5])
        #expect(store.files(scenario: "buy-ticket").count == 1)
    }

    @Test func decliningTheOfferMarksTheOldRunAbandonedAndStartsANewRun() throws {
        let first = Script([(0, ""), (0, "q")])
        let old = try session(first).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"]))
        let second = Script([(0, "n"), (0, "q")])
        second.clock.advance(by: 60)
        let outcome = try session(second).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"]))
        #expect(outcome.ending == .quit)
        #expect(store.files(scenario: "buy-ticket").count == 2)
        let abandoned = try load(old.path)
        #expect(abandoned.status == .abandoned)
        #expect(abandoned.finished == Fixtures.started.addingTimeInterval(60))
        #expect(abandoned.steps == old.run?.steps)
        #expect(try load(outcome.path).status == .inProgress)
        #expect(second.text.contains("Run \(abandoned.id) is marked abandoned: \(old.path!)"))
    }

    @Test func stoppingWhileTheContextIsAskedLeavesTheDeclinedRunAsItWas() throws {
        let first = Script([(0, ""), (0, "q")])
        let old = try session(first).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"]))
        let second = Script([(0, "Anna"), (0, "n"), (0, "tablet")])   // input ends at "city:"
        let outcome = try session(second).run(Session.Options())
        #expect(outcome.ending == .inputEnded)
        #expect(outcome.run == nil)
        #expect(try load(old.path).status == .inProgress)
        #expect(store.files(scenario: "buy-ticket").count == 1)
        #expect(second.text.hasSuffix("Stopped before the run began: nothing was recorded."))
    }

    @Test func aSecondRunInTheSameSecondGetsASuffixNotALaterTime() throws {
        let first = Script([(0, ""), (0, "q")])
        let old = try session(first).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"]))
        let second = Script([(0, "n"), (0, "q")])  // the same second: the fake clock has not moved
        let new = try #require(try session(second).run(Session.Options(tester: "Anna", context: ["device": "p", "city": "c"])).run)
        #expect(old.run?.id == "20261123T101500Z-anna")
        #expect(new.id == "20261123T101500Z-anna-2")
        #expect(RunID.isValid(new.id))
        #expect(new.started == Fixtures.started)
        #expect(store.files(scenario: "buy-ticket").count == 2)
    }

    @Test func abandonByIDMarksAnInProgressRunAndSaysWhere() throws {
        let first = Script([(0, ""), (0, ""), (4, "q")])
        let old = try session(first).run(Session.Options(tester: "Bob", context: ["device": "p", "city": "c"]))
        let id = try #require(old.run?.id)
        let script = Script([])
        script.clock.advance(by: 90)
        let outcome = try session(script).abandon(runID: id)
        #expect(outcome.ending == .abandoned)
        let run = try load(old.path)
        #expect(outcome.run == run)
        #expect(run.status == .abandoned)
        #expect(run.finished == Fixtures.started.addingTimeInterval(90))
        // The interrupted step keeps what was recorded, as skipped (`started` is not allowed in an abandoned run).
        #expect(run.steps.map(\.outcome) == [.skipped])
        #expect(run.steps[0].seconds == 4)
        #expect(script.text == "Run \(id) is marked abandoned: \(old.path!)")
        // Once abandoned it is neither offered nor resumable.
        do {
            _ = try session(Script([])).run(Session.Options(resume: id))
            Issue.record("resuming an abandoned run did not fail")
        } catch let failure as Session.Failure {
            #expect(failure.message == "run '\(id)' is abandoned; only in-progress runs can be resumed")
        }
        let next = Script([(0, "q")])
        _ = try session(next).run(Session.Options(tester: "Bob", context: ["device": "p", "city": "c"]))
        #expect(!next.text.contains("An unfinished run"))
    }

    @Test func abandonByIDRefusesUnknownInvalidAndFinishedRuns() throws {
        let done = Script([(0, ""), (0, "s"), (0, "s"), (0, "s"), (0, "0"), (0, "n")])
        let completed = try session(done).run(Session.Options(tester: "Cy", context: ["device": "p", "city": "c"]))
        let id = try #require(completed.run?.id)
        for (given, message) in [
            ("20260101T000000Z-nobody", "no run '20260101T000000Z-nobody' of this scenario (looked for \(store.root)/buy-ticket/20260101T000000Z-nobody.yaml)"),
            ("../../etc/passwd", "no run '../../etc/passwd' of this scenario (looked for \(store.root)/buy-ticket/../../etc/passwd.yaml)"),
            (id, "run '\(id)' is completed; only in-progress runs can be marked abandoned"),
        ] {
            do {
                _ = try session(Script([])).abandon(runID: given)
                Issue.record("abandoning \(given) did not fail")
            } catch let failure as Session.Failure {
                #expect(failure.message == message)
            }
        }
        #expect(try load(completed.path).status == .completed)
    }

    @Test func resumingIntoMissingAnswersShowsTheStepFirst() throws {
        let first = Script([(0, ""), (0, ""), (3, ""), (0, "7")])   // done; input ends at the checklist
        let stopped = try session(first).run(Session.Options(tester: "Dana", context: ["device": "p", "city": "c"]))
        let id = try #require(stopped.run?.id)
        let second = Script([(0, ""), (0, "y"), (0, "y"), (0, "5"), (0, ""), (0, "q")])
        _ = try session(second).run(Session.Options(resume: id))
        let lines = second.transcript
        let header = try #require(lines.firstIndex(of: "Step 1 of 3: Find the route"))
        #expect(lines[header + 1] == "Continuing the answers for this step.")
        #expect(lines[header + 2] == "Prices are shown [y/n/-]:")
        #expect(!lines.contains("Score for this step, 0 to 10:"))   // recorded before the stop
        let run = try load(stopped.path)
        #expect(run.steps[0].score == 7)
        #expect(run.steps[0].answers["ease"] == .number(5))
        // Answers right after a step's timer ends need no repeated header.
        #expect(!first.text.contains("Continuing the answers"))
    }

    @Test func resumeByIDRefusesUnknownAndFinishedRuns() throws {
        let done = Script([(0, ""), (0, "s"), (0, "s"), (0, "s"), (0, "0"), (0, "n")])
        let completed = try session(done).run(Session.Options(tester: "Cy", context: ["device": "p", "city": "c"]))
        #expect(completed.ending == .completed)
        let id = try #require(completed.run?.id)
        #expect(throws: Session.Failure.self) { try session(Script([])).run(Session.Options(resume: "20260101T000000Z-nobody")) }
        do {
            _ = try session(Script([])).run(Session.Options(resume: id))
            Issue.record("resuming a completed run did not fail")
        } catch let failure as Session.Failure {
            #expect(failure.message == "run '\(id)' is completed; only in-progress runs can be resumed")
        }
    }

    @Test func russianInterface() throws {
        let script = Script([(0, ""), (0, ""), (1, "ы"), (0, "q")])
        _ = try session(script, .ru).run(Session.Options(tester: "Анна", context: ["device": "p", "city": "c"]))
        #expect(script.text.contains("Шаг 1 из 3: Find the route"))
        #expect(script.text.contains("Шаг пропущен."))
        #expect(script.text.contains("Прогон сохранён как незавершённый"))
    }

    @Test func endOfInputBeforeTheRunStartsWritesNothingAndSaysSo() throws {
        let script = Script([])
        let outcome = try session(script).run(Session.Options())
        #expect(outcome.ending == .inputEnded)
        #expect(outcome.run == nil)
        #expect(store.files().isEmpty)
        #expect(script.text.hasSuffix("Stopped before the run began: nothing was recorded."))
    }
}
