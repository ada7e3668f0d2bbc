// DisplayWidth: how many terminal columns a string occupies, one grapheme cluster at a time.
//
// glibc's wcwidth needs a UTF-8 locale and works per code point, which gets emoji sequences wrong,
// so the rules are ours, applied to each `Character` (extended grapheme cluster):
//   0  control characters (C0, DEL, C1), and clusters that start with a zero-width scalar
//      (combining marks, format characters such as ZWJ/ZWSP/bidi marks, Hangul medial/final jamo);
//   1  a text-presentation request (U+FE0E) on a narrow base, e.g. "☺︎";
//   2  emoji presentation: Emoji_Presentation bases ("👍"), emoji followed by VS16 U+FE0F ("☺️",
//      "1️⃣"), emoji modifier sequences ("👍🏽"), ZWJ sequences ("👨‍👩‍👧"), flags ("🇷🇺") and lone
//      regional indicators (Emoji_Presentation, as terminals draw them);
//   2  East Asian Wide and Fullwidth code points (CJK, kana, Hangul syllables, fullwidth forms);
//   1  everything else, including Cyrillic, Latin, Greek and East Asian Ambiguous characters.
// Tabs are controls (0): expand them first (see `Sanitizer`).

/// Terminal column widths of strings, computed per grapheme cluster.
public enum DisplayWidth {
    /// The number of terminal columns `string` occupies.
    public static func width(of string: String) -> Int {
        var total = 0
        for character in string { total += width(of: character) }
        return total
    }

    /// The number of terminal columns one grapheme cluster occupies: 0, 1 or 2.
    public static func width(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first else { return 0 }
        let properties = base.properties
        if isZeroWidth(base) { return 0 }
        let isWideBase = isEastAsianWide(base.value)
        if scalars.count > 1 {
            var hasVS15 = false, hasVS16 = false, hasZWJ = false, hasModifier = false
            var regionalIndicators = 0
            for scalar in scalars {
                switch scalar.value {
                case 0xFE0E: hasVS15 = true
                case 0xFE0F: hasVS16 = true
                case 0x200D: hasZWJ = true
                case 0x1F3FB...0x1F3FF: hasModifier = true
                case 0x1F1E6...0x1F1FF: regionalIndicators += 1
                default: break
                }
            }
            if regionalIndicators >= 2 { return 2 }
            if hasVS15 && !isWideBase { return 1 }
            if properties.isEmoji && (hasVS16 || hasZWJ || hasModifier) { return 2 }
        }
        if properties.isEmojiPresentation || isWideBase { return 2 }
        return 1
    }

    static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD: return false  // soft hyphen: terminals show it
        case 0x1160...0x11FF, 0xD7B0...0xD7FF: return true  // Hangul medial vowels, final consonants
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// East Asian Width W or F (Unicode 15), outside the emoji already covered by
    /// Emoji_Presentation. Sorted, non-overlapping.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,    // Hangul Jamo initial consonants
        0x2329...0x232A,    // angle brackets
        0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols/punctuation
        0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo, CJK compat
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA000...0xA4CF,    // Yi
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7A3,    // Hangul syllables
        0xF900...0xFAFF,    // CJK Compatibility Ideographs
        0xFE10...0xFE19,    // vertical forms
        0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
        0xFF00...0xFF60,    // fullwidth forms
        0xFFE0...0xFFE6,    // fullwidth signs
        0x16FE0...0x16FE4,  // ideographic symbols
        0x16FF0...0x16FF1,
        0x17000...0x18CFF,  // Tangut, Khitan
        0x1AFF0...0x1B2FF,  // Kana supplements, Nushu
        0x1F200...0x1F202,  // enclosed ideographic supplement
        0x1F210...0x1F23B,
        0x1F240...0x1F248,
        0x1F250...0x1F251,
        0x1F260...0x1F265,
        0x20000...0x2FFFD,  // CJK Extensions B–F, compatibility supplement
        0x30000...0x3FFFD,  // CJK Extensions G, H
    ]

    static func isEastAsianWide(_ value: UInt32) -> Bool {
        if value < 0x1100 { return false }
        var low = 0, high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
