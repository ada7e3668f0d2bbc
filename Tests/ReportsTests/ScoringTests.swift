import Foundation
import Reports
import ShopperCore
import Testing

/// Shop score, pass/fail, critical failures and targets, as `ReportBuilder` computes them.
@Suite struct ScoringTests {
    static let scenario: Scenario = {
        var s = Fixtures.scenario
        s.target = 100
        s.pass = 0.85
        s.steps[0].target = 50
        return s
    }()

    static func builder(_ scenario: Scenario = scenario) -> ReportBuilder {
        ReportBuilder(scenarios: ["shop": scenario])
    }

    /// A run whose checklist at `find` is a, b (weight 3) and crit (critical), as answered.
    static func run(_ id: String, day: Int = 10, a: ChecklistAnswer = .yes, b: ChecklistAnswer = .yes,
                    crit: ChecklistAnswer = .yes, find: StepRecord.Outcome = .done, findSeconds: Double = 40,
                    paySeconds: Double = 30, version: Int = 1, status: Run.Status = .completed) -> RunSummary {
        let run = Run(id: id, scenario: "shop", scenarioVersion: version, tester: "t",
                      started: Fixtures.date(String(format: "2026-11-%02dT10:00:00Z", day)), status: status,
                      steps: [
                          StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: find,
                                     seconds: findSeconds, score: 8, checklist: ["a": a, "b": b, "crit": crit]),
                          StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .done, seconds: paySeconds),
                      ])
        return RunSummary(run, scenario: scenario)
    }

    @Test func shopScoreIsTheWeightedShareAndACriticalNoFailsTheShopWithoutZeroingIt() throws {
        // a no (1), b yes (3), crit yes (1): 4/5 = 0.8.
        let low = Self.run("r1", a: .no)
        #expect(low.checklist.shopScore == 0.8)
        #expect(low.passes(mark: 0.85) == false)
        #expect(low.passes(mark: 0.8) == true)
        // crit no: the shop score stays 4/5, the run fails whatever the mark, compliance is 0.
        let critical = Self.run("r2", crit: .no)
        #expect(critical.checklist.shopScore == 0.8)
        #expect(critical.checklist.hasCriticalFailure)
        #expect(critical.criticalFailures(in: Self.scenario) == [RunSummary.CriticalItem(step: "find", item: "crit")])
        #expect(critical.passes(mark: nil) == false)
        #expect(critical.steps[0].compliance == 0)
        // n/a counts in neither sum.
        let na = Self.run("r3", a: .na)
        #expect(na.checklist.shopScore == 1)
        #expect(na.passes(mark: nil) == true)
        // Nothing answered yes or no: no score, not judged.
        let none = Self.run("r4", a: .na, b: .na, crit: .na)
        #expect(none.checklist.shopScore == nil)
        #expect(none.passes(mark: 0.5) == nil)
    }

    @Test func criticalItemsAreKeptAsBitsInTheScenariosOrder() throws {
        var scenario = Self.scenario
        scenario.steps[1].checklist = [ChecklistItem(id: "total", text: "Total shown", critical: true)]
        let run = Run(id: "r", scenario: "shop", tester: "t", started: Fixtures.date("2026-11-02T10:00:00Z"),
                      status: .completed,
                      steps: [StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done,
                                         seconds: 40, checklist: ["crit": .yes]),
                              StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .done,
                                         seconds: 30, checklist: ["total": .no])])
        let summary = RunSummary(run, scenario: scenario)
        #expect(summary.checklist.criticalMask == 0b10)
        #expect(summary.criticalFailures(in: scenario) == [RunSummary.CriticalItem(step: "pay", item: "total")])
        let p = try #require(ReportBuilder(scenarios: ["shop": scenario]).build([summary]).scenarios.first?.latest)
        // The item's text comes from the scenario, for the action list.
        #expect(p.criticalItems == [CriticalItemStats(step: "pay", item: "total", failed: 1, n: 1, text: "Total shown")])
    }

    @Test func skippedStepsDoNotCountInTheShopScore() {
        let run = Self.run("r1", a: .no, find: .skipped)
        #expect(run.checklist.shopScore == nil)
        #expect(run.checklist.scored == 0)
    }

    @Test func periodReportsShopPassCriticalItemsAndTargets() throws {
        let runs = [
            Self.run("r1"),                                   // 1.0, passes, 40 s ≤ 50, task 70 ≤ 100
            Self.run("r2", a: .no),                           // 0.8 < 0.85: fails
            Self.run("r3", crit: .no, findSeconds: 60),       // critical failure; 60 > 50; task 90
            Self.run("r4", findSeconds: 0.4),                 // untimed find: not in the step's within n
            Self.run("r5", paySeconds: 80),                   // task 120 > 100
        ]
        let p = try #require(Self.builder().build(runs).scenarios.first?.latest)
        let shop = try #require(p.shop)
        #expect(shop.n == 5)
        #expect(isClose(shop.mean, (1 + 0.8 + 0.8 + 1 + 1) / 5))
        let pass = try #require(p.pass)
        #expect((pass.successes, pass.n) == (3, 5))
        #expect(p.criticalFailures == 1)
        #expect(p.criticalItems == [CriticalItemStats(step: "find", item: "crit", failed: 1, n: 5, text: "Critical")])
        #expect(p.target == 100)
        // Task: r1 70, r2 70, r3 90, r4 30.4, r5 120: 4 of 5 within 100 s.
        let task = try #require(p.withinTarget)
        #expect((task.successes, task.n) == (4, 5))
        let find = try #require(p.step("find"))
        #expect(find.target == 50)
        let within = try #require(find.withinTarget)
        // r4's 0.4 s is untimed: 3 of the 4 timed attempts are within 50 s.
        #expect((within.successes, within.n) == (3, 4))
        // No target at `pay`: no within-target figures.
        #expect(p.step("pay")?.target == nil)
        #expect(p.step("pay")?.withinTarget == nil)
    }

    /// Adjusted-Wald reference: p′ = (x + z²/2)/(n + z²), p′ ± z·√(p′(1 − p′)/(n + z²)) with
    /// z = norm.ppf(0.975), from `reference/issue8_reference.py`: 7 of 13 → 0.291313…0.768064
    /// (the code's z is 1.95996, hence the relative tolerance of 1e-5).
    @Test func passRateHasTheAdjustedWaldInterval() throws {
        var runs: [RunSummary] = []
        for i in 0..<13 { runs.append(Self.run("r\(i)", day: 1 + i, a: i < 7 ? .yes : .no)) }
        let pass = try #require(Self.builder().build(runs).scenarios.first?.latest?.pass)
        #expect((pass.successes, pass.n) == (7, 13))
        #expect(isClose(pass.low, 0.29131331292064233, relative: 1e-5))
        #expect(isClose(pass.high, 0.7680639661290348, relative: 1e-5))
    }

    @Test func withoutPassMarkARunPassesWithoutCriticalFailure() throws {
        var scenario = Self.scenario
        scenario.pass = nil
        let runs = [Self.run("r1", a: .no, b: .no), Self.run("r2", crit: .no)]
        let pass = try #require(Self.builder(scenario).build(runs).scenarios.first?.latest?.pass)
        #expect((pass.successes, pass.n) == (1, 2))
    }

    @Test func withoutTargetsThereAreNoWithinTargetFigures() throws {
        let p = try #require(Self.builder(Fixtures.scenario).build([Self.run("r1")]).scenarios.first?.latest)
        #expect(p.target == nil && p.withinTarget == nil)
        #expect(p.step("find")?.withinTarget == nil)
    }

    @Test func failedAndAbandonedRunsAreNotWithinTheTaskTarget() throws {
        let runs = [Self.run("r1"), Self.run("r2", find: .failed), Self.run("r3", status: .abandoned)]
        let p = try #require(Self.builder().build(runs).scenarios.first?.latest)
        // Only the successful r1 is compared with the task target.
        #expect(p.withinTarget?.n == 1)
        // The failed attempt at find is not done: not in the step's within-target n either.
        #expect(p.step("find")?.withinTarget?.n == 2)
    }

    @Test func checklistComplianceHasAnIntervalClippedToOne() throws {
        let runs = [Self.run("r1"), Self.run("r2", a: .no), Self.run("r3")]
        let checklist = try #require(Self.builder().build(runs).scenarios.first?.latest?.step("find")?.checklist)
        #expect(checklist.n == 3)
        #expect(checklist.high == 1)
        #expect((checklist.low ?? 1) < checklist.compliance)
    }
}
