import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The renderers of `shopper testers`: the JSON contract, CSV, Markdown and text within 80
/// columns with long names wrapped, never cut.
@Suite struct TestersRenderingTests {
    static let longName = "Анна-Мария Константинопольская-Рождественская фон Гогенцоллерн-Зигмаринген"

    static let calibration = TesterCalibration(unit: .month, alpha: 0.05, rows: [
        TesterRow(tester: longName, scenario: "bus-tickets-prague", runs: 7,
                  leniency: Leniency(mean: 1.85, low: 0.93, high: 2.77, n: 6, p: 0.004),
                  shopLeniency: Leniency(mean: 0.12, low: -0.09, high: 0.33, n: 7, p: 0.19),
                  q: 0.0394, flagged: .higher, runsWithNotes: 3, runsWithBarriers: 2),
        TesterRow(tester: "Boris | <b>", scenario: "bus-tickets-prague", runs: 6,
                  leniency: Leniency(mean: -10, low: -10, high: -10, n: 6, p: nil),
                  shopLeniency: Leniency(mean: -0.5, low: nil, high: nil, n: 1, p: nil),
                  q: 0.5, flagged: nil, runsWithNotes: 0, runsWithBarriers: 0),
        TesterRow(tester: "Eve", scenario: "shop", runs: 1),
        TesterRow(tester: "=cmd()", scenario: "shop", runs: 0),
    ], countedRuns: 14)

    @Test func jsonIsTheDocumentedContractWithNullsWhereUndefined() throws {
        let text = TestersRenderer.json(Self.calibration)
        #expect(!text.contains("nan") && !text.contains("inf"))
        let value = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let rows = try #require(value["testers"] as? [[String: Any]])
        #expect(rows.count == 4)
        let first = rows[0]
        #expect(first["tester"] as? String == Self.longName)
        #expect(first["flagged"] as? String == "higher")
        #expect(first["q"] as? Double == 0.0394)
        #expect(isClose(first["notes_share"] as? Double, 3.0 / 7, relative: 1e-5))
        let lenient = try #require(first["leniency"] as? [String: Any])
        #expect(lenient["mean"] as? Double == 1.85 && lenient["n"] as? Int == 6)
        let single = try #require(rows[1]["shop_leniency"] as? [String: Any])
        #expect(single["low"] is NSNull && single["high"] is NSNull && single["n"] as? Int == 1)
        #expect(rows[1]["flagged"] is NSNull)
        let eve = rows[2]
        #expect(eve["q"] is NSNull && eve["flagged"] is NSNull)
        let none = try #require(eve["leniency"] as? [String: Any])
        #expect(none["mean"] is NSNull && none["low"] is NSNull && none["high"] is NSNull && none["n"] as? Int == 0)
        // No runs: the shares are undefined, not 0.
        #expect(rows[3]["notes_share"] is NSNull && rows[3]["barriers_share"] is NSNull)
        // Keys in the documented order.
        let keys = ["\"tester\"", "\"scenario\"", "\"runs\"", "\"leniency\"", "\"shop_leniency\"", "\"flagged\"",
                    "\"q\"", "\"notes_share\"", "\"barriers_share\""]
        let firstObject = String(text[..<text.range(of: "},\n    {")!.lowerBound])
        let positions = keys.map { firstObject.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func jsonNeverWritesNonFiniteNumbers() {
        let odd = TesterCalibration(unit: .week, alpha: 0.05, rows: [
            TesterRow(tester: "x", scenario: "s", runs: 2,
                      leniency: Leniency(mean: .nan, low: -.infinity, high: .infinity, n: 2, p: nil), q: .nan),
        ], countedRuns: 2)
        let text = TestersRenderer.json(odd)
        #expect(!text.contains("nan") && !text.contains("inf"))
        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil)
    }

    @Test func csvHasOneRowPerTesterAndScenario() {
        let lines = TestersRenderer.csv(Self.calibration).components(separatedBy: "\r\n")
        #expect(lines.count == 6 && lines.last == "")
        #expect(lines[0] == TestersRenderer.csvHeader.joined(separator: ","))
        #expect(lines[1].hasPrefix("\(Self.longName),bus-tickets-prague,7,1.85,0.93,2.77,6,0.12,-0.09,0.33,7,higher,0.0394,"))
        #expect(lines[3] == "Eve,shop,1,,,,0,,,,0,,,0,0")
        // A name that a spreadsheet would run as a formula is defused.
        #expect(lines[4].hasPrefix("'=cmd(),shop,0,"))
    }

    @Test func markdownEscapesNamesAndListsBarrierlessTesters() {
        let text = TestersRenderer.markdown(Self.calibration)
        #expect(text.hasPrefix("# Tester calibration\n"))
        #expect(text.contains("## `bus-tickets-prague`"))
        #expect(text.contains("| Boris \\| &lt;b&gt; | 6 |"))
        #expect(text.contains("▲ marks higher than others, q=0.039 |"))
        #expect(text.contains("- Boris \\| &lt;b&gt;: never recorded a barrier in 6 runs"))
        #expect(!text.contains("- Eve"))
    }

    @Test func textFitsTheWidthAndWrapsLongNamesWithoutCuttingThem() {
        for language in [Language.en, .ru] {
            let text = TestersTextRenderer(width: 80, language: language).render(Self.calibration)
            for line in text.split(separator: "\n") {
                #expect(TextLayout.width(String(line)) <= 80, "\(line)")
            }
            #expect(!text.contains("…"))
            // Every word of the long name is there, in order.
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
            let joined = words.joined(separator: " ")
            #expect(joined.contains("Анна-Мария"))
            #expect(joined.contains("Зигмаринген"))
        }
        let english = TestersTextRenderer(width: 80).render(Self.calibration)
        #expect(english.contains("▲ marks higher than others, q=0.039"))
        #expect(english.contains("+1.9 ±0.9 (6)"))
        #expect(english.contains("+12 ±21 (7)"))
        #expect(english.contains("-50 (1)"))
        #expect(english.contains("never recorded a barrier in 6 runs"))
        let russian = TestersTextRenderer(width: 80, language: .ru).render(Self.calibration)
        #expect(russian.contains("▲ оценивает выше других"))
        #expect(russian.contains("ни одного барьера за 6 прогонов"))
    }

    @Test func aLeniencyThatRoundsToZeroHasNoSign() {
        #expect(TestersTextRenderer.signed(0.04, 1) == "0.0")
        #expect(TestersTextRenderer.signed(-0.04, 1) == "0.0")
        #expect(TestersTextRenderer.signed(0.06, 1) == "+0.1")
        #expect(TestersTextRenderer.signed(-0.004, 0) == "0")
        #expect(TestersTextRenderer.signed(-2.5, 0) == "-3")
        #expect(TestersTextRenderer.leniency(Leniency(mean: 0.031, low: -0.05, high: 0.112, n: 4, p: 0.4), scale: 100, digits: 0)
            == "+3 ±8 (4)")
    }

    @Test func noRunsSaysSo() {
        let empty = TesterCalibration(unit: .month, alpha: 0.05, rows: [], countedRuns: 0)
        #expect(TestersTextRenderer().render(empty) == "Tester calibration · 0 runs, by month\nNo completed or abandoned runs match.\n")
        #expect(TestersRenderer.json(empty) == "{\n  \"testers\": []\n}\n")
    }
}
