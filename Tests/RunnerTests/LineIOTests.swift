import Runner
import Testing

@Suite struct LineIOTests {
    @Test(arguments: [("", Command.enter), ("  ", .enter), ("s", .skip), ("S", .skip), ("f", .fail), ("b", .barrier),
                      ("n", .note), ("p", .pause), ("q", .quit), ("?", .help), ("ы", .skip), ("й", .quit),
                      ("done", .unknown("done"))])
    func linesMapToCommands(line: String, command: Command) {
        #expect(LineIO.command(forLine: line) == command)
    }

    @Test func controlCharactersAreMadeVisible() {
        #expect(VisibleText.make("a\u{1B}[2Jb") == "a\u{241B}[2Jb")
        #expect(VisibleText.make("bell\u{07}\tx\u{7F}\u{9B}") == "bell\u{2407} x\u{2421}\u{FFFD}")
        #expect(VisibleText.make("right\u{202E}left") == "right\u{FFFD}left")
        #expect(VisibleText.make("Привет 👋\nok") == "Привет 👋\nok")
    }

    @Test func readsLinesDroppingCarriageReturnsAndEndsWithNil() {
        var out: [String] = []
        let io = LineIO(lines: ["first\r", ""], transcript: { out.append($0) })
        #expect(io.ask("Name:") == "first")
        #expect(io.command(.briefing) == .enter)
        #expect(io.command(.briefing) == nil)
        io.show(["two\nlines\u{1B}"])
        #expect(out == ["Name:", "two", "lines\u{241B}"])
    }
}
