import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Text output laid out for the terminal's width: owners and barriers wrap instead of being cut,
/// and no line passes the width (issue 7: `Payments lead, E-comm…` on a 160-column terminal).
@Suite struct TextWidthTests {
    static let longOwner = "Payments lead, E-commerce team and the Administrative-economic department"

    static func report() -> Report {
        var registry = Fixtures.registry
        registry.touchpoints[0].owner = longOwner
        registry.touchpoints[1].owner = "Руководитель контакт-центра, Административно-хозяйственный отдел"
        return ReportBuilder(scenarios: ["shop": Fixtures.scenario], registry: registry).build(Fixtures.slowdown())
    }

    static func words(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    static func lines(_ text: String) -> [String] { text.split(separator: "\n").map(String.init) }

    @Test(arguments: [80, 100, 160]) func noLineIsWiderThanTheWidth(width: Int) {
        for language in Language.allCases {
            let outputs = [TextRenderer(width: width, language: language).render(Self.report()),
                           TouchpointsRenderer.render(Self.report(), width: width, language: language)]
            for line in outputs.flatMap(Self.lines) {
                #expect(TextLayout.width(line) <= width, "too wide at \(width) (\(language)): \(line)")
            }
        }
    }

    @Test func ownersAreWholeOnOneLineAt160Columns() {
        let touchpoints = TouchpointsRenderer.render(Self.report(), width: 160)
        let text = TextRenderer(width: 160).render(Self.report())
        #expect(touchpoints.contains(Self.longOwner))
        #expect(text.contains(Self.longOwner))
        #expect(!touchpoints.contains("…") && !text.contains("…"))
    }

    @Test(arguments: [80, 100]) func ownersWrapAndKeepEveryWordAtNarrowWidths(width: Int) {
        for language in Language.allCases {
            let touchpoints = TouchpointsRenderer.render(Self.report(), width: width, language: language)
            let text = TextRenderer(width: width, language: language).render(Self.report())
            for output in [touchpoints, text] {
                #expect(!output.contains("…"), "cut at \(width): \(output)")
                // Every word of the owner is there, in order (a hyphenated word may break after its hyphen).
                let joined = Self.words(output).joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
                #expect(joined.contains(Self.longOwner), "owner lost at \(width)")
            }
        }
    }

    @Test func wrappedContinuationLinesStartUnderTheOwnerColumn() {
        let lines = Self.lines(TouchpointsRenderer.render(Self.report(), width: 80))
        let first = try! #require(lines.firstIndex { $0.contains("Payments lead") })
        let column = TextLayout.width(String(lines[first].prefix { _ in true }.components(separatedBy: "Payments lead")[0]))
        let next = lines[first + 1]
        #expect(next.prefix(column).allSatisfy { $0 == " " } && next.dropFirst(column).first != " ")
    }

    @Test func importanceAndPriorityAreWordsWhereTheWidthAllows() {
        #expect(TouchpointsRenderer.render(Self.report(), width: 160).contains("importance priority"))
        #expect(TouchpointsRenderer.render(Self.report(), width: 160, language: .ru).contains("важность приоритет"))
        #expect(TextRenderer(width: 120).render(Self.report()).contains("importance priority"))
        #expect(TouchpointsRenderer.render(Self.report(), width: 80).contains("imp  prio"))
    }

    @Test func wrappedBreaksAtSpacesThenHyphensThenAnywhere() {
        #expect(TextLayout.wrapped("one two three", to: 7) == ["one two", "three"])
        #expect(TextLayout.wrapped("Административно-хозяйственный отдел", to: 20) == ["Административно-", "хозяйственный отдел"])
        #expect(TextLayout.wrapped("abcdefghij", to: 4) == ["abcd", "efgh", "ij"])
        #expect(TextLayout.wrapped("", to: 5) == [""])
        #expect(TextLayout.hanging("ab ", "short", width: 80) == ["ab short"])
    }
}

/// One Russian duration style in reports (issue 7: `16m34s` and `цель 3m` in Russian reports while
/// the runner says `40 мин`).
@Suite struct RussianDurationsInReportsTests {
    /// A Latin duration: digits followed by h, m or s.
    static func hasLatinDuration(_ text: String) -> Bool {
        text.range(of: #"\b\d+(\.\d)?[hms]\b|\d[hm]\d"#, options: .regularExpression) != nil
    }

    @Test func russianReportsSayDurationsInRussian() {
        let report = ReportBuilder(scenarios: ["shop": Fixtures.scenario], registry: Fixtures.registry).build(Fixtures.slowdown())
        for format in [ReportFormat.text, .markdown, .html] {
            let text = format.render(report, language: .ru)
            #expect(!Self.hasLatinDuration(text), "\(format): Latin duration in Russian")
            #expect(text.contains(" с") || text.contains(" мин"), "\(format): no Russian duration")
        }
        let english = ReportFormat.text.render(report, language: .en)
        #expect(Self.hasLatinDuration(english))
    }

    @Test func runDetailTargetsAreInRussian() {
        var run = Run(id: "20261101T100000Z-anna", scenario: "shop", scenarioVersion: 1, tester: "Анна",
                      started: Fixtures.date("2026-11-01T10:00:00Z"), status: .abandoned)
        run.steps = [StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .done, seconds: 30)]
        var scenario = Fixtures.scenario
        scenario.steps[1].target = 180
        let text = RunDetailRenderer.render(run, scenario: scenario, language: .ru)
        #expect(text.contains("цель 3 мин"))
        #expect(text.contains("прерван"))
        #expect(!text.contains("заброшен"))
    }

