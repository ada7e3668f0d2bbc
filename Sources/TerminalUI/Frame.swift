// Frame: turns lines of styled text into the bytes of one write.
//
// `frame` repaints a full screen in place without clearing it first (no flicker for a ticking
// timer): cursor home, then each line erased and rewritten, then everything below erased. Lines
// are sanitized to one line each and cut to the width, so nothing can wrap or scroll; erasing
// happens before writing a line, because erasing after a full-width line would take its last
// character. `plain` is for line mode: the text alone, no escape at all.

import ShopperCore

/// Frame and line-mode output from styled lines.
public enum Frame {
    private static let lineSanitizer = Sanitizer(keepNewlines: false)

    /// The bytes that paint `lines` from the top-left corner: at most `size.rows` lines, each cut
    /// to `size.columns`; SGR escapes only when `colour` is true.
    public static func frame(_ lines: [StyledText], size: TerminalSize, colour: Bool) -> String {
        let shown = lines.prefix(max(0, size.rows))
        var output = ANSI.home
        for (index, line) in shown.enumerated() {
            if index > 0 { output += "\r\n" }
            output += ANSI.clearLine
            let safe = line.mapText(lineSanitizer.sanitize).truncated(to: size.columns)
            output += safe.render(colour: colour)
        }
        if shown.count < size.rows {
            output += shown.isEmpty ? "" : "\r\n"
            output += ANSI.clearBelow
        }
        return output
    }

    /// The lines as plain text, each ending in "\n", sanitized (newlines inside a line kept).
    public static func plain(_ lines: [StyledText]) -> String {
        var output = ""
        for line in lines {
            output += Sanitizer.sanitize(line.plainText) + "\n"
        }
        return output
    }
}
