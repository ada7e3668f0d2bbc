import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Scenarios of the scenarios folder without counted runs are listed as "no runs yet" in every
/// format, within `--scenario`.
@Suite struct ScenariosWithoutRunsTests {
    static let idle = Scenario(id: "idle", title: "Never run", version: 1, brief: "Nothing yet.",
                               steps: [Step(id: "s", title: "S", instruction: "Do.", touchpoint: "t", stage: .purchase)])

    static func report(_ options: ReportOptions = ReportOptions(), runs: [RunSummary] = Fixtures.slowdown()) -> Report {
        ReportBuilder(scenarios: ["shop": Fixtures.scenario, "idle": idle, "alpha": {
            var s = idle
            s.id = "alpha"
            s.title = "Alpha"
            return s
        }()], options: options).build(runs)
    }

    @Test func builderListsScenariosWithoutCountedRunsInIdOrder() {
        var runs = Fixtures.slowdown()
        runs.append(RunSummary(id: "x", scenario: "idle", tester: "t", started: Fixtures.date("2026-11-02T10:00:00Z"),
                               status: .inProgress, steps: []))
        let report = Self.report(runs: runs)
        #expect(report.scenarios.map(\.scenario) == ["shop"])
        #expect(report.scenariosWithoutRuns == [ScenarioWithoutRuns(scenario: "alpha", title: "Alpha"),
                                                ScenarioWithoutRuns(scenario: "idle", title: "Never run")])
        #expect(report.listed.map(\.id) == ["alpha", "idle", "shop"])
    }

    @Test func scenarioFilterKeepsOnlyTheListedOnes() {
        #expect(Self.report(ReportOptions(scenarios: ["idle"])).scenariosWithoutRuns.map(\.scenario) == ["idle"])
        #expect(Self.report(ReportOptions(scenarios: ["shop"])).scenariosWithoutRuns.isEmpty)
    }

    @Test func everyFormatSaysNoRunsYet() throws {
        let report = Self.report()
        let text = TextRenderer().render(report)
        #expect(text.contains("idle — Never run\n  no runs yet\n"))
        #expect(TextRenderer(language: .ru).render(report).contains("idle — Never run\n  прогонов пока нет\n"))
        let md = MarkdownRenderer.render(report)
        #expect(md.contains("## Never run (`idle`)\n\n_no runs yet_\n"))
        #expect(MarkdownRenderer.render(report, language: .ru).contains("_прогонов пока нет_"))
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<h2>Never run <code>idle</code></h2>\n<p class=\"quiet\">no runs yet</p>"))
        let csv = CSVRenderer.render(report)
        #expect(csv.hasSuffix("\r\nalpha" + String(repeating: ",", count: CSVRenderer.header.count - 1)
            + "\r\nidle" + String(repeating: ",", count: CSVRenderer.header.count - 1) + "\r\n"))
        let json = try #require(JSONSerialization.jsonObject(with: Data(JSONRenderer.render(report).utf8)) as? [String: Any])
        let scenarios = try #require(json["scenarios"] as? [[String: Any]])
        #expect(scenarios.map { $0["scenario"] as? String } == ["alpha", "idle", "shop"])
        let idle = scenarios[1]
        #expect(idle["title"] as? String == "Never run")
        #expect((idle["periods"] as? [Any])?.isEmpty == true)
        #expect((idle["changes"] as? [Any])?.isEmpty == true)
        #expect(idle["comparison"] is NSNull)
    }

    @Test func withNoRunsAtAllTheScenariosAreStillListed() {
        let text = TextRenderer().render(Self.report(runs: []))
        #expect(text.contains("idle — Never run\n  no runs yet"))
        #expect(!text.contains("No completed or abandoned runs match."))
        let none = ReportBuilder().build([])
        #expect(TextRenderer().render(none).contains("No completed or abandoned runs match."))
    }
}
