// TextWrap: wrapping, padding and truncation measured in terminal columns (`DisplayWidth`).
//
// Wrapping is greedy by words (runs of spaces separate words; within a line they are kept, so
// aligned columns stay aligned, and at a break they go, as do leading spaces), explicit newlines ("\n" or "\r\n") always start a new line, and a word wider than the
// line is broken between grapheme clusters. A single cluster wider than the line (a CJK character
// in a 1-column line) still gets a line of its own, so wrapping always terminates.

import ShopperCore

/// Word wrapping, padding and truncation by display width.
public enum TextWrap {
    /// Horizontal placement for `pad(_:to:alignment:)`.
    public enum Alignment: Sendable {
        case left, right, center
    }

    /// Wraps `text` into lines no wider than `width` columns (at least 1).
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        let paragraphs = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        for paragraph in paragraphs {
            var line = ""
            var lineWidth = 0
            var spaces = 0  // spaces since the last word, beyond the one that separates it
            var seenWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                if word.isEmpty {
                    spaces += 1
                    continue
                }
                let gap = seenWord ? spaces + 1 : 0
                spaces = 0
                seenWord = true
                let wordWidth = DisplayWidth.width(of: String(word))
                if lineWidth > 0 && lineWidth + gap + wordWidth <= width {
                    line += String(repeating: " ", count: gap) + word
                    lineWidth += gap + wordWidth
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                if wordWidth <= width {
                    line = String(word)
                    lineWidth = wordWidth
                    continue
                }
                for character in word {
                    let characterWidth = DisplayWidth.width(of: character)
                    if lineWidth > 0 && lineWidth + characterWidth > width {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += characterWidth
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// `text` filled with spaces to `width` columns; text already that wide is returned unchanged.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let missing = width - DisplayWidth.width(of: text)
        guard missing > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: missing)
        case .right:
            return String(repeating: " ", count: missing) + text
        case .center:
            let before = missing / 2
            return String(repeating: " ", count: before) + text
                + String(repeating: " ", count: missing - before)
        }
    }

    /// `text` cut to at most `width` columns, ending in `ellipsis` when anything was cut.
    /// A wide character that would straddle the limit is dropped rather than split. When even the
    /// ellipsis does not fit, the text is cut without one.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.width(of: text) <= width { return text }
        let ellipsisWidth = DisplayWidth.width(of: ellipsis)
        let useEllipsis = ellipsisWidth <= width
        let budget = useEllipsis ? width - ellipsisWidth : width
        return prefix(of: text, fitting: budget) + (useEllipsis ? ellipsis : "")
    }

    /// The longest prefix of `text` (whole grapheme clusters) at most `width` columns wide.
    static func prefix(of text: String, fitting width: Int) -> String {
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.width(of: character)
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }
}
