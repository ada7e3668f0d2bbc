import Testing
import ShopperCore

@Suite struct SanitizerTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}Title", "Title"),                 // window title, BEL-terminated
        ("\u{1B}]0;pwned\u{1B}\\Title", "Title"),               // window title, ST-terminated
        ("\u{9D}0;pwned\u{9C}Title", "Title"),                  // 8-bit OSC and ST
        ("\u{1B}]8;;http://evil\u{1B}\\link\u{1B}]8;;\u{1B}\\", "link"),  // hyperlink
        ("before\u{1B}[2Jafter", "beforeafter"),                // clear screen
        ("\u{1B}[10;20Hmoved\u{1B}[3A", "moved"),               // cursor moves
        ("\u{9B}31mred", "red"),                                // 8-bit CSI
        ("\u{1B}[?1049h\u{1B}[?25l", ""),                       // private modes
        ("bold \u{1B}[1;31mtext\u{1B}[0m", "bold text"),
        ("\u{1B}Pq#0;2;0;0;0\u{1B}\\after", "after"),           // DCS (sixel)
        ("\u{1B}_apc\u{07}x", "x"),
        ("\u{1B}7saved\u{1B}8", "saved"),                       // two-character escapes
        ("\u{1B}(Bascii", "ascii"),                             // charset with intermediate
        ("end\u{1B}", "end"),                                   // lone ESC at end
        ("\u{1B}", ""),
        ("\u{1B}[", ""),                                        // CSI cut off by the end
    ])
    func escapeSequencesAreDroppedWhole(input: String, expected: String) {
        #expect(Sanitizer.sanitize(input) == expected)
    }

    @Test func unterminatedStringSequenceEndsAtNewline() {
        #expect(Sanitizer.sanitize("a\u{1B}]0;title\nsecond line") == "a\nsecond line")
    }

    @Test func escapeInsideStringSequenceStartsANewOne() {
        #expect(Sanitizer.sanitize("\u{1B}]0;t\u{1B}[2Jok") == "ok")
    }

    @Test func csiInterruptedByNonCsiCharacterKeepsThatCharacter() {
        #expect(Sanitizer.sanitize("\u{1B}[12Ыок") == "Ыок")
    }

    @Test func strayControlsBecomeCaretNotation() {
        #expect(Sanitizer.sanitize("ring\u{07}back\u{08}del\u{7F}nul\u{0}") == "ring^Gback^Hdel^?nul^@")
    }

    @Test func carriageReturnOnlyBeforeNewlineIsDropped() {
        #expect(Sanitizer.sanitize("line\r\nnext") == "line\nnext")
        #expect(Sanitizer.sanitize("safe\rEVIL") == "safe^MEVIL")
    }

    @Test func straySingleC1ControlBecomesReplacementCharacter() {
        #expect(Sanitizer.sanitize("a\u{85}b\u{9C}c") == "a\u{FFFD}b\u{FFFD}c")
    }

    @Test func bidiOverridesAndIsolatesAreDropped() {
        let hostile = "admin\u{202E}txt.exe\u{202C} \u{2066}x\u{2069}\u{202A}\u{202B}\u{202D}\u{2067}\u{2068}"
        #expect(Sanitizer.sanitize(hostile) == "admintxt.exe x")
    }

    @Test func printableUnicodeIsKept() {
        let text = "Привет, 日本語 👨‍👩‍👧 🇷🇺 e\u{301} ☺\u{FE0F}\u{200D}"
        #expect(Sanitizer.sanitize(text) == text)
    }

    @Test func tabsExpandToTabStopsByDisplayWidth() {
        #expect(Sanitizer.sanitize("a\tb") == "a   b")
        #expect(Sanitizer.sanitize("日本\tx") == "日本    x")
        #expect(Sanitizer.sanitize("abcd\tx\n\ty") == "abcd    x\n    y")
        #expect(Sanitizer(tabWidth: nil).sanitize("a\tb") == "a\tb")
        #expect(Sanitizer(tabWidth: 8).sanitize("ab\tc") == "ab      c")
    }

    @Test func newlinesBecomeSpacesWhenNotKept() {
        #expect(Sanitizer(keepNewlines: false).sanitize("one\ntwo\r\nthree") == "one two three")
    }

    @Test func sanitizingTwiceChangesNothing() {
        let hostile = "\u{1B}]0;x\u{07}a\tb\rc\u{7}d\u{85}e\u{202E}f\u{1B}[2Jg\u{9B}1mh\u{1B}"
        let once = Sanitizer.sanitize(hostile)
        #expect(Sanitizer.sanitize(once) == once)
    }

    @Test func outputNeverContainsControlsOtherThanNewline() {
        var hostile = ""
        for value in 0..<0xA0 { hostile.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        hostile += "\u{202E}\u{2066}"
        let safe = Sanitizer.sanitize(hostile + hostile)
        let forbidden = safe.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value)
                || (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        }
        #expect(forbidden.isEmpty)
    }
}
