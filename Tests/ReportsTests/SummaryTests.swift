import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The summary cards and the owners' action list (`ScenarioSummary`, `ActionList`) on a report
/// built by hand, so every figure is known: a shop-score regression of the whole task, a score
/// regression and a new barrier at "pay", a resolved barrier at "find", a critical item failed.
@Suite struct SummaryTests {
    static let october = Period(parsing: "2026-10")!
    static let november = Period(parsing: "2026-11")!

    static func step(_ id: String, _ title: String, _ touchpoint: String, barriers: [BarrierStats] = []) -> StepStats {
        StepStats(step: id, title: title, touchpoint: touchpoint, attempts: 12, completion: CompletionRate(successes: 12, of: 12),
                  time: GeometricMean(seconds: [60, 70]), score: MeanInterval([7, 8]), checklist: nil, barriers: barriers, questions: [])
    }

    static func report(owner: String? = "Payments lead") -> Report {
        var base = PeriodStats(period: october, runs: 12, versions: [1], completion: CompletionRate(successes: 11, of: 12),
                               time: GeometricMean(seconds: [600, 660]), nps: NPS(answers: [10, 9, 3]), csat: nil, ces: nil,
                               steps: [step("find", "Find the product", "web-search", barriers: [BarrierStats(id: "no-results", text: "Search finds nothing", runs: 2, maxSeverity: .major)]),
                                       step("pay", "Pay by card", "web-pay")])
        base.shop = ShopScore([0.9, 0.95])
        base.pass = CompletionRate(successes: 9, of: 12)
        var current = PeriodStats(period: november, runs: 13, versions: [1], completion: CompletionRate(successes: 10, of: 13),
                                  time: GeometricMean(seconds: [700, 760]), nps: NPS(answers: [10, 2, 3]), csat: nil, ces: nil,
                                  steps: [step("find", "Find the product", "web-search"),
                                          step("pay", "Pay by card", "web-pay", barriers: [BarrierStats(id: "3ds-drop", text: "3-D Secure page drops the payment", runs: 8, maxSeverity: .blocker)])])
        current.shop = ShopScore([0.6, 0.7])
        current.pass = CompletionRate(successes: 4, of: 13)
        current.target = 900
        current.withinTarget = CompletionRate(successes: 9, of: 10)
        current.criticalItems = [CriticalItemStats(step: "pay", item: "total", failed: 3, n: 13, text: "The total matches")]
        let changes = [
            Change(metric: .score, step: "pay", kind: .regression, baseline: 7.0, current: 3.3, p: 0.0004, q: 0.002),
            Change(metric: .barrier, step: "pay", kind: .new, baseline: 0, current: 8, p: nil, barrier: "3ds-drop"),
            Change(metric: .barrier, step: "find", kind: .resolved, baseline: 2, current: 0, p: nil, barrier: "no-results"),
            Change(metric: .shop, step: nil, kind: .regression, baseline: 0.925, current: 0.65, p: 0.001, q: 0.004),
        ]
        let scenario = ScenarioReport(scenario: "shop", title: "Buy a kettle", periods: [base, current],
                                      comparison: Comparison(baseline: october, current: november, note: nil, baselineRuns: 12, currentRuns: 13),
                                      changes: changes)
        let touchpoints = [
            TouchpointScore(id: "web-pay", name: "Payment page", owner: owner, importance: nil, score: 3.3, n: 13, priority: 60, focus: 1, trend: []),
            TouchpointScore(id: "web-search", name: "Search", owner: "Search lead", importance: nil, score: 7.5, n: 25, priority: 10, focus: nil, trend: []),
        ]
        return Report(unit: .month, scenarios: [scenario], touchpoints: touchpoints, touchpointPeriod: november, countedRuns: 25, inProgressRuns: 0)
    }

