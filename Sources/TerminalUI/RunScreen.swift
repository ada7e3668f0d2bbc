// RunScreen: what the full-screen runner shows, as a pure function of (state, now, size).
//
// Top to bottom:
// - while a step runs or is paused, a header: "Step n of N: title" (bold), the live timer with
//   the target (red and bold with "+0:12 over target" once passed; yellow "PAUSED" when paused),
//   the instruction and the expectations, then a rule;
// - the log: what the session showed on this page (since a step started; on a ready screen, since
//   the last answer), wrapped to the width with list items' hanging indent, newest at the bottom,
//   as much as fits;
// - a live status line when there is one (a wait's "Waiting since …");
// - the footer: the prompt and the line being typed (`> text`), or a yes/no question answered by
//   one key (bold), or the keys of the screen (dim).
// All scenario text is sanitized here (and again, per line, by `Frame`), so no escape sequence
// from a scenario reaches the terminal.

import Runner
import ShopperCore

/// The state the full-screen runner draws.
public struct RunScreen: Sendable, Hashable {
    /// The step timer as the header shows it.
    public enum Timer: Sendable, Hashable {
        case running(RunEngine.Timing)
        case paused(RunEngine.Timing)
    }

    /// What the session showed, one entry per line (may hold newlines; sanitized when drawn).
    public var log: [String] = []
    /// The running or paused step; nil shows no header.
    public var step: StepView?
    public var timer: Timer?
    /// The keys of the current screen, shown when nothing is being typed.
    public var keys: String = ""
    /// A yes/no question answered by one key (shown in the footer instead of the keys).
    public var confirmation: String?
    /// The question being answered, with what is typed so far.
    public var prompt: String?
    public var input: String = ""
    /// A live status line above the footer (a wait's "Waiting since …", redrawn as time passes).
    public var status: String?

    public init() {}

    /// The painted lines and where the cursor goes (0-based row and column; nil: hidden).
    public struct Rendered: Sendable, Hashable {
        public struct Cursor: Sendable, Hashable {
            public var row: Int
            public var column: Int

            public init(row: Int, column: Int) {
                self.row = row
                self.column = column
            }
        }

        public var lines: [StyledText]
        public var cursor: Cursor?
    }

    private static let sanitizer = Sanitizer()

    /// Wraps untrusted text to `width` columns after sanitizing it.
    /// A paragraph's leading spaces are kept as the indent of all its lines, and a list item
    /// (`- `, `* `, `• ` or `12. ` after them) gets a hanging indent: its continuation lines start
    /// under the item's text, not under its marker. Indents wider than half the line are dropped.
    static func wrapped(_ text: String, width: Int, indent: String = "") -> [String] {
        let safe = sanitizer.sanitize(text)
        var lines: [String] = []
        for paragraph in safe.split(separator: "\n", omittingEmptySubsequences: false) {
            let leading = String(paragraph.prefix { $0 == " " })
            let body = paragraph.dropFirst(leading.count)
            let marker = listMarker(body)
            let first = indent + leading
            let hanging = first + String(repeating: " ", count: marker.count)
            let fits = { (prefix: String) in DisplayWidth.width(of: prefix) < width / 2 }
            let own = fits(hanging) ? hanging : fits(first) ? first : indent
            let inner = max(1, width - DisplayWidth.width(of: own))
            let text = String(body.dropFirst(own == hanging ? marker.count : 0))
            for (i, line) in TextWrap.wrap(text, width: inner).enumerated() {
                lines.append(i == 0 && own == hanging ? first + marker + line : own + line)
            }
        }
        return lines
    }

    /// The list marker `text` starts with, its trailing space included (`- `, `* `, `• `, `3. `);
    /// empty when it starts no list item.
    static func listMarker(_ text: Substring) -> String {
        for bullet in ["- ", "* ", "• "] where text.hasPrefix(bullet) { return bullet }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 3, text.dropFirst(digits.count).hasPrefix(". ") { return digits + ". " }
        return ""
    }

