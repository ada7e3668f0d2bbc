import Testing
@testable import ShopperCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("hello", 5),
        ("Привет", 6),
        ("Ёжик в тумане", 13),
        ("日本語", 6),
        ("한국어", 6),
        ("ｶﾀｶﾅ", 4),          // halfwidth katakana are narrow
        ("ＡＢ", 4),          // fullwidth Latin
        ("　", 2),            // ideographic space
        ("👍", 2),
        ("👍🏽", 2),
        ("👨‍👩‍👧", 2),
        ("🏳️‍🌈", 2),
        ("🇷🇺", 2),
        ("🇷🇺🇯🇵", 4),
        ("1️⃣", 2),
        ("e\u{301}", 1),
        ("☺\u{FE0E}", 1),
        ("☺\u{FE0F}", 2),
        ("☺", 1),
        ("…", 1),
        ("Шаг 3: 日本 👍", 14),
        ("", 0),
    ])
    func stringWidthMatchesTerminalColumns(text: String, expected: Int) {
        #expect(DisplayWidth.width(of: text) == expected)
    }

    @Test func controlAndZeroWidthCharactersTakeNoColumns() {
        #expect(DisplayWidth.width(of: "\u{7}") == 0)
        #expect(DisplayWidth.width(of: "\u{1B}") == 0)
        #expect(DisplayWidth.width(of: "\u{9B}") == 0)
        #expect(DisplayWidth.width(of: "\u{200B}") == 0)
        #expect(DisplayWidth.width(of: "\u{200D}") == 0)
        #expect(DisplayWidth.width(of: "\u{301}") == 0)   // lone combining mark
        #expect(DisplayWidth.width(of: "\u{FE0F}") == 0)  // lone variation selector
        #expect(DisplayWidth.width(of: "a\u{200B}b") == 2)
    }

    @Test func decomposedHangulSyllableIsTwoColumns() {
        #expect(DisplayWidth.width(of: "\u{1112}\u{1161}\u{11AB}") == 2)  // 한 as jamo
    }

    @Test func loneRegionalIndicatorIsTwoColumnsLikeAFlag() {
        #expect(DisplayWidth.width(of: Character("\u{1F1F7}")) == 2)
    }

    @Test func textPresentationOnWideCharacterStaysWide() {
        #expect(DisplayWidth.width(of: "日\u{FE0E}") == 2)
    }
}
