/// A scripted terminal for tests: reads return `input` in order, writes are captured in `output`
/// (mode changes write the same escapes `PosixTerminal` does), the size is settable.
public final class FakeTerminal: Terminal {
    /// Results for the coming reads, first to last.
    public var input: [TerminalInput]
    /// What reads return once `input` is used up.
    public var whenExhausted: TerminalInput
    /// Everything written so far.
    public private(set) var output = ""
    public var size: TerminalSize
    public var isTTY: Bool
    /// When true, `enterRawMode()` throws `TerminalError.notATerminal`.
    public var rawModeFails = false
    public private(set) var isRawMode = false
    public private(set) var isCursorHidden = false
    public private(set) var isAlternateScreen = false
    /// The timeout of every read, in order.
    public private(set) var readTimeouts: [Duration?] = []

    public init(
        input: [TerminalInput] = [], whenExhausted: TerminalInput = .endOfInput,
        size: TerminalSize = .fallback, isTTY: Bool = true
    ) {
        self.input = input
        self.whenExhausted = whenExhausted
        self.size = size
        self.isTTY = isTTY
    }

    /// Queues `text` as one read of its UTF-8 bytes.
    public func type(_ text: String) {
        input.append(.bytes(Array(text.utf8)))
    }

    /// Forgets the output captured so far.
    public func clearOutput() {
        output = ""
    }

    public func write(_ text: String) {
        output += text
    }

    public func read(timeout: Duration?) -> TerminalInput {
        readTimeouts.append(timeout)
        return input.isEmpty ? whenExhausted : input.removeFirst()
    }

    public func enterRawMode() throws {
        if rawModeFails { throw TerminalError.notATerminal }
        isRawMode = true
    }

    public func leaveRawMode() {
        isRawMode = false
    }

    public func hideCursor() {
        isCursorHidden = true
        write(ANSI.hideCursor)
    }

    public func showCursor() {
        isCursorHidden = false
        write(ANSI.showCursor)
    }

    public func enterAlternateScreen() {
        isAlternateScreen = true
        write(ANSI.enterAlternateScreen)
    }

    public func leaveAlternateScreen() {
        isAlternateScreen = false
        write(ANSI.leaveAlternateScreen)
    }
}
