import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The HTML per-step table of a scenario's current period (`HTMLRenderer.stepTable`), on the
/// hand-built report of `SummaryTests`.
@Suite struct StepTableTests {
    static let html = HTMLRenderer.stepTable(SummaryTests.report().scenarios[0], ReportStrings(.en),
                                             touchpointNames: ["web-pay": "Payment page"])

    static func row(_ title: String) -> String? {
        guard let start = html.range(of: "<tr><th scope=\"row\">\(title)") else { return nil }
        let rest = html[start.lowerBound...]
        return rest.range(of: "</tr>").map { String(rest[..<$0.upperBound]) }
    }

    @Test func eachStepOfTheCurrentPeriodHasItsTitleTouchpointAndFigures() throws {
        #expect(Self.html.contains("<h3>Steps in 2026-11</h3>"))
        let pay = try #require(Self.row("Pay by card"))
        #expect(pay.contains("<span class=\"tp\">Payment page</span>"))
        // A touchpoint the registry does not name is shown by its id.
        #expect(try #require(Self.row("Find the product")).contains("<span class=\"tp\">web-search</span>"))
        #expect(pay.contains("<td class=\"num\">12</td><td class=\"num\">100%</td>"))
    }

    @Test func aFlaggedChangeIsShownInItsCellAndOnlyThere() throws {
        let pay = try #require(Self.row("Pay by card"))
        #expect(pay.contains("<td class=\"num flag regression\">7.5<br><span class=\"chg\">▼ was 7.0 (q=0.002)</span></td>"))
        #expect(pay.components(separatedBy: "class=\"chg\"").count == 2)
        #expect(!(try #require(Self.row("Find the product"))).contains("chg"))
    }

    @Test func barriersAreNamedByTextWithRunsOfThePeriodsRunsAndNewOnesTagged() throws {
        let pay = try #require(Self.row("Pay by card"))
        #expect(pay.contains("<li class=\"new\"><span class=\"tag new\">new</span> 3-D Secure page drops the payment — 8 of 13 runs (62%)</li>"))
    }

    @Test func theTableReplacesTheTargetsTableInTheReport() {
        let html = HTMLRenderer.render(SummaryTests.report())
        #expect(html.contains("<table class=\"steps\">"))
        #expect(!html.contains("<table class=\"targets\">"))
    }
}