    @Test func theCardHoldsTheHeadlineFiguresOfTheCurrentPeriodWithTheBaselineAndOnlyFlaggedChangesFlagged() throws {
        let s = try #require(ScenarioSummary.of(Self.report()).first)
        #expect(s.period == Self.november)
        #expect(s.runs == 13)
        #expect(s.figures.map(\.metric) == [.pass, .shop, .completion, .time, .nps])
        let shop = s.figures[1]
        #expect(shop.flag == .regression)
        #expect(shop.q == 0.004)
        #expect(abs(shop.value! - 0.65) < 1e-9)
        #expect(abs(shop.baseline! - 0.925) < 1e-9)
        // Pass rate fell from 9/12 to 4/13 but no change was flagged: no flag, the baseline shown plainly.
        #expect(s.figures[0].flag == nil)
        #expect(s.figures[0].baseline == 0.75)
        let time = s.figures[3]
        #expect(time.target == 900)
        #expect(time.withinTarget == 0.9)
        let strings = ReportStrings(.en)
        #expect(strings.figureChange(s.figures[0]) == "was 75%")
        #expect(strings.figureChange(shop) == "▼ worse, was 93% (q=0.004)")
        #expect(strings.figureTarget(time) == "target 15m · 90% within")
    }

    @Test func findingsNameStepsAndBarriersAndCountWithDenominatorsRegressionsFirst() throws {
        let s = try #require(ScenarioSummary.of(Self.report()).first)
        let strings = ReportStrings(.en)
        #expect(s.findings.map { strings.findingText($0) } == [
            "Pay by card: score 7.0 → 3.3 (q=0.002)",
            "Whole task: shop score 93% → 65% (q=0.004)",
            "New barrier at Pay by card: 3-D Secure page drops the payment — 8 of 13 runs (62%)",
            "Barrier gone at Find the product: Search finds nothing — 2 of 12 → 0 of 13 runs",
        ])
        #expect(strings.barrierCounts(s.findings[2]) == "0 of 12 → 8 of 13 runs")
        let ru = ReportStrings(.ru)
        #expect(ru.findingText(s.findings[0]) == "Pay by card: оценка 7,0 → 3,3 (q=0,002)")
        #expect(ru.findingText(s.findings[2]) == "Новый барьер на шаге «Pay by card»: 3-D Secure page drops the payment — 8 из 13 прогонов (62%)")
    }

    @Test func theActionListGroupsRegressionsNewBarriersCriticalFailuresAndFocusByTheTouchpointsOwner() {
        let list = ActionList.of(Self.report())
        #expect(list.groups.map(\.owner) == ["Payments lead", nil])
        let pay = list.groups[0].items
        #expect(pay.map(\.kind) == [.regression, .newBarrier, .criticalFailure, .focus])
        #expect(pay.allSatisfy { $0.kind == .focus || $0.touchpointName == "Payment page" })
        // The whole-task regression has no touchpoint, so no owner: it goes to the last group.
        #expect(list.groups[1].items.map(\.kind) == [.regression])
        #expect(list.groups[1].items[0].finding?.change.metric == .shop)
        // A resolved barrier and an improvement are nobody's action.
        #expect(!list.groups.flatMap(\.items).contains { $0.finding?.change.kind == .resolved })
        let strings = ReportStrings(.en)
        #expect(strings.actionText(pay[2]) == "Critical item failed at Pay by card: “The total matches” — 3 of 13 runs (23%)")
        #expect(strings.actionText(pay[3]) == "Focus #1: Payment page — score 3.3 (n = 13)")
        #expect(strings.actionWhere(pay[0]) == "Buy a kettle · Payment page")
    }

    @Test func aTouchpointWithoutAnOwnerPutsItsActionsInTheGroupWithoutOne() {
        let list = ActionList.of(Self.report(owner: nil))
        #expect(list.groups.map(\.owner) == [nil])
        #expect(list.groups[0].items.count == 5)
    }

    @Test func theHTMLOpensWithTheSummaryAndTheActionListBeforeTheChangesTable() throws {
        let html = HTMLRenderer.render(Self.report())
        let summary = try #require(html.range(of: "<section class=\"summary\">"))
        let changes = try #require(html.range(of: "<h2>Changes</h2>"))
        #expect(summary.lowerBound < changes.lowerBound)
        let actions = try #require(html.range(of: "Who should act"))
        #expect(actions.lowerBound < changes.lowerBound)
        #expect(html.contains("<div class=\"fig regression\"><dt>Shop score</dt>"))
        #expect(html.contains("<div class=\"fig\"><dt>Pass rate</dt>"))
        #expect(html.contains("<h4>Payments lead</h4>"))
        #expect(html.contains("<h4>No owner named</h4>"))
        #expect(html.contains("New barrier at Pay by card: 3-D Secure page drops the payment — 8 of 13 runs (62%)"))
        // The changes table names the barrier by its text and counts with denominators.
        #expect(html.contains("<td>barrier: 3-D Secure page drops the payment</td><td class=\"nowrap\">0 of 12 → 8 of 13 runs</td>"))
        #expect(!html.contains("<td>barrier 3ds-drop</td>"))
    }

    @Test func theSummaryIsEscaped() {
        var report = Self.report(owner: "<b>Owner</b> & co")
        report.scenarios[0].title = "<script>x</script>"
        let html = HTMLRenderer.render(report)
        #expect(!html.contains("<script>x"))
        #expect(html.contains("<h3>&lt;script&gt;x&lt;/script&gt;</h3>"))
        #expect(html.contains("<h4>&lt;b&gt;Owner&lt;/b&gt; &amp; co</h4>"))
    }
}

