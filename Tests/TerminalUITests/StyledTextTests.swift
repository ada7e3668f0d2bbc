import ShopperCore
import Testing
import TerminalUI

@Suite struct StyledTextTests {
    @Test func rendersSGROnlyWithColour() {
        var text = StyledText("Шаг 2 ", style: .bold)
        text.append("00:42", style: .foreground(.green))
        text.append(" осталось")
        #expect(text.render(colour: true)
            == "\u{1B}[1mШаг 2 \u{1B}[0m\u{1B}[32m00:42\u{1B}[0m осталось")
        #expect(text.render(colour: false) == "Шаг 2 00:42 осталось")
    }

    @Test func combinesAttributesAndColourInOneEscape() {
        let style = Style(bold: true, dim: true, underline: true, reverse: true, foreground: .gray)
        #expect(StyledText("x", style: style).render(colour: true) == "\u{1B}[1;2;4;7;90mx\u{1B}[0m")
    }

    @Test(arguments: [
        (Colour.red, 31), (.green, 32), (.yellow, 33), (.blue, 34), (.magenta, 35), (.cyan, 36), (.gray, 90),
    ])
    func eachColourHasItsForegroundCode(colour: Colour, code: Int) {
        #expect(StyledText("x", style: .foreground(colour)).render(colour: true) == "\u{1B}[\(code)mx\u{1B}[0m")
    }

    @Test func plainTextHasNoEscapesEvenWithColour() {
        let text: StyledText = "просто текст"
        #expect(text.render(colour: true) == "просто текст")
    }

    @Test func adjacentSpansWithTheSameStyleMerge() {
        let text = StyledText("a", style: .bold) + StyledText("b", style: .bold) + StyledText("")
        #expect(text.spans == [StyledText.Span("ab", style: .bold)])
    }

    @Test func widthIsDisplayWidthOfAllSpans() {
        let text = StyledText("日本", style: .bold) + StyledText(" Да 👍")
        #expect(text.width == 10)
    }

    @Test func truncatedKeepsStylesAndEndsWithEllipsis() {
        let text = StyledText("Шаг ", style: .bold) + StyledText("длинное название", style: .foreground(.cyan))
        let cut = text.truncated(to: 8)
        #expect(cut.plainText == "Шаг дли…")
        #expect(cut.spans == [
            StyledText.Span("Шаг ", style: .bold), StyledText.Span("дли…", style: .foreground(.cyan)),
        ])
        #expect(text.truncated(to: 100) == text)
    }

    @Test func paddedAddsPlainSpaces() {
        let padded = StyledText("日", style: .reverse).padded(to: 5)
        #expect(padded.width == 5)
        #expect(padded.render(colour: true) == "\u{1B}[7m日\u{1B}[0m   ")
    }
}
