import Runner
import Testing

@Suite struct LineIOTests {
    @Test(arguments: [("", Command.enter), ("  ", .enter), ("s", .skip), ("S", .skip), ("f", .fail), ("b", .barrier),
                      ("n", .note), ("p", .pause), ("q", .quit), ("?", .help), ("ы", .skip), ("й", .quit),
                      ("done", .unknown("done"))])
    func linesMapToCommands(line: String, command: Command) {
        #expect(LineIO.command(forLine: line) == command)
    }

    @Test func shownTextIsSanitizedKeepingNewlines() {
        var out: [String] = []
        let io = LineIO(lines: [], transcript: { out.append($0) })
        io.show(["a\u{1B}[2Jb\u{1B}]0;PWNED\u{07}c", "bell\u{07}\tx\u{7F}\u{9B}31m", "right\u{202E}left",
                 "Привет 👋\nok\r\nend"])
        #expect(out == ["abc", "bell^G  x^?", "rightleft", "Привет 👋", "ok", "end"])
    }

    @Test func readsLinesDroppingCarriageReturnsAndEndsWithNil() {
        var out: [String] = []
        let io = LineIO(lines: ["first\r", ""], transcript: { out.append($0) })
        #expect(io.ask("Name:") == "first")
        #expect(io.command(.briefing) == .enter)
        #expect(io.command(.briefing) == nil)
        io.show(["two\nlines\u{1B}"])
        #expect(out == ["Name:", "two", "lines"])
    }
}