/// The same summary and action list in Markdown.
@Suite struct MarkdownSummaryTests {
    @Test func markdownOpensWithTheSummaryAndTheActionListBeforeTheChanges() throws {
        let md = MarkdownRenderer.render(SummaryTests.report())
        let summary = try #require(md.range(of: "## Summary"))
        let actions = try #require(md.range(of: "## Who should act"))
        let changes = try #require(md.range(of: "## Changes"))
        #expect(summary.lowerBound < actions.lowerBound && actions.lowerBound < changes.lowerBound)
        #expect(md.contains("**Buy a kettle** — 2026-11 · 13 runs · against 2026-10"))
        #expect(md.contains("Shop score 65% **▼ worse, was 93% (q=0.004)**"))
        #expect(md.contains("Pass rate 31% (was 75%)"))
        #expect(md.contains("- **new** New barrier at Pay by card: 3-D Secure page drops the payment — 8 of 13 runs (62%)"))
        #expect(md.contains("### Payments lead\n\n- **regression** Pay by card: score 7.0 → 3.3 (q=0.002) — *Buy a kettle · Payment page*"))
    }
}

/// The action list in the JSON contract.
@Suite struct JSONActionsTests {
    @Test func jsonCarriesTheActionListByIdsGroupedByOwner() throws {
        let text = JSONRenderer.render(SummaryTests.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let groups = try #require(root["actions"] as? [[String: Any]])
        #expect(groups.map { $0["owner"] as? String } == ["Payments lead", nil])
        #expect(groups[1]["owner"] is NSNull)
        let items = try #require(groups[0]["items"] as? [[String: Any]])
        #expect(items.map { $0["kind"] as? String } == ["regression", "new_barrier", "critical_failure", "focus"])
        #expect(Set(items[0].keys) == ["kind", "scenario", "touchpoint", "step", "metric", "question", "barrier", "item",
                                       "baseline", "current", "q", "runs", "of", "focus", "score", "n"])
        #expect(items[1]["barrier"] as? String == "3ds-drop")
        #expect(items[1]["runs"] as? Int == 8)
        #expect(items[1]["of"] as? Int == 13)
        #expect(items[2]["item"] as? String == "total")
        #expect(items[2]["runs"] as? Int == 3)
        #expect(items[3]["focus"] as? Int == 1)
        #expect(items[3]["touchpoint"] as? String == "web-pay")
    }
}

/// The Markdown Changes table names steps and barriers, like the HTML's.
@Suite struct MarkdownChangesNamesTests {
    @Test func markdownChangesNameTheStepAndTheBarrierAndCountWithDenominators() {
        let md = MarkdownRenderer.render(SummaryTests.report())
        #expect(md.contains("| **new** | Pay by card | barrier: 3-D Secure page drops the payment | 0 of 12 → 8 of 13 runs |  |"))
        #expect(md.contains("| **regression** | Pay by card | score | 7.0 → 3.3 | q=0.002 |"))
        #expect(!md.contains("| barrier `3ds-drop` |"))
    }
}

