/// Which texts must not be written as plain scalars.
///
/// shopper reads YAML with the 1.2 core schema (plus `yes`/`no`), but the files it writes are read
/// by other tools too, and many of them still follow YAML 1.1 (PyYAML, Ruby's Psych, go-yaml v2,
/// SnakeYAML): there `10:48` is the number 648 (base 60), `on` and `y` are booleans, `0b11` and
/// `017` are numbers, `1_000` is 1000, `2026-11-23` is a date and `=` or `<<` have special
/// meanings. A text that any of these readers would take for something other than a string is
/// written quoted, so every reader gets the text back.
extension Node {
    /// Whether a plain scalar with this text would read, in shopper or in a common YAML 1.1 or
    /// 1.2 reader, as something other than the string itself.
    static func needsQuoting(_ value: String) -> Bool {
        if value.isEmpty { return true }
        if case .string = resolvePlain(value, tag: nil) {} else { return true }
        return YAML11.readsAsNonString(value)
    }
}

/// The YAML 1.1 implicit types (bool, null, int, float, timestamp, merge, value), matched a
/// little more widely than any one reader does: quoting a text that needs no quotes changes
/// nothing but its look.
enum YAML11 {
    static let words: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
        "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
        "~", "null", "Null", "NULL", "=", "<<",
    ]

    static func readsAsNonString(_ text: String) -> Bool {
        if words.contains(text) { return true }
        let bytes = Array(text.utf8)
        guard let first = bytes.first, isDigit(first) || first == .plus || first == .minus || first == .dot else { return false }
        return isNumber(bytes[...]) || isTimestamp(bytes)
    }

    /// Ints (binary, octal, decimal, hex, base 60, with `_` separators) and floats (with `_`,
    /// base 60, `.inf`, `.nan`), each with an optional sign.
    private static func isNumber(_ all: ArraySlice<UInt8>) -> Bool {
        var s = all
        if let f = s.first, f == .plus || f == .minus { s = s.dropFirst() }
        guard let first = s.first else { return false }
        let lower = String(decoding: s, as: UTF8.self).lowercased()
        if lower == ".inf" || lower == ".nan" { return true }
        if s.count > 2, first == UInt8(ascii: "0") {
            let rest = s.dropFirst(2)
            switch s[s.startIndex + 1] {
            case UInt8(ascii: "b"): return rest.allSatisfy { $0 == 0x30 || $0 == 0x31 || $0 == .underscore }
            case UInt8(ascii: "x"): return rest.allSatisfy { isHexDigit($0) || $0 == .underscore }
            case UInt8(ascii: "o"): return rest.allSatisfy { (0x30...0x37).contains($0) || $0 == .underscore }
            default: break
            }
        }
        // [0-9][0-9_]* (: [0-5]?[0-9])* ( . [0-9_]* )? ( [eE] [-+]? [0-9]+ )?  or  . [0-9_]+ (exponent)?
        var i = s.startIndex
        func run(_ accept: (UInt8) -> Bool) -> Int {
            let start = i
            while i < s.endIndex, accept(s[i]) { i += 1 }
            return i - start
        }
        let whole = run { isDigit($0) || $0 == .underscore }
        if whole > 0 && !isDigit(first) { return false }
        while whole > 0, i < s.endIndex, s[i] == .colon {
            i += 1
            let digits = run(isDigit)
            guard (1...2).contains(digits) else { return false }
        }
        var fraction = 0
        if i < s.endIndex, s[i] == .dot {
            i += 1
            fraction = run { isDigit($0) || $0 == .underscore }
        }
        guard whole > 0 || fraction > 0 else { return false }
        if i < s.endIndex, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.endIndex, s[i] == .plus || s[i] == .minus { i += 1 }
            guard run(isDigit) > 0 else { return false }
        }
        return i == s.endIndex
    }

    /// `2026-11-23`, `2026-1-5`, and those followed by a time (`T10:48`, ` 10:48:00Z`…).
    private static func isTimestamp(_ s: [UInt8]) -> Bool {
        var i = 0
        func digits(_ range: ClosedRange<Int>) -> Bool {
            var n = 0
            while i < s.count, isDigit(s[i]) { i += 1; n += 1 }
            return range.contains(n)
        }
        guard digits(4...4), i < s.count, s[i] == .minus else { return false }
        i += 1
        guard digits(1...2), i < s.count, s[i] == .minus else { return false }
        i += 1
        guard digits(1...2) else { return false }
        if i == s.count { return true }
        guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") || s[i] == UInt8(ascii: " ") || s[i] == UInt8(ascii: "\t") else {
            return false
        }
        while i < s.count, s[i] == UInt8(ascii: " ") || s[i] == UInt8(ascii: "\t") || s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: "t") {
            i += 1
        }
        return i < s.count && isDigit(s[i])
    }

    private static func isDigit(_ c: UInt8) -> Bool { (0x30...0x39).contains(c) }
    private static func isHexDigit(_ c: UInt8) -> Bool {
        isDigit(c) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(c) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(c)
    }
}

private extension UInt8 {
    static let plus = UInt8(ascii: "+")
    static let minus = UInt8(ascii: "-")
    static let dot = UInt8(ascii: ".")
    static let colon = UInt8(ascii: ":")
    static let underscore = UInt8(ascii: "_")
}
