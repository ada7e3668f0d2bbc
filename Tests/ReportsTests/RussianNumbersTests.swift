@testable import Reports
import ShopperCore
import Testing

/// One decimal separator per language: a comma in every number a Russian reader sees (text,
/// Markdown, HTML, `shopper touchpoints`), the point in English; durations in the language's units.
@Suite struct RussianNumbersTests {
    static let report = RenderingTests.report()

    @Test func decimalsTakeACommaInRussianAndAPointInEnglish() {
        let ru = ReportStrings(.ru), en = ReportStrings(.en)
        #expect(ru.decimal(6.25, 1) == "6,3" && en.decimal(6.25, 1) == "6.3")
        #expect(ru.decimal(nil, 1) == "–")
        #expect(ru.q(0.0004) == "q<0,001" && en.q(0.0004) == "q<0.001")
        #expect(ru.share(0.5, low: 0.25, high: 0.75) == en.share(0.5, low: 0.25, high: 0.75))  // whole percentages
    }

    /// Numbers with a decimal point (`7.0`, `q=0.004`) outside code spans, ids and markup.
    static func pointedNumbers(_ text: String) -> [String] {
        // A number is a run of digits, a point and digits, standing alone (not in `v1.2.3`, a
        // path, a colour or an id).
        text.split(whereSeparator: { " |()→±\n".contains($0) }).map(String.init).filter { word in
            let parts = word.split(separator: ".", omittingEmptySubsequences: false)
            return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
        }
    }

    @Test func textAndMarkdownInRussianHaveNoDecimalPoint() {
        let text = TextRenderer(width: 120, language: .ru).render(Self.report)
        let markdown = MarkdownRenderer.render(Self.report, language: .ru)
        #expect(Self.pointedNumbers(text).isEmpty, "\(Self.pointedNumbers(text))")
        #expect(text.contains(","))
        #expect(Self.pointedNumbers(markdown).isEmpty, "\(Self.pointedNumbers(markdown))")
        // English keeps the point.
        #expect(!Self.pointedNumbers(TextRenderer(width: 120).render(Self.report)).isEmpty)
    }
}
