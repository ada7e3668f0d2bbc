import Foundation
import Reports
import ShopperCore
import Testing

@Suite struct ChangeDetectionTests {
    @Test func aLargeSlowdownIsFlaggedAsARegressionWithANewBarrier() throws {
        let report = Fixtures.builder().build(Fixtures.slowdown())
        let scenario = try #require(report.scenarios.first)
        #expect(scenario.comparison?.baseline.label == "2026-10")
        #expect(scenario.comparison?.current.label == "2026-11")
        #expect(scenario.comparison?.note == nil)
        let time = try #require(scenario.changes.first { $0.metric == .time && $0.step == "pay" })
        #expect(time.kind == .regression)
        #expect((time.p ?? 1) < 0.001)
        #expect((time.current ?? 0) > (time.baseline ?? .infinity))
        let task = try #require(scenario.changes.first { $0.metric == .time && $0.step == nil })
        #expect(task.kind == .regression)
        let barrier = try #require(scenario.changes.first { $0.metric == .barrier })
        #expect(barrier.kind == .new)
        #expect(barrier.barrier == "slow-page")
        #expect(barrier.current == 4)
        #expect(report.hasRegression)
        // Regressions are listed before barrier news.
        #expect(scenario.changes.first?.kind == .regression)
    }

    @Test func theSameDataTheOtherWayRoundIsAnImprovementAndAResolvedBarrier() throws {
        let options = try ReportOptions.make(unit: nil, baseline: "2026-11", current: "2026-12")
        let shifted = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            // Move October to December, so November is the baseline.
            if r.id.hasPrefix("oct") { r.started = r.started.addingTimeInterval(61 * 86_400) }
            return r
        }
        let report = Fixtures.builder(options).build(shifted)
        let changes = try #require(report.scenarios.first?.changes)
        #expect(changes.contains { $0.metric == .time && $0.step == "pay" && $0.kind == .improvement })
        #expect(changes.contains { $0.metric == .barrier && $0.kind == .resolved && $0.barrier == "slow-page" })
        #expect(!report.hasRegression)
    }

    @Test func noEffectNoFlags() throws {
        // The same times in both months, shuffled.
        let times: [Double] = [30, 32, 28, 31, 29, 33, 30, 27, 31, 30]
        var runs: [RunSummary] = []
        for (i, s) in times.enumerated() {
            runs.append(Fixtures.run("o\(i)", started: "2026-10-\(10 + i)T10:00:00Z", findSeconds: 60 + s, paySeconds: s))
            runs.append(Fixtures.run("n\(i)", started: "2026-11-\(10 + i)T10:00:00Z",
                                     findSeconds: 60 + times[(i + 3) % 10], paySeconds: times[(i + 7) % 10]))
        }
        let report = Fixtures.builder().build(runs)
        #expect(report.scenarios.first?.changes == [])
        #expect(report.scenarios.first?.comparison != nil)
        #expect(!report.hasRegression)
    }

    @Test func aCompletionDropIsFlaggedByTheNMinusOneTest() throws {
        var runs: [RunSummary] = []
        for i in 0..<20 {
            runs.append(Fixtures.run("o\(i)", started: "2026-10-\(String(format: "%02d", i + 1))T10:00:00Z",
                                     paySeconds: 30 + Double(i % 3)))
            runs.append(Fixtures.run("n\(i)", started: "2026-11-\(String(format: "%02d", i + 1))T10:00:00Z",
                                     pay: i < 10 ? .failed : .done, paySeconds: 30 + Double(i % 3)))
        }
        let changes = try #require(Fixtures.builder().build(runs).scenarios.first?.changes)
        let completion = try #require(changes.first { $0.metric == .completion && $0.step == nil })
        #expect(completion.kind == .regression)
        #expect(completion.baseline == 1)
        #expect(completion.current == 0.5)
        // 20/20 against 10/20: N−1 z = 0.5·√(39/40)/√(0.75·0.25·0.1) = 3.60555 → p = erfc(z/√2) = 0.000311491 (python).
        #expect(abs((completion.p ?? 1) - 0.000311491) < 1e-7)
    }

    @Test func aChangeAcrossAScenarioVersionChangeSaysSo() throws {
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            if r.id.hasPrefix("nov") { r.scenarioVersion = 2 }
            return r
        }
        let scenario = try #require(Fixtures.builder().build(runs).scenarios.first)
        let note = try #require(scenario.comparison?.note)
        #expect(note.contains("v1") && note.contains("v2"))
        #expect(scenario.changes.allSatisfy { $0.note == note })
        #expect(!scenario.changes.isEmpty)
    }

    @Test func badPeriodsAndDatesAreErrorsNotCrashes() {
        #expect(throws: ReportOptionsError.self) { try ReportOptions.make(unit: nil, since: "2026-13-01") }
        #expect(throws: ReportOptionsError.self) { try ReportOptions.make(unit: nil, baseline: "2026-10") }
        #expect(throws: ReportOptionsError.self) {
            try ReportOptions.make(unit: nil, baseline: "2026-10", current: "2026-Q4")
        }
        #expect(throws: ReportOptionsError.self) {
            try ReportOptions.make(unit: .week, baseline: "2026-10", current: "2026-11")
        }
        #expect(throws: ReportOptionsError.self) {
            try ReportOptions.make(unit: nil, baseline: "2026-11", current: "2026-10")
        }
        #expect(throws: ReportOptionsError.self) {
            try ReportOptions.make(unit: nil, baseline: "2026-W54", current: "2026-W55")
        }
    }
}
