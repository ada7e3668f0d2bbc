import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The league tables as each format shows them: the JSON contract's keys, one CSV row per value,
/// text within the width with long Cyrillic names and managers whole, Markdown and HTML escaped.
struct LeagueRenderingTests {
    static let longName = "Аптека № 128 на Административно-хозяйственной улице, Санкт-Петербург"
    static let longManager = "Екатерина Александровна Константинопольская-Верхнеднепровская"

    /// Five locations with 4 runs each in two months, one (b, a long Cyrillic name) far below, and
    /// one location (e) with 2 runs in November.
    static func report() -> Report {
        let registry = LocationRegistry(locations: [
            Location(id: "a", name: "Alpha <b>&", region: "north", manager: "Ann"),
            Location(id: "b", name: longName, region: "north", manager: longManager),
            Location(id: "c", name: "Charlie", region: "south"),
            Location(id: "d", name: "Delta", region: "south"),
            Location(id: "e", name: "Echo", region: "south"),
        ])
        var runs: [RunSummary] = []
        for month in [10, 11] {
            for (location, yes) in [("a", 9.0), ("b", 3.0), ("c", 8.5), ("d", 9.5)] {
                for i in 0..<4 {
                    runs.append(LeagueTableTests.run("\(location)\(month)\(i)", location, month: month,
                                                     yes: yes + Double(i % 2) * 0.5 - (month == 10 && location == "c" ? 2 : 0)))
                }
            }
        }
        runs += (0..<2).map { LeagueTableTests.run("e\($0)", "e", yes: 6) }
        var options = ReportOptions()
        options.segment = .context("location")
        options.filter = RunFilter(resolver: SegmentResolver(locations: registry))
        return Fixtures.builder(options).build(runs)
    }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    @Test func jsonSegmentsHaveTheDocumentedKeysInOrder() throws {
        let json = JSONRenderer.value(Self.report())
        guard case .array(let scenarios)? = json["scenarios"], case .array(let periods)? = scenarios.first?["periods"],
              case .array(let segments)? = periods.last?["segments"], case .object(let first)? = segments.first else {
            Issue.record("no segments in the JSON")
            return
        }
        #expect(Array(first.map(\.key).prefix(14)) == ["key", "value", "name", "runs", "pass", "shop", "completion", "time",
                                                       "nps", "rank", "rank_change", "below_programme", "q", "too_few"])
        #expect(first.map(\.key).dropFirst(14) == ["manager", "score", "tests"])
        #expect(segments.first?["value"] == .string("b") && segments.first?["below_programme"] == .bool(true))
        #expect(segments.first?["shop"]?["mean"] != nil && segments.first?["pass"]?["rate"] != nil)
        #expect(segments.first?["nps"]?["moe"] != nil && segments.first?["time"]?["geomean"] != nil)
        let e = try #require(segments.last)
        #expect(e["too_few"] == .bool(true) && e["rank"] == .null && e["q"] == .null && e["below_programme"] == .bool(false))
        #expect(periods.last?["runs_without_segment"] == .int(0))
        // October has its own table; a report without --by-segment has no `segments` key.
        #expect(periods.first?["segments"] != nil)
        let plain = JSONRenderer.value(Fixtures.builder().build(Fixtures.slowdown()))
        guard case .array(let plainScenarios)? = plain["scenarios"],
              case .array(let ps)? = plainScenarios.first?["periods"] else {
            Issue.record("no periods in the plain JSON")
            return
        }
        #expect(!ps.isEmpty && ps.allSatisfy { $0["segments"] == nil })
    }

    @Test func csvHasOneRowPerScenarioPeriodAndValue() throws {
        let csv = CSVRenderer.render(Self.report())
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let header = rows[0].split(separator: ",").map(String.init)
        #expect(header == CSVRenderer.header + CSVRenderer.segmentHeader)
        let keyColumn = try #require(header.firstIndex(of: "segment_key"))
        let segmentRows = rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .filter { $0.count > keyColumn && $0[keyColumn] == "location" }
        #expect(segmentRows.count == 4 + 5, "four values in October, five in November")
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count >= header.count })
        // Without --by-segment the header is the one documented before.
        let plain = CSVRenderer.render(Fixtures.builder().build(Fixtures.slowdown()))
        #expect(plain.hasPrefix(CSVRenderer.header.joined(separator: ",") + "\r\n"))
    }

    @Test(arguments: [80, 100, 160]) func textLeagueFitsTheWidthInBothLanguages(width: Int) {
        for language in Language.allCases {
            let text = TextRenderer(width: width, language: language).render(Self.report())
            for line in Self.lines(text) {
                #expect(TextLayout.width(line) <= width, "too wide at \(width) (\(language)): \(line)")
            }
            // The long name and manager are whole: every word is there.
            let words = Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
            for word in (Self.longName + " " + Self.longManager).split(separator: " ") where !word.contains("-") {
                #expect(words.contains(String(word)) || text.contains(word), "\(word) cut at \(width)")
            }
        }
    }

    @Test func textListsTheCurrentPeriodWorstFirstWithTheFlag() throws {
        let text = TextRenderer(width: 100, language: .en).render(Self.report())
        let start = try #require(text.range(of: "League table by location in 2026-11, worst first"))
        let table = String(text[start.upperBound...])
        let b = try #require(table.range(of: "Аптека"))
        let a = try #require(table.range(of: "Alpha"))
        #expect(b.lowerBound < a.lowerBound, "worst first")
        #expect(table.contains("too few runs to rank (under 3)"))
        #expect(table.contains("! b: shop score"))
        #expect(!text.contains("League table by location in 2026-10"), "only the current period in text")
        let russian = TextRenderer(width: 100, language: .ru).render(Self.report())
        #expect(russian.contains("Рейтинг по location в 2026-11, худшие сверху"))
        #expect(russian.contains("слишком мало прогонов для рейтинга"))
    }

    @Test func namesFromTheRegistryCannotDriveTheTerminal() {
        var runs = (0..<3).map { LeagueTableTests.run("x\($0)", "x", yes: 9) }
        runs += (0..<3).map { LeagueTableTests.run("y\($0)", "y", yes: 5) }
        let registry = LocationRegistry(locations: [
            Location(id: "x", name: "Evil\u{1B}[2J\u{1B}]0;title\u{07} shop", manager: "Mgr\u{1B}[31m"),
            Location(id: "y", name: "Plain"),
        ])
        var options = ReportOptions()
        options.segment = .context("location")
        options.filter = RunFilter(resolver: SegmentResolver(locations: registry))
        let report = Fixtures.builder(options).build(runs)
        for text in [TextRenderer(width: 80).render(report), MarkdownRenderer.render(report), HTMLRenderer.render(report)] {
            #expect(!text.contains("\u{1B}"))
            #expect(text.contains("Evil"))
        }
    }

    @Test func aCurrentPeriodWithoutRunsHasNoLeagueTableAndSaysSo() throws {
        var options = try ReportOptions.make(unit: nil, baseline: "2026-10", current: "2026-12")
        options.segment = .context("location")
        let report = Fixtures.builder(options).build((0..<3).map { LeagueTableTests.run("o\($0)", "a", month: 10, yes: 9) })
        let text = TextRenderer(width: 80).render(report)
        #expect(text.contains("no runs in 2026-12: no league table"))
        #expect(!text.contains("League table by location"))
        #expect(report.scenarios.first?.periods.first?.league?.rows.count == 1, "JSON and CSV keep October's")
    }

    @Test func theHintSaysTheLevelAsGiven() {
        let strings = ReportStrings(.en)
        #expect(strings.leagueHint(byShop: true, alpha: 0.005).hasSuffix("(one-sided, q < 0.005)"))
        #expect(strings.leagueHint(byShop: false, alpha: 0.1).hasSuffix("(one-sided, q < 0.1)"))
        #expect(strings.leagueHint(byShop: true, alpha: 0.05).hasPrefix("ranked by shop score, then pass rate"))
    }

    @Test func markdownAndHTMLShowTheTableEscaped() {
        let markdown = MarkdownRenderer.render(Self.report(), language: .en)
        #expect(markdown.contains("### League table by location in 2026-11, worst first"))
        #expect(markdown.contains("Alpha &lt;b&gt;&amp; (a) · Ann"))
        // b: yes 3, 3.5, 3, 3.5 of 10 → 32.5% (shown 32%: the sum 0.3 + 0.35 + 0.3 + 0.35 is 1.2999999999999998 in binary);
        // the rest: a 9/9.5, c 8.5/9, d 9.5/10 (4 runs each), e 6 (2 runs) → 123/140 = 88%.
        #expect(markdown.contains("| **!** shop score 32% vs 88% for the rest, q&lt;0.001 |"))
        let html = HTMLRenderer.render(Self.report(), language: .ru)
        #expect(html.contains("<table class=\"league\">"))
        #expect(html.contains("<svg class=\"chart league\""))
        #expect(html.contains("Alpha &lt;b&gt;&amp;"))
        #expect(!html.contains("Alpha <b>"))
        #expect(html.contains("class=\"dot below\""))
        let plain = HTMLRenderer.render(Fixtures.builder().build(Fixtures.slowdown()))
        #expect(!plain.contains("league"))
    }
}
