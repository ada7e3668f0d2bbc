import Foundation
import Reports
import ShopperCore
import Testing

/// Changes of every metric, flagged by the report-wide Benjamini–Hochberg q.
@Suite struct MetricChangeTests {
    @Test func everyMetricKnowsItsDirectionAndUnit() {
        #expect(MetricKind.time.kind(difference: 0.5) == .regression)
        #expect(MetricKind.time.kind(difference: -0.5) == .improvement)
        // Response time, like time, is better lower: a positive difference (answered later) is a regression.
        #expect(MetricKind.response.kind(difference: 0.5) == .regression)
        #expect(MetricKind.response.kind(difference: -0.5) == .improvement)
        #expect(MetricKind.response.unit == .duration)
        for metric in MetricKind.allCases where metric != .time && metric != .barrier && metric != .response {
            #expect(metric.kind(difference: -1) == .regression, "\(metric)")
            #expect(metric.kind(difference: 1) == .improvement, "\(metric)")
        }
        #expect(MetricKind.score.kind(difference: 0) == nil)
        #expect(MetricKind.withinTarget.rawValue == "within_target")
        #expect(MetricKind.allCases.map(\.rawValue) == ["time", "completion", "barrier", "score", "compliance", "shop",
                                                      "pass", "within_target", "nps", "csat", "ces", "response"])
        #expect(MetricKind.nps.unit == .signedWhole)
        #expect(MetricKind.csat.unit == .share)
        #expect(MetricKind.score.unit == .points)
    }

    /// Two months of 20 runs; November's step `find` scores 3 instead of 8 (± 1).
    /// `2026-MM-DD` at 10:00 UTC of day `i + 1` (days 1…28).
    static func day(_ month: Int, _ i: Int) -> String {
        String(format: "2026-%02d-%02dT10:00:00Z", month, 1 + i % 28)
    }

    static func scoreDrop(scenario id: String = "shop") -> [RunSummary] {
        var runs: [RunSummary] = []
        for i in 0..<20 {
            var oct = Fixtures.run("\(id)-o\(i)", started: Self.day(10, i), findScore: 7 + i % 3)
            var nov = Fixtures.run("\(id)-n\(i)", started: Self.day(11, i), findScore: 2 + i % 3)
            oct.scenario = id
            nov.scenario = id
            runs += [oct, nov]
        }
        return runs
    }

    @Test func aScoreDropIsARegressionWithPAndQ() throws {
        let report = Fixtures.builder().build(Self.scoreDrop())
        let change = try #require(report.scenarios.first?.changes.first { $0.metric == .score && $0.step == "find" })
        #expect(change.kind == .regression)
        // Scores 7, 8, 9 in turn over 20 runs, then 2, 3, 4.
        #expect(isClose(change.baseline, 7.95))
        #expect(isClose(change.current, 2.95))
        let q = try #require(change.q)
        #expect(q >= (change.p ?? 1))
        #expect(q < 0.05)
        #expect(change.question == nil)
        #expect(report.hasRegression)
    }

    @Test func everyTestIsListedWithItsQAndOnlyQBelowAlphaIsFlagged() throws {
        let report = Fixtures.builder().build(Self.scoreDrop())
        #expect(!report.tests.isEmpty)
        let ps = report.tests.map(\.p)
        let qs = BenjaminiHochberg.adjust(ps)
        #expect(report.tests.map(\.q) == qs)
        let flagged = report.scenarios.flatMap(\.changes).filter { $0.q != nil }
        #expect(flagged.allSatisfy { ($0.q ?? 1) < 0.05 })
        #expect(flagged.count == report.tests.count { $0.q < 0.05 && $0.baseline != $0.current })
        #expect(Set(report.tests.map(\.metric)).isSuperset(of: [.completion, .time, .score]))
    }

    @Test func theFalseDiscoveryControlSpansEveryScenarioOfTheReport() throws {
        // One scenario alone, and the same with a second scenario's unchanged tests: more tests,
        // larger q for the same p.
        let alone = Fixtures.builder().build(Self.scoreDrop())
        var quiet: [RunSummary] = []
        for i in 0..<20 {
            for month in ["10", "11"] {
                var r = Fixtures.run("q\(month)-\(i)", started: "2026-\(month)-" + String(format: "%02d", 1 + i) + "T10:00:00Z", findScore: 5 + i % 5)
                r.scenario = "other"
                quiet.append(r)
            }
        }
        let both = Fixtures.builder().build(Self.scoreDrop() + quiet)
        #expect(both.tests.count > alone.tests.count)
        #expect(Set(both.tests.map(\.scenario)) == ["shop", "other"])
        let qAlone = try #require(alone.tests.first { $0.metric == .score && $0.step == "find" }?.q)
        let qBoth = try #require(both.tests.first { $0.scenario == "shop" && $0.metric == .score && $0.step == "find" }?.q)
        #expect(qBoth > qAlone)
    }

    @Test func alphaMovesTheLevel() throws {
        let runs = Self.scoreDrop()
        let q = try #require(Fixtures.builder().build(runs).tests.first { $0.metric == .score && $0.step == "find" }?.q)
        // A level at or below the test's q leaves it unflagged; the test is still listed.
        let strict = try ReportOptions.make(unit: nil, alpha: String(q))
        let report = Fixtures.builder(strict).build(runs)
        #expect(report.scenarios.first?.changes.contains { $0.metric == .score } == false)
        #expect(report.tests.contains { $0.metric == .score && $0.q == q })
        let loose = try ReportOptions.make(unit: nil, alpha: String(q * 1.01))
        #expect(Fixtures.builder(loose).build(runs).scenarios.first?.changes.contains { $0.metric == .score } == true)
    }

    @Test(arguments: ["0", "1", "1.5", "-0.1", "abc", "nan", ""])
    func alphaOutsideZeroToOneIsRefused(_ text: String) {
        #expect(throws: ReportOptionsError.self) { try ReportOptions.make(unit: nil, alpha: text) }
    }

    @Test func alphaDefaultsToFivePercent() throws {
        #expect(try ReportOptions.make(unit: nil).alpha == 0.05)
        #expect(try ReportOptions.make(unit: nil, alpha: "0.1").alpha == 0.1)
    }

    @Test func ratingQuestionsAreTestedOnlyOnRunsOfTheCurrentVersion() throws {
        var runs: [RunSummary] = []
        for i in 0..<20 {
            var oct = Fixtures.run("o\(i)", started: Self.day(10, i))
            oct.steps[0].answers = [.init("ease", Double(6 + i % 2))]
            // November's runs are of version 2: their `ease` may be another question.
            var nov = Fixtures.run("n\(i)", started: Self.day(11, i), version: 2)
            nov.steps[0].answers = [.init("ease", Double(1 + i % 2))]
            runs += [oct, nov]
        }
        let report = Fixtures.builder().build(runs)
        #expect(!report.tests.contains { $0.question == "ease" })
        #expect(report.scenarios.first?.changes.contains { $0.question == "ease" } == false)
    }

    @Test func aRatingQuestionsDropNamesTheQuestion() throws {
        var runs: [RunSummary] = []
        for i in 0..<20 {
            var oct = Fixtures.run("o\(i)", started: Self.day(10, i))
            oct.steps[0].answers = [.init("ease", Double(6 + i % 2))]
            var nov = Fixtures.run("n\(i)", started: Self.day(11, i))
            nov.steps[0].answers = [.init("ease", Double(2 + i % 2))]
            runs += [oct, nov]
        }
        let report = Fixtures.builder().build(runs)
        let change = try #require(report.scenarios.first?.changes.first { $0.question == "ease" })
        #expect(change.metric == .score && change.step == "find" && change.kind == .regression)
        let text = TextRenderer(width: 100).render(report)
        #expect(text.contains("score ease"))
        #expect(text.contains("6.5 → 2.5"))
    }

    @Test func surveyChangesAreTestedAndShown() throws {
        var runs: [RunSummary] = []
        for i in 0..<30 {
            runs.append(Fixtures.run("o\(i)", started: Self.day(10, i),
                                     survey: [.init("rec", 10), .init("sat", 5), .init("effort", 6)]))
            runs.append(Fixtures.run("n\(i)", started: Self.day(11, i),
                                     survey: [.init("rec", Double(i % 3 == 0 ? 9 : 3)), .init("sat", Double(i % 3 == 0 ? 5 : 2)),
                                              .init("effort", Double(2 + i % 2))]))
        }
        let report = Fixtures.builder().build(runs)
        let changes = try #require(report.scenarios.first?.changes)
        for metric in [MetricKind.nps, .csat, .ces] {
            let change = try #require(changes.first { $0.metric == metric }, "\(metric)")
            #expect(change.kind == .regression && change.step == nil)
        }
        let text = TextRenderer(width: 120).render(report)
        #expect(text.contains("NPS"))
        #expect(text.contains("+100 → -33"))
        #expect(text.contains("100% → 33%"))
    }
}
