/// Control characters in names: a tester's name, a touchpoint's name, channel or owner is one
/// line of printable text. A newline would split a line of a run file's list or a CSV row, an
/// escape could recolour or rewrite the terminal, a NUL cuts the text short in C tools.
public enum ControlCharacters {
    /// C0 (U+0000–U+001F, tab and newline included), DEL (U+007F) and C1 (U+0080–U+009F).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// The first control character of `text`, nil when it has none.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isControl)
    }

    /// A scalar's code point as Unicode writes it: `U+001B`.
    public static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `a newline (U+000A)`, `an escape (U+001B)`, `a control character (U+0007)`.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let code = code(scalar)
        switch scalar.value {
        case 0x00: return "a NUL (\(code))"
        case 0x09: return "a tab (\(code))"
        case 0x0A: return "a newline (\(code))"
        case 0x0D: return "a carriage return (\(code))"
        case 0x1B: return "an escape (\(code))"
        default: return "a control character (\(code))"
        }
    }

    /// The problem with `text` as a name (`contains a newline (U+000A); a name is one line of
    /// printable text`), nil when it has no control character.
    public static func problem(inName text: String) -> String? {
        first(in: text).map { "contains \(describe($0)); a name is one line of printable text" }
    }
}
