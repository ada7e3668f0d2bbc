import Testing
import TerminalUI

@Suite struct KeyDecoderTests {
    private func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = KeyDecoder()
        return decoder.decode(bytes)
    }

    @Test func controlBytesMapToKeys() {
        #expect(decode([0x0D, 0x7F, 0x0A, 0x08, 0x09, 0x03, 0x04, 0x1A, 0x01])
            == [.enter, .backspace, .enter, .backspace, .tab, .ctrlC, .ctrlD, .ctrlZ, .other])
    }

    @Test func crlfIsOneEnter() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x0D]) == [.enter])
        #expect(decoder.decode([0x0A, 0x0A]) == [.enter])
    }

    @Test func asciiAndMultibyteCharacters() {
        #expect(decode(Array("aZ 1ыЁ日👍".utf8))
            == [.char("a"), .char("Z"), .char(" "), .char("1"), .char("ы"), .char("Ё"), .char("日"), .char("👍")])
    }

    @Test func utf8CharacterSplitAcrossReadsIsReassembled() {
        var decoder = KeyDecoder()
        let bytes = Array("ы👍".utf8)  // D1 8B F0 9F 91 8D
        #expect(decoder.decode(bytes[0..<1]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.decode(bytes[1..<3]) == [.char("ы")])
        #expect(decoder.decode(bytes[3..<5]) == [])
        #expect(decoder.decode(bytes[5...]) == [.char("👍")])
        #expect(!decoder.hasPending)
    }

    @Test func arrowKeysInNormalAndApplicationMode() {
        #expect(decode([0x1B, 0x5B, 0x41, 0x1B, 0x5B, 0x42, 0x1B, 0x5B, 0x43, 0x1B, 0x5B, 0x44])
            == [.up, .down, .right, .left])
        #expect(decode([0x1B, 0x4F, 0x41, 0x1B, 0x4F, 0x44]) == [.up, .left])
        #expect(decode(Array("\u{1B}[1;5A".utf8)) == [.up])  // Ctrl-Up
    }

    @Test func escapeSequenceSplitAcrossReadsIsReassembled() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.decode([0x5B]) == [])
        #expect(decoder.decode([0x41]) == [.up])
    }

    @Test func loneEscapeIsReportedOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(decoder.flush() == [])
        #expect(decoder.decode(Array("q".utf8)) == [.char("q")])
    }

    @Test func escapeFollowedByOrdinaryKeyIsEscapeThenKey() {
        #expect(decode([0x1B, 0x71]) == [.escape, .char("q")])
        #expect(decode([0x1B, 0x1B, 0x5B, 0x43]) == [.escape, .right])
    }

    @Test func unknownEscapeSequencesAreOther() {
        #expect(decode(Array("\u{1B}[3~x".utf8)) == [.other, .char("x")])  // Delete
        #expect(decode(Array("\u{1B}OPx".utf8)) == [.other, .char("x")])   // F1
    }

    @Test func invalidUTF8IsOtherAndDecodingRecovers() {
        #expect(decode([0xFF, 0x61]) == [.other, .char("a")])
        #expect(decode([0x80, 0x61]) == [.other, .char("a")])
        #expect(decode([0xD1, 0x61]) == [.other, .char("a")])    // truncated sequence
        #expect(decode([0xE0, 0x80, 0x80]) == [.other])          // overlong
        #expect(decode([0xED, 0xA0, 0x80]) == [.other])          // surrogate
        #expect(decode([0xC2, 0x85]) == [.other])                // C1 control
    }

    @Test func partialUTF8IsOtherOnFlush() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0xE6, 0x97]) == [])
        #expect(decoder.flush() == [.other])
    }
}
