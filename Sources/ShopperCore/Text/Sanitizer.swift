// Sanitizer: makes untrusted text (scenario files, run notes) safe to write to a terminal.
//
// Policy — the output never contains ESC, any other C0/C1 control except "\n" (and "\t" when
// tabs are kept), DEL, or a bidi embedding/override/isolate:
// - Escape sequences are dropped whole, so hostile input cannot set the window title, clear the
//   screen, move the cursor or query the terminal:
//   CSI (ESC [ or 8-bit U+009B) up to its final byte 0x40–0x7E; OSC (ESC ] / U+009D), DCS (ESC P /
//   U+0090), SOS (ESC X / U+0098), PM (ESC ^ / U+009E) and APC (ESC _ / U+009F) up to BEL or ST
//   (ESC \ or U+009C) or an ESC starting another sequence; other escapes (ESC, optional
//   intermediates 0x20–0x2F, a final 0x30–0x7E).
//   A string sequence with no terminator ends before the next newline, so one stray introducer
//   cannot swallow the rest of a scenario. A CSI cut short by an unexpected character is dropped
//   and that character is processed normally. A lone ESC is dropped.
// - Other C0 controls and DEL become visible caret notation ("^G", "^H", "^?"); "\r\n" becomes
//   "\n" and a lone "\r" becomes "^M" (it could overwrite a line). C1 controls outside sequences
//   become U+FFFD.
// - Bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069) are dropped (they can
//   reorder what the tester sees, "Trojan Source").
// - "\n" is kept (or becomes a space with `keepNewlines: false`); "\t" expands to spaces up to
//   the next tab stop, measured in display columns (or is kept with `tabWidth: nil`).
// Sanitizing is idempotent.

/// Removes terminal control sequences from untrusted text; see the file header for the policy.
public struct Sanitizer: Sendable, Hashable {
    /// Distance between tab stops; `nil` keeps tabs as they are.
    public var tabWidth: Int?
    /// Whether "\n" is kept; when false each newline becomes a space (for one-line fields).
    public var keepNewlines: Bool

    public init(tabWidth: Int? = 4, keepNewlines: Bool = true) {
        self.tabWidth = tabWidth.map { max(1, $0) }
        self.keepNewlines = keepNewlines
    }

    /// Sanitizes with the default settings (tabs to 4-column stops, newlines kept).
    public static func sanitize(_ text: String) -> String {
        Sanitizer().sanitize(text)
    }

    /// `text` with escape sequences and controls removed or made visible.
    public func sanitize(_ text: String) -> String {
        let input = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var column = 0          // display column since the last newline, for tab stops
        var pendingColumn = ""  // text since `column` was last brought up to date
        func emit(_ scalar: Unicode.Scalar) {
            output.append(scalar)
            pendingColumn.unicodeScalars.append(scalar)
        }
        func emit(_ string: String) {
            output.append(contentsOf: string.unicodeScalars)
            pendingColumn += string
        }
        func newline(_ scalar: Unicode.Scalar) {
            output.append(scalar)
            column = 0
            pendingColumn = ""
        }

        var index = 0
        while index < input.count {
            let scalar = input[index]
            let value = scalar.value
            index += 1
            switch value {
            case 0x0A:
                if keepNewlines { newline("\n") } else { emit(" ") }
            case 0x09:
                if let tabWidth {
                    column += DisplayWidth.width(of: pendingColumn)
                    pendingColumn = ""
                    let spaces = tabWidth - column % tabWidth
                    emit(String(repeating: " ", count: spaces))
                } else {
                    emit(scalar)
                }
            case 0x0D:
                if index < input.count && input[index] == "\n" { continue }
                emit("^M")
            case 0x1B:
                index = Self.skipEscape(input, from: index)
            case 0x9B:
                index = Self.skipCSI(input, from: index)
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                index = Self.skipString(input, from: index)
            case 0x00..<0x20:
                emit("^" + String(Unicode.Scalar(UInt8(value) + 0x40)))
            case 0x7F:
                emit("^?")
            case 0x80...0x9F:
                emit("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069:
                break
            default:
                emit(scalar)
            }
        }
        return String(output)
    }

    /// Index just past the escape sequence whose ESC was before `start`.
    static func skipEscape(_ input: [Unicode.Scalar], from start: Int) -> Int {
        guard start < input.count else { return start }
        switch input[start].value {
        case 0x5B:  // [
            return skipCSI(input, from: start + 1)
        case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // ] P X ^ _
            return skipString(input, from: start + 1)
        default:
            var index = start
            while index < input.count, (0x20...0x2F).contains(input[index].value) { index += 1 }
            if index < input.count, (0x30...0x7E).contains(input[index].value) { return index + 1 }
            return index  // not a sequence: drop ESC (and intermediates), keep what follows
        }
    }

    /// Index just past a CSI's final byte, or at the first character that cannot be in a CSI.
    static func skipCSI(_ input: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < input.count {
            let value = input[index].value
            if (0x20...0x3F).contains(value) {
                index += 1
            } else if (0x40...0x7E).contains(value) {
                return index + 1
            } else {
                return index
            }
        }
        return index
    }

    /// Index just past a string sequence's terminator (BEL, ESC \, U+009C), at an ESC that starts
    /// another sequence, or at the next newline (or the end) when it has none.
    static func skipString(_ input: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < input.count {
            switch input[index].value {
            case 0x07, 0x9C:
                return index + 1
            case 0x1B:  // ST, or the start of another sequence, which ends this one
                let isST = index + 1 < input.count && input[index + 1] == "\\"
                return isST ? index + 2 : index
            case 0x0A:
                return index
            default:
                index += 1
            }
        }
        return index
    }
}
