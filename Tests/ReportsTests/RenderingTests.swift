import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Renderer checks on a report with a flagged regression, a version note and hostile text.
@Suite struct RenderingTests {
    static let hostile = "<script>alert(\"x\")</script> & 'quotes' \"too\", comma"

    static func report() -> Report {
        var scenario = Fixtures.scenario
        scenario.title = hostile
        scenario.steps[0].title = "Find \"it\" <b>now</b>"
        var registry = Fixtures.registry
        registry.touchpoints[0].name = "Search \"box\" <img src=x onerror=alert(1)>"
        registry.touchpoints[0].owner = "Owner, \"Team\"\nSecond line"
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            if !r.steps[1].barriers.isEmpty {
                r.steps[1].barriers[0].id = "slow-page"
                r.steps[1].barriers[0].text = hostile
            }
            r.survey = [.init("rec", 9), .init("sat", 4), .init("effort", 3)]
            return r
        }
        return ReportBuilder(scenarios: ["shop": scenario], registry: registry).build(runs)
    }

    // MARK: JSON

    @Test func jsonFollowsTheDocumentedContract() throws {
        let text = JSONRenderer.render(Self.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scenarios = try #require(root["scenarios"] as? [[String: Any]])
        let scenario = try #require(scenarios.first)
        #expect(scenario["scenario"] as? String == "shop")
        #expect(scenario["title"] as? String == Self.hostile)
        let periods = try #require(scenario["periods"] as? [[String: Any]])
        #expect(periods.map { $0["period"] as? String } == ["2026-10", "2026-11"])
        let period = periods[1]
        #expect(period["runs"] as? Int == 10)
        let completion = try #require(period["completion"] as? [String: Any])
        #expect(Set(completion.keys) == ["rate", "low", "high", "n"])
        #expect(completion["rate"] as? Double == 1)
        let time = try #require(period["time"] as? [String: Any])
        #expect(Set(time.keys) == ["geomean", "low", "high", "median", "n"])
        #expect(time["geomean"] is Double)
        let nps = try #require(period["nps"] as? [String: Any])
        #expect(Set(nps.keys) == ["score", "moe", "n", "low", "high", "small_sample", "one_group"])
        #expect(nps["score"] as? Double == 100)
        #expect(Set(try #require(period["csat"] as? [String: Any]).keys) == ["score", "n"])
        #expect(Set(try #require(period["ces"] as? [String: Any]).keys) == ["mean", "n"])
        let steps = try #require(period["steps"] as? [[String: Any]])
        #expect(steps.map { $0["step"] as? String } == ["find", "pay"])
        let pay = steps[1]
        for key in ["step", "touchpoint", "attempts", "completion", "time", "score", "checklist", "barriers"] {
            #expect(pay.keys.contains(key), "step lacks \(key)")
        }
        // No checklist at this step: the object keeps its shape, with a null value and n 0.
        let checklist = try #require(pay["checklist"] as? [String: Any])
        #expect(checklist["compliance"] is NSNull)
        #expect(checklist["n"] as? Int == 0)
        let score = try #require(pay["score"] as? [String: Any])
        #expect(Set(score.keys) == ["mean", "low", "high", "n"])
        let barriers = try #require(pay["barriers"] as? [[String: Any]])
        #expect(barriers.first?["id"] as? String == "slow-page")
        #expect(barriers.first?["runs"] as? Int == 4)
        #expect(barriers.first?["max_severity"] as? Int == 3)
        #expect(barriers.first?["text"] as? String == Self.hostile)
        let changes = try #require(scenario["changes"] as? [[String: Any]])
        let regression = try #require(changes.first { $0["kind"] as? String == "regression" && $0["step"] as? String == "pay" })
        #expect(regression["metric"] as? String == "time")
        #expect(regression["p"] is Double)
        #expect(regression["barrier"] is NSNull)
        let task = try #require(changes.first { $0["step"] is NSNull })
        #expect(task["metric"] as? String == "time")
        let barrier = try #require(changes.first { $0["kind"] as? String == "new" })
        #expect(barrier["metric"] as? String == "barrier")
        #expect(barrier["barrier"] as? String == "slow-page")
        #expect(barrier["p"] is NSNull)
        let touchpoints = try #require(root["touchpoints"] as? [[String: Any]])
        #expect(touchpoints.map { $0["id"] as? String } == ["web-search", "web-pay", "unused"])
        #expect(touchpoints[0]["focus"] as? Int == 1)
        #expect(touchpoints[2]["focus"] is NSNull)
        #expect(touchpoints[2]["score"] is NSNull)
        let importance = try #require(touchpoints[0]["importance"] as? [String: Any])
        #expect(importance["customer"] as? Int == 5 && importance["business"] as? Int == 4)
    }

    @Test func jsonKeysComeInTheDocumentedOrder() {
        let text = JSONRenderer.render(Self.report())
        func position(_ key: String) -> Int {
            text.range(of: "\"\(key)\":").map { text.distance(from: text.startIndex, to: $0.lowerBound) } ?? -1
        }
        let order = ["scenarios", "scenario", "title", "periods", "period", "runs", "completion", "time", "nps",
                     "csat", "ces", "steps", "step", "touchpoint", "attempts"]
        let positions = order.map(position)
        #expect(!positions.contains(-1))
        #expect(positions == positions.sorted())
        #expect(position("changes") < position("touchpoints"))
    }

    // MARK: CSV

    @Test func csvHasAHeaderATaskRowPerPeriodAndOneRowPerStep() {
        let rows = CSVRenderer.render(Self.report()).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == CSVRenderer.header.joined(separator: ","))
        #expect(rows.count == 1 + 2 * (1 + 2))
        // The task row (step empty) comes first in each period, with the task-level figures.
        #expect(rows[1].hasPrefix("shop,2026-10,,,10,10,1,"))
        #expect(rows[2].hasPrefix("shop,2026-10,find,web-search,10,10,1,"))
        for row in rows { #expect(row.split(separator: ",", omittingEmptySubsequences: false).count == CSVRenderer.header.count) }
        let header = CSVRenderer.header
        for column in ["target", "within_target_rate", "within_target_low", "within_target_high", "compliance_low",
                       "compliance_high", "shop_mean", "pass_rate", "nps", "csat", "ces"] {
            #expect(header.contains(column), "CSV lacks \(column)")
        }
        // NPS of the November task row: every answer 9.
        let november = rows[4].split(separator: ",", omittingEmptySubsequences: false)
        #expect(november[header.firstIndex(of: "nps")!] == "100")
    }

    @Test func csvQuotesCommasQuotesAndLineBreaksAndDefusesFormulas() {
        #expect(CSVRenderer.field("plain") == "plain")
        #expect(CSVRenderer.field("a,b") == "\"a,b\"")
        #expect(CSVRenderer.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVRenderer.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVRenderer.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
        #expect(CSVRenderer.field("-3") == "-3")
    }

    // MARK: HTML

    @Test func htmlEscapesHostileTextInTextAndAttributes() {
        let html = HTMLRenderer.render(Self.report())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>now"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
        // Inside attributes (aria-label="…") quotes are escaped too, so no attribute breaks out.
        #expect(html.contains("aria-label=\"&lt;script&gt;alert(&quot;x&quot;)"))
        #expect(!html.contains("onerror=alert(1)>"))
    }

    @Test func htmlIsSelfContained() {
        let html = HTMLRenderer.render(Self.report())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http:") && !html.contains("https:"))
        #expect(!html.contains(" src=\"") && !html.contains("href="))
        #expect(!html.contains("<link"))
        #expect(!html.contains("@import"))
        #expect(html.contains("<style>"))
        #expect(html.contains("@media print"))
        // The four pictures: wheel, score curve, time per step, barrier table.
        #expect(html.contains("class=\"chart wheel wide\""))
        #expect(html.contains("class=\"chart curve wide\""))
        #expect(html.contains("class=\"chart time\""))
        #expect(html.contains("class=\"barriers\""))
    }

    @Test func escapeHandlesEveryHTMLSignificantCharacter() {
        #expect(HTMLRenderer.escape("<a href='x' title=\"y\">&</a>")
            == "&lt;a href=&#39;x&#39; title=&quot;y&quot;&gt;&amp;&lt;/a&gt;")
    }

    // MARK: Text and Markdown

    @Test func textFitsEightyColumnsAndPutsChangesFirst() {
        let text = TextRenderer().render(Self.report())
        for line in text.split(separator: "\n") {
            #expect(TextLayout.width(String(line)) <= 80, "too wide: \(line)")
        }
        let changes = text.range(of: "Changes")!.lowerBound
        let scenario = text.range(of: "shop — ")!.lowerBound
        #expect(changes < scenario)
        #expect(text.contains("▲ regression"))
        #expect(!text.contains("\u{1B}["))
        #expect(text.contains(where: { "▁▂▃▄▅▆▇█".contains($0) }))
    }

    @Test func textColoursOnlyWhenAsked() {
        #expect(TextRenderer(colour: true).render(Self.report()).contains("\u{1B}[31m"))
    }

    @Test func textSaysWhenAChangeCrossesAVersionChange() {
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            if r.id.hasPrefix("nov") { r.scenarioVersion = 2 }
            return r
        }
        let text = TextRenderer().render(Fixtures.builder().build(runs))
        #expect(text.contains("note: scenario version changed"))
    }

    @Test func markdownTablesEscapePipes() {
        var report = Self.report()
        report.scenarios[0].title = "a | b"
        let markdown = MarkdownRenderer.render(report)
        #expect(markdown.contains("## a \\| b"))
        #expect(markdown.contains("| Period | Runs |"))
        #expect(!markdown.contains("<script"))
    }

    @Test func barrierCountsAndRunCountsAgreeInNumber() {
        let new = Change(metric: .barrier, step: "pay", kind: .new, baseline: 0, current: 1, p: nil, barrier: "x")
        #expect(TextLayout.changeValues(new) == "0 → 1 run")
        let resolved = Change(metric: .barrier, step: "pay", kind: .resolved, baseline: 1, current: 0, p: nil, barrier: "x")
        #expect(TextLayout.changeValues(resolved) == "1 → 0 runs")
        let more = Change(metric: .barrier, step: "pay", kind: .new, baseline: 0, current: 3, p: nil, barrier: "x")
        #expect(TextLayout.changeValues(more) == "0 → 3 runs")
        let one = Fixtures.builder().build([Fixtures.run("a", started: "2026-11-01T10:00:00Z")])
        #expect(TextRenderer().render(one).hasPrefix("shopper report · by month · 1 run\n"))
        #expect(MarkdownRenderer.render(one).contains("1 run counted."))
        #expect(HTMLRenderer.render(one).contains("1 run counted"))
    }

    @Test func npsShowsNoImpossibleIntervalAndMarksSmallSamples() {
        #expect(TextLayout.nps(NPS(answers: [0, 10])) == "+0 n<10")
        #expect(TextLayout.nps(NPS(answers: [9, 10])) == "+100 n<10")
        #expect(TextLayout.nps(NPS(answers: Array(repeating: 9, count: 9) + [8])) == "+90 71…100")
        #expect(TextLayout.nps(NPS(answers: Array(repeating: 0, count: 9) + [8])) == "-90 -100…-71")
        #expect(TextLayout.nps(NPS(answers: [10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8])) == "+18±49")
        #expect(TextLayout.nps(NPS(answers: [10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8]), spaced: true) == "+18 ±49")
        #expect(TextLayout.nps(nil) == "–")
    }

    @Test func npsJSONAddsClippedBoundsAndTheSmallSampleFlag() throws {
        let runs = (0..<2).map { i in
            Fixtures.run("r\(i)", started: "2026-11-0\(i + 1)T10:00:00Z", survey: [.init("rec", i == 0 ? 0 : 10)])
        }
        let text = JSONRenderer.render(Fixtures.builder().build(runs))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let period = try #require(((root["scenarios"] as? [[String: Any]])?.first?["periods"] as? [[String: Any]])?.first)
        let nps = try #require(period["nps"] as? [String: Any])
        #expect(nps["score"] as? Double == 0)
        #expect(abs((nps["moe"] as? Double ?? 0) - 138.590101) < 1e-6)
        #expect(nps["low"] as? Double == -100)
        #expect(nps["high"] as? Double == 100)
        #expect(nps["small_sample"] as? Bool == true)
        #expect(TextRenderer().render(Fixtures.builder().build(runs)).contains("+0 n<10"))
        #expect(MarkdownRenderer.render(Fixtures.builder().build(runs)).contains("| +0 n<10 |"))
    }

    @Test func sparklineScalesBetweenSmallestAndLargest() {
        #expect(TextLayout.sparkline([1, 2, nil, 8]) == "▁▂ █")
        #expect(TextLayout.sparkline([5, 5]) == "▄▄")
    }

    @Test func displayWidthCountsWideAndCombiningCharacters() {
        #expect(TextLayout.width("abc") == 3)
        #expect(TextLayout.width("Сдача") == 5)
        #expect(TextLayout.width("日本") == 4)
        #expect(TextLayout.width("e\u{301}") == 1)
        #expect(TextLayout.width("👍") == 2)
    }
}
