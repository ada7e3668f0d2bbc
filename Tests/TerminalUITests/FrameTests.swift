import Testing
import TerminalUI

@Suite struct FrameTests {
    private let home = "\u{1B}[H", clearLine = "\u{1B}[2K", clearBelow = "\u{1B}[J"

    @Test func frameHomesClearsEachLineAndClearsBelow() {
        let lines: [StyledText] = [StyledText("Шаг 1", style: .bold), "00:05"]
        let frame = Frame.frame(lines, size: TerminalSize(columns: 20, rows: 5), colour: true)
        #expect(frame == home + clearLine + "\u{1B}[1mШаг 1\u{1B}[0m" + "\r\n" + clearLine + "00:05" + "\r\n" + clearBelow)
    }

    @Test func frameWithoutColourHasNoSGR() {
        let frame = Frame.frame([StyledText("x", style: .foreground(.red))], size: .fallback, colour: false)
        #expect(frame == home + clearLine + "x" + "\r\n" + clearBelow)
    }

    @Test func frameCutsLinesToWidthAndRows() {
        let lines: [StyledText] = ["日本語のテキスト", "два", "три"]
        let frame = Frame.frame(lines, size: TerminalSize(columns: 6, rows: 2), colour: false)
        #expect(frame == home + clearLine + "日本…" + "\r\n" + clearLine + "два")
    }

    @Test func frameSanitizesLineTextToOneLine() {
        let frame = Frame.frame(["a\u{1B}]0;pwned\u{07}b\nc"], size: .fallback, colour: false)
        #expect(frame == home + clearLine + "ab c" + "\r\n" + clearBelow)
    }

    @Test func emptyFrameClearsTheScreen() {
        #expect(Frame.frame([], size: .fallback, colour: true) == home + clearBelow)
    }

    @Test func plainWritesTextOnlyWithoutEscapes() {
        let lines: [StyledText] = [StyledText("Шаг 1", style: .bold), StyledText("\u{1B}[2Jнет", style: .dim)]
        #expect(Frame.plain(lines) == "Шаг 1\nнет\n")
    }
}
