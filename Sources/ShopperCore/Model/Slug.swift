/// Lowercase ASCII identifiers: scenario, step, checklist, question and barrier ids.
public enum Slug {
    /// `[a-z0-9][a-z0-9-]*` (with `_` too when `allowUnderscore`).
    public static func isValid(_ text: String, allowUnderscore: Bool = false) -> Bool {
        guard let first = text.utf8.first, isLowerAlnum(first) else { return false }
        return text.utf8.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") || (allowUnderscore && $0 == UInt8(ascii: "_")) }
    }

    /// A slug made from free text: ASCII letters and digits lowercased, Cyrillic transliterated,
    /// everything else turned into single hyphens. Nil when nothing usable remains.
    public static func make(from text: String, maxLength: Int = 48) -> String? {
        var out = ""
        var pendingHyphen = false
        for ch in text.lowercased() {
            let piece: String
            if ch.isASCII, ch.isLetter || ch.isNumber {
                piece = String(ch)
            } else if let t = cyrillic[ch] {
                piece = t
            } else {
                pendingHyphen = !out.isEmpty
                continue
            }
            if piece.isEmpty { continue }
            if pendingHyphen { out += "-" }
            pendingHyphen = false
            out += piece
        }
        if out.count > maxLength {
            out = String(out.prefix(maxLength))
            while out.hasSuffix("-") { out.removeLast() }
        }
        return out.isEmpty ? nil : out
    }

    private static func isLowerAlnum(_ b: UInt8) -> Bool {
        (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9"))
    }

    private static let cyrillic: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]
}
