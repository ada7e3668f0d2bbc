import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The HTML report's "share answered by time" chart of a wait step (`SVGCharts.responseCurve`,
/// `HTMLRenderer+Waits`), on the history of `ResponseReportTests`.
@Suite struct ResponseChartTests {
    static let report = ResponseReportTests.slower

    static func html(_ language: Language = .en) -> String {
        HTMLRenderer.render(report, language: language, generatedAt: Date(timeIntervalSince1970: 1_796_047_200))
    }

    static func chart(_ html: String) throws -> Substring {
        let start = try #require(html.range(of: "<svg class=\"chart response\""))
        let end = try #require(html.range(of: "</svg>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    @Test func theChartIsNamedAndPointsAtItsDataTable() throws {
        let html = Self.html()
        let svg = try Self.chart(html)
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("aria-label=\"Ask for a proposal: share of requests answered by time, 2026-11 and 2026-10\""))
        #expect(svg.contains("aria-describedby=\"s0-response-0\""))
        #expect(html.contains("<table class=\"responses\" id=\"s0-response-0\">"))
    }

    @Test func bothPeriodsAreDrawnWithTheirNAndTheTargetIsADashedVerticalLine() throws {
        let svg = try Self.chart(Self.html())
        #expect(svg.contains("class=\"cur\"><title>2026-11: median 27h34m of working time"))
        #expect(svg.contains("class=\"base\"><title>2026-10: median 2h36m of working time"))
        #expect(svg.contains("2026-11, n=40") && svg.contains("2026-10, n=40"))
        #expect(svg.contains("class=\"target\"") && svg.contains("target 3h"))
        #expect(svg.contains("working time"))
    }

    @Test func theAxisFollowsTheLongestObservedWait() {
        // The longest wait of both periods, not an interval, sets the axis; the target gets room.
        let short = KaplanMeier(times: [600, 1200, 1800], answered: [true, true, false])
        #expect(SVGCharts.responseTicks([short], target: nil).last! >= 1800)
        #expect(SVGCharts.responseTicks([short], target: nil).last! < 3600)
        #expect(SVGCharts.responseTicks([short], target: 3600).last! >= 3600 * 1.2)
    }

    @Test func theCurveStepsUpAtEachAnswerAndStopsAtTheLastWait() throws {
        let km = KaplanMeier(times: [1, 2, 4], answered: [true, false, true])
        let path = try #require(SVGCharts.responsePath(km, x: { $0 * 10 }, y: { 100 - 100 * $0 }))
        // 1/3 answered at 1; the wait censored at 2 leaves one at risk, answered at 4: all answered.
        #expect(path == "M0.0,100.0 H10.0 V66.7 H40.0 V0.0 H40.0")
        #expect(SVGCharts.responsePath(KaplanMeier([]), x: { $0 }, y: { $0 }) == nil)
    }

    @Test func theDataTableHoldsEachPeriodsFiguresAndTheShareAnsweredByTheTarget() throws {
        let html = Self.html()
        let start = try #require(html.range(of: "<table class=\"responses\""))
        let rest = html[start.lowerBound...]
        let body = String(rest[..<rest.range(of: "</table>")!.lowerBound])
        #expect(body.contains("answered by 3h"))
        #expect(body.contains("<td class=\"nowrap\">2026-11</td><td class=\"num\">40</td><td class=\"num\">30%</td><td class=\"num\">27h34m</td><td class=\"num\">14h17m–37h56m</td>"))
        #expect(body.contains("<td class=\"nowrap\">2026-10</td><td class=\"num\">40</td><td class=\"num\">25%</td>"))
        // By 3 h (the first time column): 4 of 40 November waits answered, none censored before (10%).
        #expect(body.contains("14h17m–37h56m</td><td class=\"num\">10%</td>"))
    }

    @Test func russianChartAndTableSpeakRussian() throws {
        let html = Self.html(.ru)
        let svg = try Self.chart(html)
        #expect(svg.contains("доля запросов с ответом к моменту времени, 2026-11 и 2026-10"))
        #expect(svg.contains("цель 3 ч") && svg.contains("рабочее время"))
        #expect(html.contains("Ответы в 2026-11"))
        #expect(html.contains("ответ за 3 ч"))
        #expect(html.contains("медиана 27 ч 34 мин рабочего времени"))
    }

    /// On paper the section's heading stays with its charts; a wait step, never timed, gets no
    /// empty time panel, and a scenario of waits only has no time section at all.
    @Test func theSectionIsKeptWholeAndWaitStepsHaveNoTimePanel() throws {
        let html = Self.html()
        #expect(html.contains("<div class=\"keep\"><h3>Responses in 2026-11</h3>"))
        #expect(html.contains("Time per step across periods"))
        #expect(!html.contains("aria-label=\"Time of step Ask for a proposal") && html.contains("aria-label=\"Time of step Read it"))
        var scenario = ResponseHistory.scenario()
        scenario.steps.removeAll { $0.wait == nil }
        let runs = ResponseHistory.october.map { run -> RunSummary in
            var r = run
            r.steps.removeAll { $0.step == "read" }
            return r
        }
        let waitsOnly = HTMLRenderer.render(ReportBuilder(scenarios: ["proposal": scenario], registry: ResponseHistory.registry).build(runs))
        #expect(waitsOnly.contains("chart response") && !waitsOnly.contains("Time per step across periods"))
    }

    @Test func aReportWithoutWaitsHasNoResponseSection() {
        let html = HTMLRenderer.render(ReportBuilder().build(Fixtures.slowdown()))
        #expect(!html.contains("chart response") && !html.contains("Responses in"))
    }
}
