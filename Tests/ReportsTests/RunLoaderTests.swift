import Foundation
@testable import Reports
import ShopperCore
import Testing

@Suite struct RunLoaderTests {
    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "shopper-loader-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func run(_ minute: Int, status: Run.Status = .completed) -> Run {
        let started = Fixtures.date("2026-11-01T10:\(minute < 10 ? "0" : "")\(minute):00Z")
        var checklist = StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done,
                                   seconds: 12.5, score: 7)
        checklist.checklist["b"] = .yes
        checklist.checklist["crit"] = .no
        checklist.answers["ease"] = .number(6)
        checklist.answers["comment"] = .text("fine")
        checklist.notes = [NoteRecord(at: 1, text: "a note the summary drops")]
        return Run(id: RunID.make(started: started, tester: "Anna"), scenario: "shop", tester: "Anna",
                   started: started, finished: status == .inProgress ? nil : started.addingTimeInterval(60),
                   status: status, steps: [checklist], survey: ["rec": .number(9), "why": .text("t")])
    }

    @Test func loadsManyFilesInPathOrderAndReportsBrokenOnesWithPositions() throws {
        let root = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = RunStore(root: root)
        for minute in 0..<40 { try store.save(Self.run(minute, status: minute == 5 ? .inProgress : .completed)) }
        let broken = "\(root)/shop/20261101T110000Z-broken.yaml"
        try "format: 1\nrun: 20261101T110000Z-broken\nscenario: shop\ntester: x\nstarted: nope\nstatus: completed\nsteps: []\n"
            .write(toFile: broken, atomically: true, encoding: .utf8)
        let unparsable = "\(root)/shop/20261101T120000Z-bad-yaml.yaml"
        try "format: 1\nrun: [unclosed\n".write(toFile: unparsable, atomically: true, encoding: .utf8)

        let result = RunLoader(scenarios: ["shop": Fixtures.scenario], concurrency: 4).load(root: root)
        #expect(result.runs.count == 40)
        #expect(result.runs.map(\.id) == result.runs.map(\.id).sorted())
        #expect(result.runs.count { $0.status == .inProgress } == 1)
        #expect(result.problems.count == 2)
        let dateProblem = try #require(result.problems.first { $0.path == broken })
        #expect(dateProblem.formatted.hasPrefix("\(broken):5:10: error:"))
        #expect(result.problems.contains { $0.path == unparsable && $0.diagnostic.mark.line >= 2 })
    }

    @Test func summariesKeepOnlyWhatStatisticsNeed() throws {
        let summary = RunSummary(Self.run(1), scenario: Fixtures.scenario)
        let step = try #require(summary.steps.first)
        #expect(step.seconds == 12.5)
        #expect(step.score == 7)
        // b yes (weight 3) but the critical item is no → 0.
        #expect(step.compliance == 0)
        #expect(step.answers == [.init("ease", 6)])
        #expect(summary.survey == [.init("rec", 9)])
    }

    @Test func inProgressRunsAreListedButNotCounted() throws {
        let runs = [RunSummary(Self.run(1), scenario: Fixtures.scenario),
                    RunSummary(Self.run(2, status: .inProgress), scenario: Fixtures.scenario)]
        let listed = RunListFilter().apply(runs)
        #expect(listed.count == 2)
        #expect(listed.first?.status == .inProgress)  // newest first
        let report = Fixtures.builder().build(runs)
        #expect(report.countedRuns == 1)
        #expect(report.inProgressRuns == 1)
        #expect(report.scenarios.first?.periods.first?.runs == 1)
        let text = RunListRenderer.render(listed)
        #expect(text.contains("in-progress"))
        #expect(RunListFilter(statuses: [.completed]).apply(runs).count == 1)
    }

    @Test func runDetailShowsEverything() {
        let text = RunDetailRenderer.render(Self.run(1), scenario: Fixtures.scenario)
        #expect(text.contains("1. find — Find it"))
        #expect(text.contains("[ ] Critical (critical)"))
        #expect(text.contains("Ease?: 6"))
        #expect(text.contains("a note the summary drops"))
        #expect(text.contains("Recommend?: 9"))
    }
}

@Suite struct RunListTests {
    @Test func runListLinesFitEightyColumns() {
        var summary = RunSummary(RunLoaderTests.run(1), scenario: Fixtures.scenario)
        summary.scenario = "a-very-long-scenario-identifier-that-goes-on"
        summary.tester = "Maximiliane Oberhuber-Schmidt"
        for line in RunListRenderer.render([summary]).split(separator: "\n") {
            #expect(TextLayout.width(String(line)) <= 80, "too wide: \(line)")
        }
        #expect(RunListRenderer.render([summary]).contains("…"))
    }

    @Test func runDetailKeepsLabelAlignmentWhenWrapping() {
        var run = RunLoaderTests.run(1)
        run.scenario = "shop"
        var scenario = Fixtures.scenario
        scenario.title = String(repeating: "long title ", count: 8)
        let text = RunDetailRenderer.render(run, scenario: scenario)
        #expect(text.contains("scenario   shop v1 — long title"))
        for line in text.split(separator: "\n") {
            #expect(TextLayout.width(String(line)) <= 80)
        }
        // The title's continuation starts under the value, not under the label.
        let lines = text.split(separator: "\n").map(String.init)
        let title = lines.firstIndex { $0.hasPrefix("scenario") }!
        #expect(lines[title + 1].hasPrefix(String(repeating: " ", count: 11) + "title long"))
        #expect(RunDetailRenderer.render(run, scenario: scenario, width: 160).contains("scenario   shop v1 — \(scenario.title.trimmingCharacters(in: .whitespaces))"))
    }
}
