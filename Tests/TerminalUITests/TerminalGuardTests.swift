import Testing
import TerminalUI

@Suite struct TerminalGuardTests {
    private struct Boom: Error {}

    @Test func fullScreenEntersModesAndLeavesThemInReverseOrder() throws {
        let terminal = FakeTerminal()
        let seenInside = try TerminalGuard.withFullScreen(terminal) {
            (terminal.isRawMode, terminal.isAlternateScreen, terminal.isCursorHidden, terminal.output)
        }
        #expect(seenInside == (true, true, true, "\u{1B}[?1049h\u{1B}[?25l"))
        #expect(terminal.output == "\u{1B}[?1049h\u{1B}[?25l" + "\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
        #expect(!terminal.isRawMode && !terminal.isAlternateScreen && !terminal.isCursorHidden)
    }

    @Test func fullScreenRestoresWhenBodyThrows() {
        let terminal = FakeTerminal()
        #expect(throws: Boom.self) {
            try TerminalGuard.withFullScreen(terminal) { throw Boom() }
        }
        #expect(!terminal.isRawMode && !terminal.isAlternateScreen && !terminal.isCursorHidden)
        #expect(terminal.output.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"))
    }

    @Test func fullScreenRestoresWhenAsyncBodyThrows() async {
        let terminal = FakeTerminal()
        await #expect(throws: Boom.self) {
            try await TerminalGuard.withFullScreen(terminal) { () async throws -> Void in throw Boom() }
        }
        #expect(!terminal.isRawMode && !terminal.isAlternateScreen && !terminal.isCursorHidden)
    }

    @Test func failedRawModeWritesNothing() {
        let terminal = FakeTerminal()
        terminal.rawModeFails = true
        #expect(throws: TerminalError.notATerminal) {
            try TerminalGuard.withFullScreen(terminal) {}
        }
        #expect(terminal.output == "")
    }

    @Test func optionsSkipAlternateScreenAndCursor() throws {
        let terminal = FakeTerminal()
        try TerminalGuard.withFullScreen(terminal, alternateScreen: false, hideCursor: false) {
            #expect(terminal.isRawMode)
        }
        #expect(terminal.output == "\u{1B}[0m")
    }
}

@Suite struct FakeTerminalTests {
    @Test func readsReturnScriptedInputThenTheExhaustedResult() {
        let terminal = FakeTerminal(input: [.resized], whenExhausted: .timedOut)
        terminal.type("ы")
        #expect(terminal.read(timeout: .milliseconds(100)) == .resized)
        #expect(terminal.read(timeout: nil) == .bytes([0xD1, 0x8B]))
        #expect(terminal.read(timeout: .seconds(1)) == .timedOut)
        #expect(terminal.readTimeouts == [.milliseconds(100), nil, .seconds(1)])
    }
}
