import YAMLKit

/// The text of a registry file as libyaml counts it, for edits in place: positions (1-based line,
/// column in Unicode scalars, as `Mark`s) turned into offsets, and spans replaced or text
/// inserted, leaving every other character (comments, blank lines, layout) as it was.
struct RegistryText {
    /// A leading byte order mark, kept as it was (libyaml's columns start after it).
    let bom: Bool
    private(set) var scalars: [Unicode.Scalar]
    /// The offset of each line's first scalar.
    let lineStarts: [Int]
    /// The file's own line ending (`\r\n` when its first line ends so).
    let newline: String
    private var edits: [(range: Range<Int>, text: String)] = []

    /// Nil when the file holds line breaks libyaml counts but people rarely mean (a lone `\r`,
    /// NEL, LINE or PARAGRAPH SEPARATOR): positions would be ambiguous, so it is left alone.
    init?(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        bom = scalars.first == "\u{FEFF}"
        if bom { scalars.removeFirst() }
        self.scalars = scalars
        var starts = [0]
        var i = 0
        var crlf = false
        while i < scalars.count {
            switch scalars[i] {
            case "\n":
                starts.append(i + 1)
            case "\r":
                guard i + 1 < scalars.count, scalars[i + 1] == "\n" else { return nil }
                if starts.count == 1 { crlf = true }
                i += 1
                starts.append(i + 1)
            case "\u{85}", "\u{2028}", "\u{2029}":
                return nil
            default:
                break
            }
            i += 1
        }
        lineStarts = starts
        newline = crlf ? "\r\n" : "\n"
    }

    /// The offset of a mark; nil when it is outside the text.
    func offset(_ mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= lineStarts.count else { return nil }
        let offset = lineStarts[mark.line - 1] + mark.column - 1
        let lineEnd = mark.line < lineStarts.count ? lineStarts[mark.line] : scalars.count
        return offset <= lineEnd ? offset : nil
    }

    /// Where a new line goes after text ending at `end`: the start of the next line (or of `end`'s
    /// own line when `end` is at its start, as after a block scalar). `needsBreak` when the text
    /// ends there without a line break.
    func lineAfter(_ end: Mark) -> (offset: Int, needsBreak: Bool)? {
        guard end.line >= 1, end.line <= lineStarts.count else { return nil }
        if end.column == 1 { return (lineStarts[end.line - 1], false) }
        if end.line < lineStarts.count { return (lineStarts[end.line], false) }
        return (scalars.count, true)
    }

    /// The text of a span.
    func text(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    /// The 1-based line holding `offset` in the text as it is now (before the edits).
    func line(of offset: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        edits.append((range, text))
    }

    mutating func insert(_ text: String, at offset: Int) {
        edits.append((offset..<offset, text))
    }

    /// Inserts whole lines (each given without its line break) after text ending at `end`.
    /// Returns the line the first of them will have, counted in the text as it is now plus any
    /// lines inserted earlier in the file by this same edit (the callers make one insertion).
    @discardableResult
    mutating func insertLines(_ lines: [String], after end: Mark) -> Int? {
        guard let (offset, needsBreak) = lineAfter(end) else { return nil }
        let body = lines.map { $0 + newline }.joined()
        insert(needsBreak ? newline + body : body, at: offset)
        return needsBreak ? lineStarts.count + 1 : line(of: offset)
    }

    /// The edited text, with the byte order mark if there was one.
    func result() -> String {
        var out = scalars
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            out.replaceSubrange(edit.range, with: Array(edit.text.unicodeScalars))
        }
        var view = String.UnicodeScalarView()
        if bom { view.append("\u{FEFF}") }
        view.append(contentsOf: out)
        return String(view)
    }

    /// A value as YAML: plain when it can only read back as the same text, else double-quoted.
    /// `flow`: inside `{…}` or `[…]`, where commas and brackets end a plain value.
    static func scalar(_ text: String, flow: Bool) -> String {
        let words: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]
        let punctuation: Set<Character> = [" ", ".", "-", "_", "'", "(", ")", "—", "–", "«", "»", "!", "?", "/"]
        guard let first = text.first, first.isLetter, text.last != " ", !words.contains(text.lowercased()),
              !text.contains("  "),
              text.allSatisfy({ $0.isLetter || $0.isNumber || punctuation.contains($0) || (!flow && $0 == ",") })
        else { return TouchpointImport.quoted(text) }
        return text
    }
}
