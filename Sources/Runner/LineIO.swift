import ShopperCore

/// Line mode: each prompt is a line, each answer a line. No cursor movement, no colour; shown text
/// goes through `Sanitizer` (escape sequences dropped, other controls made visible, newlines
/// kept). Reading and writing are injected, so tests feed lines from memory and the command wires
/// standard input and output.
public final class LineIO: RunnerIO {
    private static let sanitizer = Sanitizer()
    private let readLine: () -> String?
    private let writeLine: (String) -> Void

    public init(readLine: @escaping () -> String?, writeLine: @escaping (String) -> Void) {
        self.readLine = readLine
        self.writeLine = writeLine
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
        return next()
    }

    public func command(_ screen: Screen) -> Command? {
        next().map(Self.command(forLine:))
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

    private func next() -> String? {
        guard var line = readLine() else { return nil }
        while line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}
