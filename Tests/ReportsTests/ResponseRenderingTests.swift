import Foundation
@testable import Reports
import ShopperCore
import Testing

/// How every format shows a wait step's responses (`ResponseStats`) and a flagged response
/// change, in English and Russian. Values are those of `ResponseReportTests` (lifelines).
@Suite struct ResponseRenderingTests {
    static let report = ResponseReportTests.slower

    static func json() throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(JSONRenderer.render(report).utf8)) as? [String: Any])
    }

    @Test func jsonHasTheResponseOfEachWaitStepAndNullForOthers() throws {
        let scenario = try #require((try Self.json()["scenarios"] as? [[String: Any]])?.first)
        let november = try #require((scenario["periods"] as? [[String: Any]])?.last)
        let steps = try #require(november["steps"] as? [[String: Any]])
        let ask = try #require(steps.first { $0["step"] as? String == "ask" })
        let read = try #require(steps.first { $0["step"] as? String == "read" })
        #expect(read["response"] is NSNull)
        let response = try #require(ask["response"] as? [String: Any])
        #expect(response["target"] as? Double == 10_800 && response["clock"] as? String == "working")
        let within = try #require(response["within_target"] as? [String: Any])
        #expect(within["rate"] as? Double == 0.1 && within["n"] as? Int == 40)
        #expect(isClose(within["low"] as? Double, 0.03387995202119379, relative: 1e-5))
        let unanswered = try #require(response["unanswered"] as? [String: Any])
        #expect(unanswered["rate"] as? Double == 0.3 && unanswered["n"] as? Int == 40)
        let median = try #require(response["median"] as? [String: Any])
        #expect(median["seconds"] as? Double == 99240 && median["low"] as? Double == 51421 && median["high"] as? Double == 136605)
        #expect(response["left_out"] as? Int == 0)
        // The documented keys in the documented order, the added one after them.
        let text = JSONRenderer.render(Self.report)
        let order = ["\"target\"", "\"clock\"", "\"within_target\"", "\"unanswered\"", "\"median\"", "\"left_out\""]
        let start = try #require(text.range(of: "\"response\": {"))
        let positions = order.map { text.range(of: $0, range: start.upperBound..<text.endIndex)!.lowerBound }
        #expect(positions == positions.sorted())
        // The wait step's own active-time target is null: its target is the response's.
        #expect(ask["target"] is NSNull)
    }

    @Test func jsonChangesAndTestsNameTheResponseMetric() throws {
        let scenario = try #require((try Self.json()["scenarios"] as? [[String: Any]])?.first)
        let changes = try #require(scenario["changes"] as? [[String: Any]])
        let response = try #require(changes.first { $0["metric"] as? String == "response" })
        #expect(response["kind"] as? String == "regression" && response["step"] as? String == "ask")
        #expect(response["baseline"] as? Double == 9371 && response["current"] as? Double == 99240)
        let tests = try #require(try Self.json()["tests"] as? [[String: Any]])
        #expect(tests.contains { $0["metric"] as? String == "response" })
    }

    @Test func aMissingMedianIsNullInJSON() {
        let r = ResponseStats(target: nil, clock: .wall, withinTarget: nil, n: 2, unanswered: 2,
                              curve: KaplanMeier(times: [5, 9], answered: [false, false]), leftOut: 1)
        let value = JSONRenderer.response(r)
        #expect(value["median"] == ["seconds": .null, "low": .null, "high": .null])
        #expect(value["unanswered"] == ["rate": .number(1), "n": .int(2)])
        #expect(value["left_out"] == .int(1) && value["target"] == .null)
        #expect(JSONRenderer.response(nil) == .null)
    }

    @Test func textShowsTheResponseSentenceAndTheChangeInEnglish() {
        let text = TextRenderer(width: 100).render(Self.report)
        #expect(text.contains("Responses in 2026-11"))
        #expect(text.contains("ask: median 27h34m of working time (14h17m–37h56m), 30% never answered, 10% within 3h, n=40"))
        #expect(text.contains("Ask for a proposal: response time 2h36m → 27h34m  q=0.002"))
    }

    /// A period whose waits were mostly never answered has no median: the change says so
    /// instead of a bare dash; other metrics keep the dash for a missing value.
    @Test func aMissingMedianReadsNoMedian() {
        #expect(TextLayout.value(nil, of: .response) == "no median")
        #expect(TextLayout.value(nil, of: .response, language: .ru) == "нет медианы")
        #expect(TextLayout.value(nil, of: .time) == "–")
        let change = Change(metric: .response, step: "ask", kind: .regression, baseline: 9000, current: nil, p: 0.001, q: 0.004)
        #expect(TextLayout.changeValues(change).hasSuffix("→ no median"))
    }

    @Test func textShowsTheResponseSentenceInRussian() {
        let text = TextRenderer(width: 120, language: .ru).render(Self.report)
        #expect(text.contains("Ответы в 2026-11"))
        #expect(text.contains("медиана 27 ч 34 мин рабочего времени (14 ч 17 мин – 37 ч 56 мин), 30% без ответа, 10% в пределах 3 ч, n=40"))
        #expect(text.contains("время ответа"))
        #expect(text.contains("2 ч 36 мин → 27 ч 34 мин"))
    }

    @Test func withoutAMedianTheSentenceSaysSo() {
        let r = ResponseStats(target: 3600, clock: .wall, withinTarget: CompletionRate(successes: 1, of: 4), n: 4, unanswered: 3,
                              curve: KaplanMeier(times: [600, 7200, 7200, 7200], answered: [true, false, false, false]), leftOut: 1)
        #expect(ReportStrings(.en).responseSummary(r)
                == "no median: fewer than half answered, 75% never answered, 25% within 1h, n=4; 1 wait without an end left out")
        #expect(ReportStrings(.ru).responseSummary(r).hasPrefix("медианы нет"))
        #expect(ReportStrings(.ru).responseSummary(r).contains("25% в пределах 1 ч"))
    }

    @Test func markdownListsTheWaitStepsByTitle() {
        let md = MarkdownRenderer.render(Self.report)
        #expect(md.contains("### Responses in 2026-11"))
        #expect(md.contains("- **Ask for a proposal** (`ask`): median 27h34m of working time"))
        let ru = MarkdownRenderer.render(Self.report, language: .ru)
        #expect(ru.contains("### Ответы в 2026-11"))
    }

    @Test func csvAddsResponseColumnsFilledOnWaitSteps() throws {
        let rows = CSVRenderer.render(Self.report).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        #expect(Array(header.suffix(CSVRenderer.responseHeader.count)) == CSVRenderer.responseHeader)
        let ask = try #require(rows.first { $0.count > 2 && $0[1] == "2026-11" && $0[2] == "ask" })
        let column = { (name: String) in ask[header.firstIndex(of: name)!] }
        #expect(column("response_clock") == "working" && column("response_median") == "99240" && column("response_n") == "40")
        #expect(column("response_unanswered_rate") == "0.3" && column("response_within_rate") == "0.1")
        let read = try #require(rows.first { $0.count > 2 && $0[1] == "2026-11" && $0[2] == "read" })
        #expect(read[header.firstIndex(of: "response_median")!] == "")
        #expect(rows.allSatisfy { $0.count == header.count })
        // A report without waits keeps its columns.
        #expect(!CSVRenderer.render(ReportBuilder().build(Fixtures.slowdown())).contains("response_"))
    }

    @Test func aFlaggedResponseRegressionReachesTheSummaryAndTheOwnersActions() throws {
        let summary = try #require(ScenarioSummary.of(Self.report).first)
        #expect(summary.findings.contains { $0.change.metric == .response && $0.change.kind == .regression && $0.stepTitle == "Ask for a proposal" })
        let actions = ActionList.of(Self.report)
        let sales = try #require(actions.groups.first { $0.owner == "Sales lead" })
        #expect(sales.items.contains { $0.finding?.change.metric == .response })
    }
}
