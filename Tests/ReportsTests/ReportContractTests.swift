import Foundation
import Reports
import ShopperCore
import Testing

/// The JSON keys added for shop scores, targets and the false-discovery control, after the
/// existing ones.
@Suite struct ReportContractTests {
    static func report() -> Report {
        var runs = MetricChangeTests.scoreDrop()
        runs.append(ScoringTests.run("extra", crit: .no))
        return ReportBuilder(scenarios: ["shop": ScoringTests.scenario]).build(runs)
    }

    static func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(JSONRenderer.render(report()).utf8)) as? [String: Any])
    }

    @Test func periodsStepsChangesAndTestsCarryTheNewKeys() throws {
        let root = try Self.json()
        let scenario = try #require((root["scenarios"] as? [[String: Any]])?.first)
        let period = try #require((scenario["periods"] as? [[String: Any]])?.last)
        #expect(Set(try #require(period["shop"] as? [String: Any]).keys) == ["mean", "low", "high", "n"])
        #expect(Set(try #require(period["pass"] as? [String: Any]).keys) == ["rate", "low", "high", "n"])
        #expect(period["critical_failures"] as? Int == 1)
        let items = try #require(period["critical_items"] as? [[String: Any]])
        #expect(items.first?["step"] as? String == "find")
        #expect(items.first?["item"] as? String == "crit")
        #expect(items.first?["failed"] as? Int == 1)
        #expect(period["target"] as? Double == 100)
        #expect(Set(try #require(period["within_target"] as? [String: Any]).keys) == ["rate", "low", "high", "n"])
        let steps = try #require(period["steps"] as? [[String: Any]])
        let find = try #require(steps.first { $0["step"] as? String == "find" })
        #expect(find["target"] as? Double == 50)
        #expect(Set(try #require(find["checklist"] as? [String: Any]).keys) == ["compliance", "n", "low", "high"])
        let pay = try #require(steps.first { $0["step"] as? String == "pay" })
        #expect(pay["target"] is NSNull)
        #expect((pay["within_target"] as? [String: Any])?["n"] as? Int == 0)
        let changes = try #require(scenario["changes"] as? [[String: Any]])
        let score = try #require(changes.first { $0["metric"] as? String == "score" })
        #expect(score["q"] is Double)
        #expect(score["question"] is NSNull)
        let tests = try #require(root["tests"] as? [[String: Any]])
        #expect(!tests.isEmpty)
        for test in tests {
            #expect(Set(test.keys) == ["scenario", "metric", "step", "question", "baseline", "current", "p", "q"])
        }
    }

    @Test func newKeysFollowTheExistingOnes() {
        let text = JSONRenderer.render(Self.report())
        func position(_ key: String, after: String.Index? = nil) -> Int {
            let range = after.map { text[$0...] } ?? text[...]
            return range.range(of: "\"\(key)\":").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
        }
        #expect(position("untimed") < position("shop"))
        #expect(position("note") < position("q"))
        #expect(position("runs_in_progress") < position("tests"))
    }

    @Test func textShowsTheTaskLineAndQ() {
        let text = TextRenderer(width: 200).render(Self.report())
        #expect(text.contains("▲ regression"))
        #expect(text.contains("score"))
        #expect(text.contains("q<0.001") || text.contains("q=0."))
        #expect(text.contains("Task in 2026-11: shop score"))
        #expect(text.contains("pass rate"))
        #expect(text.contains("within target 1m40s"))
        let russian = TextRenderer(width: 200, language: .ru).render(Self.report())
        #expect(russian.contains("Задание в 2026-11: балл проверки"))
    }

    @Test func markdownAndHTMLShowTheTaskFiguresTable() {
        let markdown = MarkdownRenderer.render(Self.report())
        #expect(markdown.contains("### Shop score, pass and targets"))
        #expect(markdown.contains("| Within target (95% CI) |"))
        let html = HTMLRenderer.render(Self.report())
        #expect(html.contains("<table class=\"task\">"))
        // Step targets and checklist compliance are in the per-step table.
        #expect(html.contains("<table class=\"steps\">"))
    }
}
