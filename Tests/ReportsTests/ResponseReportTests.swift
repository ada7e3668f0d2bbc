import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The report's response figures of a wait step (docs/report.md, "Response times") on the
/// generated history of `ResponseHistory`. Every expected value was printed by
/// `reference/issue11_response_report_reference.py` (lifelines 0.30.3: KaplanMeierFitter's
/// median_survival_time_ and median_survival_times(confidence_interval_), logrank_test; the
/// adjusted-Wald interval by its formula).
@Suite struct ResponseReportTests {
    static let slower = ResponseHistory.report(ResponseHistory.october + ResponseHistory.slowerNovember)
    static let unchanged = ResponseHistory.report(ResponseHistory.october + ResponseHistory.sameNovember)

    func response(_ report: Report, _ period: String) throws -> ResponseStats {
        let stats = try #require(report.scenarios.first?.stats(for: Period(parsing: period)!))
        return try #require(stats.step("ask")?.response)
    }

    @Test func theGeneratorMakesTheReferenceScriptsWaits() {
        // The first waits the script prints for each period (working seconds, answered).
        let oct = ResponseHistory.waits(seed: 11, count: 40, mean: 2 * 3600)
        #expect(oct.prefix(4).map(\.0) == [3842, 51763, 782, 13203])
        #expect(oct.prefix(4).map(\.1) == [true, false, true, true])
        let nov = ResponseHistory.waits(seed: 12, count: 40, mean: 24 * 3600)
        #expect(nov.count { !$0.1 } == 12)
    }

    @Test func perPeriodFiguresMatchLifelines() throws {
        let oct = try response(Self.slower, "2026-10")
        #expect(oct.n == 40 && oct.unanswered == 10 && oct.leftOut == 0)
        #expect(oct.clock == .working && oct.target == 10_800)
        #expect(oct.unansweredShare == 0.25)
        let within = try #require(oct.withinTarget)
        #expect(within.successes == 23 && within.n == 40)
        #expect(isClose(within.low, 0.42181654563266063, relative: 1e-9))
        #expect(isClose(within.high, 0.7150402629447776, relative: 1e-9))
        #expect(oct.median == 9371)
        #expect(oct.medianInterval.low == 4080 && oct.medianInterval.high == 13203)

        let nov = try response(Self.slower, "2026-11")
        #expect(nov.n == 40 && nov.unanswered == 12)
        #expect(isClose(nov.unansweredShare, 0.3))
        let w = try #require(nov.withinTarget)
        #expect(w.successes == 4 && w.n == 40)
        #expect(isClose(w.low, 0.03387995202119379, relative: 1e-9))
        #expect(isClose(w.high, 0.23621706889913588, relative: 1e-9))
        #expect(nov.median == 99240)
        #expect(nov.medianInterval.low == 51421 && nov.medianInterval.high == 136605)
    }

    @Test func slowerResponsesAreFlaggedInTheReportWideFamily() throws {
        let s = try #require(Self.slower.scenarios.first)
        let response = try #require(s.changes.first { $0.metric == .response })
        #expect(response.kind == .regression && response.step == "ask")
        #expect(response.baseline == 9371 && response.current == 99240)
        let test = try #require(Self.slower.tests.first { $0.metric == .response })
        #expect(isClose(test.p, 0.0003668928257545275, relative: 1e-9))
        // q is Benjamini–Hochberg over every test of the report, not the response tests alone.
        #expect(Self.slower.tests.count > 5)
        #expect(isClose(test.q, BenjaminiHochberg.adjust(Self.slower.tests.map(\.p))[Self.slower.tests.firstIndex { $0.metric == .response }!]))
        let within = try #require(s.changes.first { $0.metric == .withinTarget && $0.step == "ask" })
        #expect(within.kind == .regression && within.baseline == 23.0 / 40 && within.current == 0.1)
    }

    @Test func unchangedResponsesAreNotFlagged() throws {
        let s = try #require(Self.unchanged.scenarios.first)
        #expect(!s.changes.contains { $0.metric == .response || $0.metric == .withinTarget })
        let test = try #require(Self.unchanged.tests.first { $0.metric == .response })
        #expect(isClose(test.p, 0.6543406435840013, relative: 1e-9))
        #expect(test.current == 6563)
    }

    @Test func aWallClockStepCountsWallSeconds() throws {
        let report = ResponseHistory.report(ResponseHistory.october, clock: .wall)
        let oct = try response(report, "2026-10")
        #expect(oct.clock == .wall)
        #expect(oct.median == 9371 * 2.5)
    }

