import Foundation
import Reports
import ShopperCore
import Testing

@Suite struct ReportBuilderTests {
    @Test func completionCountsRunsThatCompletedWithoutAFailedStep() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z"),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z"),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z"),
            Fixtures.run("d", started: "2026-11-04T10:00:00Z"),
            Fixtures.run("e", started: "2026-11-05T10:00:00Z", pay: .failed),
        ]
        let period = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first)
        let completion = try #require(period.completion)
        #expect(completion.successes == 4 && completion.n == 5)
        // Sauro & Lewis: 4 of 5 → 36% to 98% (python: 0.359632, 0.979679).
        #expect(abs(completion.low - 0.359632) < 1e-5)
        #expect(abs(completion.high - 0.979679) < 1e-5)
        let pay = try #require(period.step("pay"))
        #expect(pay.attempts == 5)
        #expect(pay.completion?.successes == 4)
    }

    @Test func abandonedRunsCountAsFailedAttemptsAndInProgressRunsAreNotCounted() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z"),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", status: .abandoned, pay: .skipped),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", status: .inProgress, pay: .started),
        ]
        let report = Fixtures.builder().build(runs)
        #expect(report.countedRuns == 2)
        #expect(report.inProgressRuns == 1)
        let period = try #require(report.scenarios.first?.periods.first)
        #expect(period.runs == 2)
        #expect(period.completion?.successes == 1)
        // The skipped pay step is not an attempt.
        #expect(period.step("pay")?.attempts == 1)
    }

    @Test func aCompletedRunWithEveryStepSkippedIsNotATaskAttempt() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z"),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", pay: .failed),
            Fixtures.run("skipped", started: "2026-11-03T10:00:00Z", find: .skipped, findSeconds: 0, pay: .skipped, paySeconds: 0),
            Fixtures.run("gave-up", started: "2026-11-04T10:00:00Z", status: .abandoned, find: .skipped, pay: .skipped),
        ]
        #expect(!runs[2].isTaskAttempt && !runs[2].succeeded)
        #expect(runs[3].isTaskAttempt)
        let period = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first)
        #expect(period.runs == 4)
        // Attempts: a (success), b (a step failed), gave-up (abandoned); the all-skipped run tried nothing.
        let expectedAttempts = runs.count { $0.isCounted && !($0.status == .completed && $0.steps.allSatisfy { !$0.isAttempt }) }
        #expect(period.completion?.n == expectedAttempts)
        #expect(period.completion?.successes == 1)
        #expect(period.time?.n == 1)
    }

    @Test func timeIsTheGeometricMeanOverSuccessfulAttemptsOnly() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findSeconds: 10, paySeconds: 10),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findSeconds: 40, paySeconds: 60),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", find: .failed, findSeconds: 1000, paySeconds: 10),
        ]
        let period = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first)
        // find: done in 10 and 40 s → geomean 20 s; the failed 1000 s is not a success.
        let find = try #require(period.step("find")?.time)
        #expect(find.n == 2)
        #expect(abs(find.value - 20) < 1e-9)
        // Task: runs a (20 s) and b (100 s) succeeded → geomean √2000.
        let task = try #require(period.time)
        #expect(task.n == 2)
        #expect(abs(task.value - 2000.0.squareRoot()) < 1e-9)
    }

    @Test func untimedAttemptsCountForCompletionButNotForTime() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findSeconds: 0, paySeconds: 0),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findSeconds: 40, paySeconds: 60),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", findSeconds: 90, paySeconds: 0.4),
        ]
        let report = Fixtures.builder().build(runs)
        let period = try #require(report.scenarios.first?.periods.first)
        let find = try #require(period.step("find"))
        #expect(find.completion?.successes == 3)
        #expect(find.time?.n == 2)
        #expect(find.untimed == 1)
        #expect(abs(try #require(find.time).value - 60) < 1e-9)
        let pay = try #require(period.step("pay"))
        #expect(pay.time?.n == 1)
        #expect(pay.untimed == 2)
        // Run a's task time is 0 s: left out; b (100 s) and c (90.4 s) remain.
        #expect(period.untimed == 1)
        #expect(period.time?.n == 2)
        #expect(period.completion?.successes == 3)
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.untimed == (steps: 3, runs: 1))
        let note = "times under 1 s are recorded, not timed, and are left out of the time figures: 3 step attempts and 1 run"
        #expect(TextRenderer(width: 200).render(report).contains("note: " + note))
        #expect(MarkdownRenderer.render(report).contains("Note: \(note)."))
        #expect(HTMLRenderer.render(report).contains("Note: \(note)."))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(report).utf8)) as? [String: Any])
        let jsonPeriod = try #require(((json["scenarios"] as? [[String: Any]])?.first?["periods"] as? [[String: Any]])?.first)
        #expect(jsonPeriod["untimed"] as? Int == 1)
        #expect((jsonPeriod["steps"] as? [[String: Any]])?.map { $0["untimed"] as? Int } == [1, 2])
        // Row 1 is the period's task row (1 untimed run), row 2 the first step's (1 untimed attempt).
        let rows = CSVRenderer.render(report).components(separatedBy: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let untimed = try #require(CSVRenderer.header.firstIndex(of: "time_untimed"))
        #expect(rows[1][2] == "" && rows[1][untimed] == "1")
        #expect(rows[2][2] == "find" && rows[2][untimed] == "1")
    }

    @Test func scoreIsTheMeanOfStepScores() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findScore: 6),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findScore: 8),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", findScore: nil),
            Fixtures.run("d", started: "2026-11-04T10:00:00Z", findScore: 10),
        ]
        let score = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first?.step("find")?.score)
        #expect(score.n == 3)
        #expect(score.mean == 8)
        // t(0.975, 2) = 4.302653; sd = 2 → 8 ± 4.302653·2/√3, the top clipped to the scale's 10.
        #expect(abs((score.low ?? 0) - (8 - 4.302653 * 2 / 3.0.squareRoot())) < 1e-5)
        #expect(score.high == 10)
    }

    @Test func scoreQuestionAndEffortIntervalsStayOnTheirScales() throws {
        var runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findScore: 0, survey: [.init("effort", 1)]),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findScore: 1, survey: [.init("effort", 1)]),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", findScore: 2, survey: [.init("effort", 7)]),
            Fixtures.run("d", started: "2026-11-04T10:00:00Z", findScore: 9),
        ]
        for (i, ease) in [1.0, 1, 7].enumerated() { runs[i].steps[0].answers = [.init("ease", ease)] }
        let period = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first)
        // Scores 0, 1, 2, 9: t interval (−3.50, 9.50) → 0 to 9.50, mean 3 kept.
        let score = try #require(period.step("find")?.score)
        #expect(score.mean == 3)
        #expect(score.low == 0)
        #expect(abs((score.high ?? 0) - 9.496141318125554) < 1e-6)
        // SEQ 1, 1, 7: (−5.61, 11.61) → 1 to 7.
        let ease = try #require(period.step("find")?.questions.first { $0.question == "ease" }?.mean)
        #expect(ease.mean == 3 && ease.low == 1 && ease.high == 7)
        // CES 1, 1, 7 on its 1–7 scale: the same.
        let ces = try #require(period.ces)
        #expect(ces.mean == 3 && ces.low == 1 && ces.high == 7)
        let csv = CSVRenderer.render(Fixtures.builder().build(runs))
        #expect(csv.contains(",3,0,9.496141,4,"))
    }

    @Test func checklistComplianceUsesWeightsAndACriticalNoGivesZero() throws {
        func summary(_ checklist: [(String, ChecklistAnswer)]) -> RunSummary {
            var steps = [StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done,
                                    seconds: 10)]
            for (id, answer) in checklist { steps[0].checklist[id] = answer }
            let run = Run(id: "20261101T100000Z-t", scenario: "shop", tester: "t",
                          started: Fixtures.date("2026-11-01T10:00:00Z"), status: .completed, steps: steps)
            return RunSummary(run, scenario: Fixtures.scenario)
        }
        // a yes (1), b no (3), crit n/a → 1/4.
        let first = summary([("a", .yes), ("b", .no), ("crit", .na)])
        #expect(first.steps[0].compliance == 0.25)
        // Everything else yes, critical no → 0.
        let second = summary([("a", .yes), ("b", .yes), ("crit", .no)])
        #expect(second.steps[0].compliance == 0)
        let third = summary([("a", .yes), ("b", .yes), ("crit", .yes)])
        #expect(third.steps[0].compliance == 1)
        let period = try #require(Fixtures.builder().build([first, second, third]).scenarios.first?.periods.first)
        let checklist = try #require(period.step("find")?.checklist)
        #expect(checklist.n == 3)
        #expect(abs(checklist.compliance - 1.25 / 3) < 1e-12)
    }

    @Test func barriersCountRunsNotOccurrencesAndKeepTheHighestSeverity() throws {
        let minor = BarrierRecord(id: "slow", text: "Slow", severity: .minor, at: 1)
        let blocker = BarrierRecord(id: "slow", text: "Slow", severity: .blocker, at: 2)
        let other = BarrierRecord(id: "ugly", text: "Ugly", severity: .cosmetic, at: 3)
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", barriers: [minor, blocker]),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", barriers: [minor, other]),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z"),
        ]
        let find = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first?.step("find"))
        #expect(find.barriers.map(\.id) == ["slow", "ugly"])
        #expect(find.barriers[0].runs == 2)
        #expect(find.barriers[0].maxSeverity == .blocker)
        #expect(find.barriers[1].runs == 1)
    }

    @Test func surveyScoresComeFromQuestionsByType() throws {
        let runs = (0..<4).map { i in
            Fixtures.run("r\(i)", started: "2026-11-0\(i + 1)T10:00:00Z",
                         survey: [.init("rec", [10, 9, 7, 3][i]), .init("sat", [5, 4, 2, 4][i]),
                                  .init("effort", [2, 3, 4, 7][i])])
        }
        let period = try #require(Fixtures.builder().build(runs).scenarios.first?.periods.first)
        // 2 promoters, 1 detractor of 4 → NPS 25.
        #expect(period.nps?.score == 25)
        #expect(period.nps?.n == 4)
        #expect(period.csat?.share == 0.75)
        #expect(period.ces?.mean == 4)
    }

    @Test func surveyScoresIgnoreStepQuestionsOfTheSameTypes() throws {
        // A csat question at a step is a step question, not the survey: issue 4 defines CSAT,
        // NPS and CES over the closing survey only.
        var scenario = Fixtures.scenario
        scenario.steps[1].questions = [Question(id: "pay-sat", ask: "Payment ok?", kind: .csat),
                                       Question(id: "pay-nps", ask: "Recommend payment?", kind: .nps)]
        var runs = (0..<2).map { i in
            Fixtures.run("r\(i)", started: "2026-11-0\(i + 1)T10:00:00Z", survey: [.init("sat", [5, 2][i])])
        }
        for i in runs.indices { runs[i].steps[1].answers = [.init("pay-sat", 1), .init("pay-nps", 0)] }
        let builder = ReportBuilder(scenarios: [scenario.id: scenario], registry: Fixtures.registry, options: ReportOptions())
        let period = try #require(builder.build(runs).scenarios.first?.periods.first)
        #expect(period.csat?.n == 2)
        #expect(period.csat?.share == 0.5)
        #expect(period.nps == nil)
    }

    @Test func touchpointFocusRanksImportanceTimesShortfall() throws {
        let runs = [
            // web-search: mean 8, importance 20 → 40; web-pay: mean 2, importance 4 → 32.
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findScore: 7, payScore: 1),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findScore: 9, payScore: 3),
            // Three more runs at the means, so both scores rest on enough attempts to rank
            // (five: TouchpointScore.minimumFocusN).
            Fixtures.run("b2", started: "2026-11-03T10:00:00Z", findScore: 8, payScore: 2),
            Fixtures.run("b3", started: "2026-11-04T10:00:00Z", findScore: 8, payScore: 2),
            Fixtures.run("b4", started: "2026-11-05T10:00:00Z", findScore: 8, payScore: 2),
            // An older period does not count for the latest scores.
            Fixtures.run("c", started: "2026-10-02T10:00:00Z", findScore: 0, payScore: 10),
        ]
        let report = Fixtures.builder().build(runs)
        #expect(report.touchpointPeriod?.label == "2026-11")
        #expect(report.touchpoints.map(\.id) == ["web-search", "web-pay", "unused"])
        #expect(report.touchpoints[0].score == 8)
        #expect(report.touchpoints[0].priority == 40)
        #expect(report.touchpoints[0].focus == 1)
        #expect(report.touchpoints[1].priority == 32)
        #expect(report.touchpoints[1].focus == 2)
        #expect(report.touchpoints[2].score == nil)
        #expect(report.touchpoints[2].focus == nil)
        #expect(report.touchpoints[0].trend.map(\.value) == [0, 8])
    }

    @Test func aScoreFromFewerThanFiveAttemptsIsNotRankedIntoTheFocusList() throws {
        // web-pay has the larger shortfall per importance here but only 4 scored attempts in
        // November; web-search has 5. Priorities: search 20 × (10 − 8) = 40, pay 4 × (10 − 1) = 36.
        let runs = [
            Fixtures.run("a", started: "2026-11-01T10:00:00Z", findScore: 7, payScore: 1),
            Fixtures.run("b", started: "2026-11-02T10:00:00Z", findScore: 9, payScore: 1),
            Fixtures.run("c", started: "2026-11-03T10:00:00Z", findScore: 8, payScore: nil),
            Fixtures.run("d", started: "2026-11-04T10:00:00Z", findScore: 8, payScore: 1),
            Fixtures.run("e", started: "2026-11-05T10:00:00Z", findScore: 8, payScore: 1),
        ]
        let report = Fixtures.builder().build(runs)
        let pay = try #require(report.touchpoints.first { $0.id == "web-pay" })
        let search = try #require(report.touchpoints.first { $0.id == "web-search" })
        #expect(TouchpointScore.minimumFocusN == 5)
        #expect(pay.n == 4 && pay.isThin && pay.priority == 36 && pay.focus == nil)
        #expect(search.n == 5 && !search.isThin && search.focus == 1)
        #expect(report.focus.map(\.id) == ["web-search"])
        // Registry order and stage are kept for the charts' stable order.
        #expect(report.touchpoints.first { $0.id == "unused" }?.order == 2)
        #expect(search.order == 0 && search.stage == .consideration)
    }

    @Test func filtersSelectScenariosAndDates() throws {
        let options = try ReportOptions.make(unit: .month, since: "2026-10-12", until: "2026-11-11")
        let report = Fixtures.builder(options).build(Fixtures.slowdown())
        // October 12…19 (8 runs) and November 10…11 (2 runs).
        #expect(report.countedRuns == 10)
        let none = Fixtures.builder(try ReportOptions.make(unit: nil, scenarios: ["other"])).build(Fixtures.slowdown())
        #expect(none.scenarios.isEmpty)
    }

    @Test func weeksAndQuartersGroupRunsByUTCStart() throws {
        let runs = [
            Fixtures.run("a", started: "2026-11-16T00:30:00Z"),
            Fixtures.run("b", started: "2026-11-15T23:30:00Z"),
        ]
        let weeks = Fixtures.builder(ReportOptions(unit: .week)).build(runs)
        #expect(weeks.scenarios[0].periods.map(\.period.label) == ["2026-W46", "2026-W47"])
        let quarters = Fixtures.builder(ReportOptions(unit: .quarter)).build(runs)
        #expect(quarters.scenarios[0].periods.map(\.period.label) == ["2026-Q4"])
    }
}