    /// The header lines for the running or paused step at `uptime`.
    public func header(uptime: Double, width: Int, strings: Strings) -> [StyledText] {
        guard let view = step, let timer else { return [] }
        var lines: [StyledText] = []
        let title = strings.stepHeader(view.index + 1, of: view.count, title: view.step.title)
        lines += Self.wrapped(title, width: width).map { StyledText($0, style: .bold) }
        // A wait step's target is the promised response time, not a limit on the tester's active time.
        lines.append(timerLine(timer, target: view.step.wait == nil ? view.step.target : nil, uptime: uptime, strings: strings))
        lines += Self.wrapped(Self.trimmed(view.step.instruction), width: width).map { StyledText($0) }
        if !view.step.expect.isEmpty {
            lines.append(StyledText(strings.expected, style: .dim))
            for item in view.step.expect {
                lines += Self.wrapped("  - " + Self.trimmed(item), width: width).map { StyledText($0) }
            }
        }
        lines.append(StyledText(String(repeating: "─", count: max(0, width)), style: .dim))
        return lines
    }

    func timerLine(_ timer: Timer, target: Double?, uptime: Double, strings: Strings) -> StyledText {
        switch timer {
        case .running(let timing):
            let active = timing.active(at: uptime)
            var line = StyledText(strings.timer(active, target: target), style: .bold)
            if let target, active > target {
                line = StyledText(strings.timer(active, target: target), style: Style(bold: true, foreground: .red))
                line.append("  ")
                line.append(strings.overTarget(active - target), style: Style(bold: true, foreground: .red))
            }
            return line
        case .paused(let timing):
            let active = timing.active(at: uptime)
            var line = StyledText(strings.pausedBadge, style: Style(bold: true, reverse: true, foreground: .yellow))
            line.append("  ")
            line.append(strings.timer(active, target: target), style: .foreground(.yellow))
            if let target, active > target {
                line.append("  ")
                line.append(strings.overTarget(active - target), style: .foreground(.red))
            }
            return line
        }
    }

    /// The whole screen at `uptime` for a terminal of `size`.
    public func render(uptime: Double, size: TerminalSize, strings: Strings) -> Rendered {
        let width = max(1, size.columns)
        let rows = max(1, size.rows)

        var footer: [StyledText] = []
        var cursorColumn: Int?
        if let status {
            footer += Self.wrapped(status, width: width).map { StyledText($0) }
        }
        if let prompt {
            footer += Self.wrapped(prompt, width: width).map { StyledText($0, style: .bold) }
            let marker = "> "
            let room = max(1, width - DisplayWidth.width(of: marker) - 1)
            let safe = Sanitizer(keepNewlines: false).sanitize(input)
            let shown = Self.tail(of: safe, fitting: room)
            footer.append(StyledText(marker, style: .dim) + StyledText(shown))
            cursorColumn = DisplayWidth.width(of: marker) + DisplayWidth.width(of: shown)
        } else if let confirmation {
            footer += Self.wrapped(confirmation, width: width).map { StyledText($0, style: .bold) }
        } else if !keys.isEmpty {
            footer += Self.wrapped(keys, width: width).map { StyledText($0, style: .dim) }
        }
        footer = Array(footer.suffix(rows))

        var header = header(uptime: uptime, width: width, strings: strings)
        let headerRoom = max(0, rows - footer.count - 1)
        if header.count > headerRoom {
            // Keep the title and the timer; cut the instruction, keep the rule.
            let rule = header.last!
            header = Array(header.prefix(max(0, headerRoom - 1))) + (headerRoom > 0 ? [rule] : [])
        }

        let logRoom = max(0, rows - header.count - footer.count)
        var logLines: [StyledText] = []
        for entry in log.reversed() {
            if logLines.count >= logRoom { break }
            let wrapped = Self.wrapped(entry, width: width).map { StyledText($0) }
            logLines.insert(contentsOf: wrapped, at: 0)
        }
        logLines = Array(logLines.suffix(logRoom))
        // Blank lines between the log and the footer keep the footer at the bottom.
        let filler = Array(repeating: StyledText(), count: max(0, logRoom - logLines.count))

        let lines = header + logLines + filler + footer
        let cursor = cursorColumn.map { Rendered.Cursor(row: lines.count - 1, column: min($0, width - 1)) }
        return Rendered(lines: lines, cursor: cursor)
    }

    static func trimmed(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// The end of `text` that fits in `width` columns (whole grapheme clusters).
    static func tail(of text: String, fitting width: Int) -> String {
        var result: [Character] = []
        var used = 0
        for character in text.reversed() {
            let w = DisplayWidth.width(of: character)
            if used + w > width { break }
            result.append(character)
            used += w
        }
        return String(result.reversed())
    }
}
