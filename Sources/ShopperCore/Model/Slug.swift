import Foundation

/// Lowercase ASCII identifiers: scenario, step, checklist, question and barrier ids.
public enum Slug {
    /// `[a-z0-9][a-z0-9-]*` (with `_` too when `allowUnderscore`).
    public static func isValid(_ text: String, allowUnderscore: Bool = false) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || (allowUnderscore && $0 == UInt8(ascii: "_")) }
    }

    /// A slug made from free text: ASCII letters and digits lowercased, Latin letters with
    /// diacritics folded (`Zoë` → `zoe`, `Příliš` → `prilis`), Cyrillic transliterated, everything
    /// else turned into single hyphens. When letters or symbols had to be dropped (Chinese, emoji…),
    /// a short hash of the whole text is added, so different texts keep different slugs on every
    /// machine (`支付失败` → `3b1f…`). Nil when only punctuation or spaces remain.
    public static func make(from text: String, maxLength: Int = 48) -> String? {
        var out = ""
        var pendingHyphen = false
        var lost = false
        for ch in text.lowercased() {
            let piece: String
            if ch.isASCII, ch.isLetter || ch.isNumber {
                piece = String(ch)
            } else if let t = cyrillic[ch] ?? latin[ch] {
                piece = t
            } else if let folded = foldedLatin(ch) {
                piece = folded
            } else {
                if ch.isLetter || ch.isNumber || ch.isSymbol { lost = true }
                pendingHyphen = !out.isEmpty
                continue
            }
            if piece.isEmpty { continue }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += piece
        }
        let suffix = lost ? hash(text) : ""
        let room = suffix.isEmpty ? maxLength : maxLength - suffix.count - 1
        if out.count > room {
            out = String(out.prefix(max(0, room)))
        }
        while out.hasSuffix("-") { out.removeLast() }
        if suffix.isEmpty { return out.isEmpty ? nil : out }
        return out.isEmpty ? suffix : "\(out)-\(suffix)"
    }

    /// A Latin letter with diacritics as its base letters (`é` → `e`), or nil.
    private static func foldedLatin(_ ch: Character) -> String? {
        let base = String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        return base.isEmpty ? nil : String(String.UnicodeScalarView(base))
    }

    /// Six hex digits of the FNV-1a hash of the text's UTF-8: the same on every machine.
    static func hash(_ text: String) -> String {
        var h: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            h ^= UInt32(byte)
            h = h &* 16_777_619
        }
        let hex = String(h, radix: 16)
        return String((String(repeating: "0", count: 8 - hex.count) + hex).prefix(6))
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ў": "u",
    ]

    /// Latin letters that do not decompose into a base letter.
    private static let latin: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]
}