    @Test func aWaitStepsTargetIsItsResponseTimeNotItsActiveTime() throws {
        let stats = try #require(Self.slower.scenarios.first?.latest)
        let ask = try #require(stats.step("ask"))
        #expect(ask.target == nil && ask.withinTarget == nil)
        // Nor is its active time a figure (the runner records 0 s for a wait step): no step time,
        // and no attempt counted as untimed.
        #expect(ask.time == nil && ask.untimed == 0 && ask.attempts == 40)
        // An ordinary step keeps its active-time target and has no response.
        let read = try #require(stats.step("read"))
        #expect(read.target == 120 && read.withinTarget?.n == 40 && read.response == nil)
    }

    /// A scenario of wait steps only has no task time: its runs' active seconds are the waits'
    /// (0 s from the runner), not a time to measure or to count as untimed.
    @Test func aScenarioOfWaitsOnlyHasNoTaskTime() throws {
        var scenario = ResponseHistory.scenario()
        scenario.steps.removeAll { $0.wait == nil }
        let runs = ResponseHistory.october.map { run -> RunSummary in
            var r = run
            r.steps.removeAll { $0.step == "read" }
            return r
        }
        let report = ReportBuilder(scenarios: ["proposal": scenario], registry: ResponseHistory.registry).build(runs)
        let stats = try #require(report.scenarios.first?.latest)
        #expect(stats.time == nil && stats.untimed == 0 && stats.completion?.n == 40)
        // With an ordinary step beside the wait, the task time is measured as before.
        #expect(ResponseHistory.report(ResponseHistory.october).scenarios.first?.latest?.time != nil)
    }

    @Test func openWaitsAndWaitsWithoutWorkingTimeAreLeftOutAndCounted() throws {
        var runs = Array(ResponseHistory.october.prefix(5))
        runs[0].status = .abandoned
        runs[0].steps[0].outcome = .skipped
        runs[0].waits = [.init(stepIndex: 0, result: .open, wallSeconds: 0, workingSeconds: nil)]
        runs[1].waits = [.init(stepIndex: 0, result: .answered, wallSeconds: 100, workingSeconds: nil)]
        let r = try response(ResponseHistory.report(runs), "2026-10")
        #expect(r.n == 3 && r.leftOut == 2)
        // On the wall clock the second has a time; the open one still has none.
        let wall = try response(ResponseHistory.report(runs, clock: .wall), "2026-10")
        #expect(wall.n == 4 && wall.leftOut == 1)
    }

    @Test func aWaitStepWithoutWaitsInThePeriodHasAnEmptyResponse() throws {
        var runs = Array(ResponseHistory.october.prefix(3))
        for i in runs.indices { runs[i].waits = [] }
        let r = try response(ResponseHistory.report(runs), "2026-10")
        #expect(r.n == 0 && r.median == nil && r.withinTarget == nil && r.unansweredShare == nil)
    }

    @Test func withoutTheScenarioWaitsAreCountedOnTheWallClockWithoutATarget() throws {
        let report = ReportBuilder().build(ResponseHistory.october)
        let r = try response(report, "2026-10")
        #expect(r.clock == .wall && r.target == nil && r.withinTarget == nil && r.median == 9371 * 2.5)
    }

    @Test func theFirstAnsweredAttemptIsTheResponse() {
        let sent = Date(timeIntervalSince1970: 1_800_000_000)
        let first = WaitRecord.Attempt(sent: sent, answered: nil, responseSeconds: 3600, responseWorkingSeconds: 1800)
        let second = WaitRecord.Attempt(sent: sent.addingTimeInterval(86_400), answered: sent.addingTimeInterval(86_700),
                                        responseSeconds: 300, responseWorkingSeconds: 300)
        let answered = RunSummary.WaitSummary(WaitRecord(attempts: [first, second]), stepIndex: 2)
        #expect(answered.result == .answered && answered.wallSeconds == 300 && answered.workingSeconds == 300)
        #expect(answered.stepIndex == 2)
        let unanswered = RunSummary.WaitSummary(WaitRecord(attempts: [first]), stepIndex: 0)
        #expect(unanswered.result == .unanswered && unanswered.seconds(on: .wall) == 3600 && unanswered.seconds(on: .working) == 1800)
        let open = RunSummary.WaitSummary(WaitRecord(attempts: [first, WaitRecord.Attempt(sent: sent.addingTimeInterval(86_400))]),
                                          stepIndex: 0)
        #expect(open.result == .open && open.seconds(on: .wall) == nil)
    }
}