    @Test(arguments: [(1, "+1 незавершённый не учтён"), (2, "+2 незавершённых не учтены"), (5, "+5 незавершённых не учтены"),
                      (21, "+21 незавершённый не учтён"), (11, "+11 незавершённых не учтены")])
    func inProgressCountAgreesWithItsWords(count: Int, text: String) {
        #expect(ReportStrings(.ru).header(unit: .month, counted: 3, inProgress: count).contains("(\(text))"))
    }

    @Test func columnHeadsAreWordsNotAbbreviations() {
        let strings = ReportStrings(.ru)
        for head in strings.periodColumns + strings.stepColumns + strings.runColumns {
            #expect(!["прог.", "поп.", "чек-л", "бар"].contains(head))
        }
        let text = TextRenderer(language: .ru).render(TextWidthTests.report())
        #expect(text.contains("прогоны") && text.contains("попытки") && text.contains("чек-лист"))
    }
}

/// Number and duration text in reports is total: a huge, negative, NaN or infinite value gives
/// text, never a trap (issue 7, item 1: formatting `1e19` seconds ended the process with SIGILL).
@Suite struct TextLayoutTotalityTests {
    static let hostile: [Double] = [1e19, -1e19, 1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                    .infinity, -.infinity, .nan, 9.999999e14, 0x1p63]

    @Test(arguments: hostile) func numberFormatsGiveText(value: Double) {
        for digits in [0, 1, 3] { #expect(!TextLayout.formatted(value, digits).isEmpty) }
        #expect(!TextLayout.percent(value).isEmpty)
        #expect(!TextLayout.signed(value, 0).isEmpty)
        #expect(!TextLayout.seconds(value).isEmpty)
        #expect(!TextLayout.seconds(value, language: .ru).isEmpty)
        #expect(!TextLayout.pValue(value).isEmpty)
        #expect(TextLayout.sparkline([value, 0, 1, nil]).count == 4)
        #expect(TextLayout.sparkline([-.greatestFiniteMagnitude, value, .greatestFiniteMagnitude]).count == 3)
        _ = TextLayout.wholeNumber(value)
    }

    @Test func formattedKeepsOrdinaryValuesAndWritesHugeOnesWhole() {
        #expect(TextLayout.formatted(3.25, 1) == "3.3")
        #expect(TextLayout.formatted(-0.04, 1) == "-0.0" || TextLayout.formatted(-0.04, 1) == "0.0")
        #expect(TextLayout.formatted(1e19, 1) == "1e+19")
        #expect(TextLayout.formatted(2e15, 2) == "2000000000000000")
        #expect(TextLayout.percent(1e13) == "1000000000000000%")
        #expect(TextLayout.wholeNumber(.nan) == 0)
        #expect(TextLayout.wholeNumber(1e300) == 1_000_000_000_000_000_000)
    }

    @Test func aRunOfHugeTimesRendersInEveryFormat() {
        let runs = (0..<3).map { i in
            Fixtures.run("r\(i)", started: "2026-11-0\(i + 1)T10:00:00Z", findSeconds: 1e19, paySeconds: .greatestFiniteMagnitude)
        }
        let report = Fixtures.builder().build(runs)
        for format in ReportFormat.allCases {
            for language in Language.allCases { #expect(!format.render(report, language: language).isEmpty) }
        }
        #expect(!TouchpointsRenderer.render(report).isEmpty)
        #expect(!RunListRenderer.render(runs.map { var r = $0; r.steps[0].seconds = 1e19; return r }).isEmpty)
    }
}
