import ShopperCore

/// What a line source gives `LineIO`: a line (without its newline), nothing within the time asked,
/// the end of input, or an interruption (a termination signal: the session saves and leaves).
public enum LineInput: Sendable, Hashable {
    case line(String)
    case timedOut
    case endOfInput
    case interrupted
}

/// Line mode: each prompt is a line, each answer a line. No cursor movement, no colour; shown text
/// goes through `Sanitizer` (escape sequences dropped, other controls made visible, newlines
/// kept). Reading and writing are injected, so tests feed lines from memory and the command wires
/// standard input and output.
///
/// While a step runs, `command` waits at most `tickInterval` for a line and otherwise returns
/// `.tick`, so the session saves the running step's time; on the other screens and in `ask` it
/// waits as long as it takes. An interruption makes `command` return `.quit` and `ask` nil (the
/// session saves the run as in progress and says where), and so does every read after it.
public final class LineIO: RunnerIO {
    private static let sanitizer = Sanitizer()
    private let read: (Duration?) -> LineInput
    private let writeLine: (String) -> Void
    /// How long a running step waits for a line before `.tick`.
    public let tickInterval: Duration
    private var interrupted = false

    /// A source that can time out and be interrupted: `read(timeout)` waits at most `timeout`
    /// (nil: no limit) for the next line.
    public init(read: @escaping (Duration?) -> LineInput, writeLine: @escaping (String) -> Void,
                tickInterval: Duration = .seconds(5)) {
        self.read = read
        self.writeLine = writeLine
        self.tickInterval = tickInterval
    }

    /// A source that blocks until a line or the end of input (nil), and never times out.
    public convenience init(readLine: @escaping () -> String?, writeLine: @escaping (String) -> Void) {
        self.init(read: { _ in readLine().map(LineInput.line) ?? .endOfInput }, writeLine: writeLine)
    }

    /// A line source and a transcript in memory (for tests).
    public convenience init(lines: [String], transcript: @escaping (String) -> Void = { _ in }) {
        var remaining = lines[...]
        self.init(readLine: { remaining.popFirst() }, writeLine: transcript)
    }

    public func show(_ lines: [String]) {
        for line in lines {
            for piece in Self.sanitizer.sanitize(line).split(separator: "\n", omittingEmptySubsequences: false) {
                writeLine(String(piece))
            }
        }
    }

    public func ask(_ prompt: String) -> String? {
        show([prompt])
        switch next(timeout: nil) {
        case .line(let line): return line
        case .timedOut, .endOfInput, .interrupted: return nil
        }
    }

    public func command(_ screen: Screen) -> Command? {
        var running: Bool {
            if case .running = screen { return true }
            return false
        }
        switch next(timeout: running ? tickInterval : nil) {
        case .line(let line): return Self.command(forLine: line)
        case .timedOut: return .tick
        case .interrupted: return .quit
        case .endOfInput: return nil
        }
    }

    /// The command a line stands for: empty = Enter; `s`, `f`, `b`, `n`, `p`, `q`, `?` (also `h`, `help`),
    /// in either case, and the same keys typed with a Russian keyboard layout (ы а и т з й).
    public static func command(forLine line: String) -> Command {
        let text = line.trimmingWhitespace
        switch text.lowercased() {
        case "": return .enter
        case "s", "ы": return .skip
        case "f", "а": return .fail
        case "b", "и": return .barrier
        case "n", "т": return .note
        case "p", "з": return .pause
        case "q", "й": return .quit
        case "?", "h", "help": return .help
        default: return .unknown(text)
        }
    }

    /// The next input: a line without trailing carriage returns, `.timedOut` only when `timeout`
    /// is set (without one, a source's timeout is waited through), and `.interrupted` from the
    /// first interruption on.
    private func next(timeout: Duration?) -> LineInput {
        while !interrupted {
            switch read(timeout) {
            case .line(var line):
                while line.hasSuffix("\r") { line.removeLast() }
                return .line(line)
            case .timedOut:
                if timeout != nil { return .timedOut }
            case .endOfInput:
                return .endOfInput
            case .interrupted:
                interrupted = true
            }
        }
        return .interrupted
    }
}
