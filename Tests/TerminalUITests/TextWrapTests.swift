import ShopperCore
import Testing
import TerminalUI

@Suite struct TextWrapTests {
    @Test func wrapsAtWordBoundariesByDisplayWidth() {
        #expect(TextWrap.wrap("Откройте приложение и найдите кнопку", width: 20)
            == ["Откройте приложение", "и найдите кнопку"])
    }

    @Test func everyWrappedLineFitsTheWidth() {
        let text = "Нажмите 👍 если всё 日本語テキスト хорошо, иначе 🇷🇺 флаг и e\u{301}тап"
        for width in 1...30 {
            for line in TextWrap.wrap(text, width: width) {
                #expect(DisplayWidth.width(of: line) <= max(width, 2), "width \(width): \(line)")
            }
        }
    }

    @Test func keepsRunsOfSpacesWithinALineAndDropsThemAtABreak() {
        // The help screen's columns ("Enter  the step is done", "f      the step…") stay aligned.
        #expect(TextWrap.wrap("f      failed", width: 40) == ["f      failed"])
        #expect(TextWrap.wrap("Enter  done", width: 40) == ["Enter  done"])
        #expect(TextWrap.wrap("one    two", width: 5) == ["one", "two"])
        #expect(TextWrap.wrap("  lead and trail  ", width: 40) == ["lead and trail"])
    }

    @Test func keepsExplicitNewlinesAndEmptyLines() {
        #expect(TextWrap.wrap("один\n\nдва три", width: 4) == ["один", "", "два", "три"])
        #expect(TextWrap.wrap("a\r\nb", width: 10) == ["a", "b"])
    }

    @Test func breaksOverlongWordByGraphemeCluster() {
        #expect(TextWrap.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
        #expect(TextWrap.wrap("日本語です", width: 5) == ["日本", "語で", "す"])
        #expect(TextWrap.wrap("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func wideCharacterInNarrowLineGetsItsOwnLine() {
        #expect(TextWrap.wrap("日本", width: 1) == ["日", "本"])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(TextWrap.wrap("", width: 10) == [""])
    }

    @Test func padFillsToDisplayWidth() {
        #expect(TextWrap.pad("日本", to: 6) == "日本  ")
        #expect(TextWrap.pad("Да", to: 4, alignment: .right) == "  Да")
        #expect(TextWrap.pad("ok", to: 5, alignment: .center) == " ok  ")
        #expect(TextWrap.pad("длинный", to: 3) == "длинный")
    }

    @Test func truncateCutsToWidthWithEllipsis() {
        #expect(TextWrap.truncate("Привет, мир", to: 7) == "Привет…")
        #expect(TextWrap.truncate("короткий", to: 8) == "короткий")
        #expect(TextWrap.truncate("abc", to: 0) == "")
    }

    @Test func truncateDoesNotSplitWideCharacters() {
        let cut = TextWrap.truncate("日本語テキスト", to: 6)
        #expect(cut == "日本…")
        #expect(DisplayWidth.width(of: cut) == 5)
        #expect(TextWrap.truncate("👨‍👩‍👧👨‍👩‍👧", to: 3) == "👨‍👩‍👧…")
    }

    @Test func truncateWithoutRoomForEllipsisJustCuts() {
        #expect(TextWrap.truncate("abc", to: 2, ellipsis: "...") == "ab")
    }
}