/// The action list in the terminal report.
@Suite struct TextActionsTests {
    @Test func textListsTheActionsByOwnerAfterTheChangesWithinTheWidth() throws {
        let text = TextRenderer(width: 80).render(SummaryTests.report())
        let changes = try #require(text.range(of: "Changes"))
        let actions = try #require(text.range(of: "Who should act"))
        #expect(changes.lowerBound < actions.lowerBound)
        #expect(text.contains("\n  Payments lead\n    ▲ Pay by card: score 7.0 → 3.3 (q=0.002)\n      Buy a kettle · Payment page\n"))
        // The critical item's line is longer than 80 columns and wraps under itself.
        #expect(text.contains("    ! Critical item failed at Pay by card: “The total matches” — 3 of 13 runs\n      (23%)\n"))
        for line in text.split(separator: "\n") { #expect(TextLayout.width(String(line)) <= 80, "too wide: \(line)") }
    }
}

/// The terminal report's Changes name steps and barriers and count with denominators, like the
/// summary, the Markdown and the HTML.
@Suite struct TextChangesNamesTests {
    @Test func textChangesNameTheStepAndTheBarrierAndCountWithDenominators() throws {
        let text = TextRenderer(width: 80).render(SummaryTests.report())
        let changes = try #require(text.components(separatedBy: "Who should act").first)
        #expect(changes.contains("    ▲ regression   Pay by card: score 7.0 → 3.3  q=0.002\n"))
        #expect(changes.contains("    ▲ regression   Whole task: shop score 93% → 65%  q=0.004\n"))
        // The counts are kept on one line: after the text when they fit, else under it.
        #expect(changes.contains("    + new barrier  Pay by card: 3-D Secure page drops the payment —\n                   0 of 12 → 8 of 13 runs\n"))
        #expect(changes.contains("    ✓ resolved     Find the product: Search finds nothing —\n                   2 of 12 → 0 of 13 runs\n"))
        // No ids where a name exists, and no count without its period's runs.
        #expect(!changes.contains("3ds-drop") && !changes.contains("no-results") && !changes.contains(" pay "))
        #expect(!changes.contains("0 → 8 runs"))
        for line in text.split(separator: "\n") { #expect(TextLayout.width(String(line)) <= 80, "too wide: \(line)") }
        let ru = TextRenderer(width: 80, language: .ru).render(SummaryTests.report())
        #expect(ru.contains("    ▲ ухудшение    Pay by card: оценка 7,0 → 3,3  q=0,002\n"))
        #expect(ru.contains("Search finds nothing —\n                   2 из 12 → 0 из 13 прогонов\n"))
        let wide = TextRenderer(width: 120).render(SummaryTests.report())
        #expect(wide.contains("    ✓ resolved     Find the product: Search finds nothing — 2 of 12 → 0 of 13 runs\n"))
    }
}

/// On paper the touchpoint table leaves out rows without a score, and says so.
@Suite struct TouchpointTablePrintTests {
    @Test func rowsWithoutAScoreAreMarkedAndLeftOffPaperSayingHowMany() {
        var report = SummaryTests.report()
        report.touchpoints.append(TouchpointScore(id: "shop-door", name: "Shop door", owner: nil, importance: nil, score: nil, n: 0,
                                                  priority: nil, focus: nil, trend: []))
        let html = HTMLRenderer.render(report)
        #expect(html.contains("<tr class=\"unscored\"><td></td><td title=\"shop-door\">Shop door</td>"))
        #expect(html.contains("<tr class=\"focus\"><td>1</td><td title=\"web-pay\">Payment page</td>"))
        #expect(html.contains("<p class=\"hint print-only\">On paper: 1 touchpoint without a score in this period is left out of the table.</p>"))
        #expect(html.contains("table.touchpoints tr.unscored{display:none}"))
        #expect(ReportStrings(.ru).unscoredLeftOffPaper(31) == "На бумаге: без оценки в этом периоде и не включены в таблицу — 31 точка контакта.")
        // Every touchpoint scored: no such line.
        #expect(!HTMLRenderer.render(SummaryTests.report()).contains("On paper: "))
    }
}
