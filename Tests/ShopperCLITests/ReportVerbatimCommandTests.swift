import Foundation
import Testing

/// `shopper report` reads the current period's runs again for what the testers said (Markdown,
/// HTML, JSON), and lists the sample scenarios that have no runs.
@Suite struct ReportVerbatimCommandTests {
    @Test func jsonCarriesTheSampleCurrentPeriodsVerbatimsAndTheScenariosWithoutRuns() throws {
        let result = try ShopperProcess.run(["report", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        var said = 0
        for scenario in scenarios {
            let periods = try #require(scenario["periods"] as? [[String: Any]])
            guard let current = periods.last else {
                #expect(scenario["comparison"] is NSNull)
                #expect((scenario["changes"] as? [Any])?.isEmpty == true)
                continue
            }
            for period in periods.dropLast() { #expect((period["verbatims"] as? [Any])?.isEmpty == true) }
            let verbatims = try #require(current["verbatims"] as? [[String: Any]])
            said += verbatims.count
            let label = try #require(current["period"] as? String)
            for v in verbatims {
                #expect((v["at"] as? String)?.hasPrefix(label) == true, "from the current period only")
                #expect(["note", "answer", "barrier"].contains(v["kind"] as? String ?? ""))
                #expect(!((v["text"] as? String) ?? "").isEmpty)
            }
            let times = verbatims.compactMap { $0["at"] as? String }
            #expect(times == times.sorted(by: >), "newest first")
        }
        #expect(said > 0, "the sample runs hold notes and text answers")
        #expect(scenarios.contains { ($0["periods"] as? [Any])?.isEmpty == true }, "the sample has scenarios without runs")
    }

    @Test func markdownShowsThemAndTextDoesNot() throws {
        let md = try ShopperProcess.run(["report", "--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.stdout.contains("### What the testers said in "))
        #expect(md.stdout.contains("_no runs yet_"))
        let text = try ShopperProcess.run(["report"])
        #expect(!text.stdout.contains("What the testers said"))
        #expect(text.stdout.contains("  no runs yet"))
    }
}
