import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Page-level layout of the HTML report: what keeps it inside a 1200 px window and an A4 page.
@Suite struct HTMLRendererTests {
    static let html = HTMLRenderer.render(RenderingTests.report())

    @Test func everyTableSitsInAScrollingWrapperSoNoneOverflowsThePage() {
        let tables = Self.html.components(separatedBy: "<table").count - 1
        #expect(tables >= 3)
        #expect(Self.html.components(separatedBy: "<div class=\"scroll\"><table").count - 1 == tables)
    }

    @Test func chartsScaleDownAndUseThePageFont() {
        #expect(HTMLRenderer.css.contains("svg.chart{max-width:100%;height:auto"))
        #expect(HTMLRenderer.css.contains("font-family:var(--font)"))
        #expect(HTMLRenderer.css.contains("body{font:15px/1.45 var(--font)"))
        // No chart sets its own font or colours: those come from the page's CSS.
        #expect(!Self.html.contains("font=\"") && !Self.html.contains(" fill=\"#") && !Self.html.contains(" stroke=\"#"))
    }

    @Test func printStylesTargetA4AndKeepChartsWhole() {
        #expect(HTMLRenderer.css.contains("@page{size:A4"))
        #expect(HTMLRenderer.css.contains("figure,svg.chart,tr,.panels>svg{break-inside:avoid}"))
    }

    @Test func touchpointsShowAFocusListBesideTheWheelWithOwners() {
        let html = Self.html
        let wheel = try! #require(html.range(of: "class=\"chart wheel\""))
        let focus = try! #require(html.range(of: "<h3>Focus list</h3>"))
        #expect(wheel.lowerBound < focus.lowerBound)
        #expect(html.contains("Owner, &quot;Team&quot;\nSecond line"))
    }

    @Test func timePanelsSayTheyHaveTheirOwnAxes() {
        #expect(Self.html.contains("Each panel has its own time axis starting at 0"))
    }

    @Test func barrierTableNamesStepsByTitleAndID() {
        #expect(Self.html.contains("<td class=\"step\">Pay<br><code>pay</code></td>"))
    }
}
