import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The second read: only the runs of each scenario's current period, with the full decoder.
@Suite struct VerbatimLoaderTests {
    /// A folder with two October and three November runs of `shop`, each with a note naming it.
    static func history() throws -> (root: String, paths: [String]) {
        let root = RunLoaderTests.temporaryFolder()
        let store = RunStore(root: root)
        var paths: [String] = []
        for (i, day) in ["2026-10-05", "2026-10-20", "2026-11-03", "2026-11-12", "2026-11-25"].enumerated() {
            var run = VerbatimCollectorTests.run(RunID.make(started: Fixtures.date("\(day)T10:00:00Z"), tester: "Anna"),
                                                 started: "\(day)T10:00:00Z")
            run.steps[1].notes = [NoteRecord(at: 1, text: "note of run \(i) on \(day)")]
            if i < 2 { run.steps[0].barriers = [] }
            paths.append(try store.save(run))
        }
        return (root, paths)
    }

    static func load(_ root: String, _ options: ReportOptions = ReportOptions()) -> (Report, [RunSummary]) {
        let scenarios = ["shop": VerbatimCollectorTests.scenario]
        let runs = RunLoader(scenarios: scenarios).load(root: root).runs
        let report = ReportBuilder(scenarios: scenarios, options: options).build(runs)
        return (VerbatimLoader(scenarios: scenarios, concurrency: 3).attach(to: report, runs: runs, options: options), runs)
    }

    @Test func onlyTheCurrentPeriodsRunsAreReadNewestFirst() throws {
        let (root, _) = try Self.history()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (report, _) = Self.load(root)
        let s = try #require(report.scenarios.first)
        #expect(s.periods.map(\.period.label) == ["2026-10", "2026-11"])
        #expect(s.periods[0].verbatims.isEmpty)
        let notes = s.periods[1].verbatims.filter { $0.step == "pay" }.map(\.text)
        #expect(notes == ["note of run 4 on 2026-11-25", "note of run 3 on 2026-11-12", "note of run 2 on 2026-11-03"])
        // Barriers absent from October are new: their texts are listed, once per run.
        #expect(s.periods[1].verbatims.count { $0.kind == .barrier } == 6)
        #expect(s.periods[1].verbatims.allSatisfy { $0.location == "Kazan" })
    }

    @Test func theCurrentPeriodIsTheComparedOneAndFiltersHold() throws {
        let (root, _) = try Self.history()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let compared = try ReportOptions.make(unit: nil, baseline: "2026-09", current: "2026-10")
        let (report, _) = Self.load(root, compared)
        let october = try #require(report.scenarios.first?.periods.first)
        #expect(october.period.label == "2026-10")
        #expect(october.verbatims.filter { $0.step == "pay" }.map(\.text)
            == ["note of run 1 on 2026-10-20", "note of run 0 on 2026-10-05"])
        #expect(report.scenarios.first?.periods.last?.verbatims.isEmpty == true)
        let since = try ReportOptions.make(unit: nil, since: "2026-11-10")
        let (filtered, _) = Self.load(root, since)
        #expect(filtered.scenarios.first?.periods.last?.verbatims.filter { $0.step == "pay" }.map(\.text)
            == ["note of run 4 on 2026-11-25", "note of run 3 on 2026-11-12"])
    }

    @Test func aFileBrokenSinceTheFirstReadIsSkipped() throws {
        let (root, paths) = try Self.history()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let scenarios = ["shop": VerbatimCollectorTests.scenario]
        let runs = RunLoader(scenarios: scenarios).load(root: root).runs
        let report = ReportBuilder(scenarios: scenarios).build(runs)
        try "format: 1\nrun: [unclosed\n".write(toFile: paths[3], atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: paths[4])
        let attached = VerbatimLoader(scenarios: scenarios).attach(to: report, runs: runs, options: ReportOptions())
        #expect(attached.scenarios[0].periods[1].verbatims.filter { $0.step == "pay" }.map(\.text)
            == ["note of run 2 on 2026-11-03"])
    }
}

extension VerbatimLoaderTests {
    @Test func aCurrentPeriodWithoutRunsHasNoVerbatimsFromAnotherPeriod() throws {
        let (root, _) = try Self.history()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let empty = try ReportOptions.make(unit: nil, baseline: "2026-08", current: "2026-09")
        let (report, _) = Self.load(root, empty)
        let s = try #require(report.scenarios.first)
        #expect(s.currentPeriod == nil)
        #expect(s.periods.allSatisfy { $0.verbatims.isEmpty })
        #expect(!MarkdownRenderer.render(report).contains("What the testers said"))
    }
}
