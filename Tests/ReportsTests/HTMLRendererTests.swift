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
        let wheel = try! #require(html.range(of: "class=\"chart wheel wide\""))
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

    // MARK: Charts' twins, phone layouts, date context

    /// Every value of `attribute="…"` in `html`.
    static func values(of attribute: String, in html: String) -> [String] {
        html.components(separatedBy: " \(attribute)=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
    }

    @Test func everyChartIsANamedImageDescribedByADataTable() {
        let html = Self.html
        let charts = html.components(separatedBy: "<svg").count - 1
        #expect(charts >= 4)
        #expect(html.components(separatedBy: "role=\"img\" aria-label=\"").count - 1 == charts)
        let described = Self.values(of: "aria-describedby", in: html)
        #expect(described.count == charts)
        let tableIDs = Set(Self.values(of: "id", in: html).filter { id in html.contains("<table class=\"") && html.contains("id=\"\(id)\"") })
        for id in Set(described) {
            #expect(tableIDs.contains(id), "no table with id \(id)")
            #expect(html.range(of: "<table class=\"[a-z]+\" id=\"\(id)\"", options: .regularExpression) != nil, "\(id) is not a table")
        }
    }

    @Test func wideChartsHaveANarrowTwinForPhones() {
        #expect(Self.html.contains("class=\"chart wheel wide\"") && Self.html.contains("class=\"chart dotplot narrow\""))
        #expect(Self.html.contains("class=\"chart curve wide\"") && Self.html.contains("class=\"chart curve narrow\""))
        #expect(HTMLRenderer.chartCSS.contains("@media screen and (max-width:600px){svg.chart.wide{display:none}svg.chart.narrow{display:block"))
    }

    @Test func theStepTablesCarryScoresTimesIntervalsAndN() {
        let html = Self.html
        #expect(html.contains("<table class=\"scores\" id=\"s0-scores\">"))
        #expect(html.contains("<table class=\"times\" id=\"s0-times\">"))
        // November's pay times (Fixtures.slowdown): 10 times, so an interval and n=10.
        #expect(html.contains("1m32s (") && html.contains(") n=10</td>"))
    }

    @Test func theFooterSaysWhenItWasMadeAndTheDataRangeAndPointsToNoFile() throws {
        // 2026-11-20 12:00 UTC: November (the last period) is still going on.
        let made = Date(timeIntervalSince1970: 1_795_176_000)
        let html = HTMLRenderer.render(RenderingTests.report(), generatedAt: made)
        #expect(!html.contains("docs/report.md") && !html.contains("See docs"))
        #expect(html.contains("Made 2026-11-20 12:00 UTC · data 2026-10 – 2026-11 (by month) · 2026-11 is still in progress"))
        let later = HTMLRenderer.render(RenderingTests.report(), generatedAt: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(later.contains("data 2026-10 – 2026-11 (by month)") && !later.contains("still in progress"))
        let ru = HTMLRenderer.render(RenderingTests.report(), language: .ru, generatedAt: made)
        #expect(ru.contains("Сделан 2026-11-20 12:00 UTC · данные 2026-10 – 2026-11 (по месяцам) · 2026-11 ещё не закончился"))
        #expect(!Self.html.contains("Made "))
    }

    @Test func russianNumbersTakeADecimalCommaAndDurationsRussianUnits() {
        let ru = HTMLRenderer.render(RenderingTests.report(), language: .ru)
        #expect(ru.contains("<title>Отчёт shopper</title>"))
        #expect(ru.contains("меньше 0,05"))
        // Scores in the wheel, tables and charts: 8,0 rather than 8.0.
        #expect(ru.range(of: ">[0-9]+\\.[0-9]</", options: .regularExpression) == nil)
        #expect(ru.range(of: ">[0-9]+,[0-9]</", options: .regularExpression) != nil)
        #expect(ru.contains("1 мин 32 с") && !ru.contains("1m32s"))
    }
}

