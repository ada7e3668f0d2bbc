import TestSupport
import Testing
@testable import YAMLKit

@Suite struct YAMLEventReaderTests {
    struct Seen: Equatable {
        var kind: YAMLEventReader.Kind
        var text: String
        var style: Node.Scalar.Style
        var tagged: Bool
        var anchored: Bool
        var mark: Mark
    }

    func events(_ text: String) throws -> [Seen] {
        var seen: [Seen] = []
        try YAMLEventReader.read(Array(text.utf8)) { e in
            seen.append(Seen(kind: e.kind, text: e.string, style: e.style, tagged: e.hasTag, anchored: e.hasAnchor, mark: e.mark))
            return .proceed
        }
        return seen
    }

    func error(_ body: () throws(YAMLError) -> Void) -> YAMLError? {
        do throws(YAMLError) {
            try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func reportsEveryEventWithItsTextStyleAndPosition() throws {
        let (text, m) = marked("""
        1️⃣имя: 2️⃣'Анна'
        list:
          - 3️⃣&a !!str x
          - 4️⃣*a
          - 5️⃣|
            block
        """)
        let seen = try events(text)
        #expect(seen.map(\.kind) == [.documentStart, .mappingStart, .scalar, .scalar, .scalar, .sequenceStart,
                                     .scalar, .alias, .scalar, .sequenceEnd, .mappingEnd, .documentEnd])
        #expect(seen[2] == Seen(kind: .scalar, text: "имя", style: .plain, tagged: false, anchored: false, mark: m["1️⃣"]!))
        #expect(seen[3] == Seen(kind: .scalar, text: "Анна", style: .singleQuoted, tagged: false, anchored: false, mark: m["2️⃣"]!))
        #expect(seen[6] == Seen(kind: .scalar, text: "x", style: .plain, tagged: true, anchored: true, mark: m["3️⃣"]!))
        #expect(seen[7].kind == .alias && seen[7].mark == m["4️⃣"])
        #expect(seen[8] == Seen(kind: .scalar, text: "block", style: .literal, tagged: false, anchored: false, mark: m["5️⃣"]!))
    }

    @Test func byteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let seen = try events("\u{FEFF}a: 1\n")
        let key = try #require(seen.first { $0.kind == .scalar })
        #expect(key.text == "a")
        #expect(key.mark == Mark(line: 1, column: 1))
    }

    @Test func handlerCanStopEarly() throws {
        var count = 0
        let finished = try YAMLEventReader.read(Array("a: [1, 2, 3]\nb: {c: d}\n".utf8)) { _ in
            count += 1
            return count == 4 ? .stop : .proceed
        }
        #expect(!finished)
        #expect(count == 4)
    }

    @Test func emptyInputHasNoDocument() throws {
        #expect(try events("").isEmpty)
    }

    @Test func invalidUTF8IsRejectedWithTheParsersPositionedError() throws {
        let bytes: [UInt8] = Array("a: 1\nb: ok\nc: x".utf8) + [0xC3, 0x28] + Array("\n".utf8)
        let streaming = try #require(error { () throws(YAMLError) in try YAMLEventReader.read(bytes) { _ in .proceed } })
        let tree = try #require(error { () throws(YAMLError) in _ = try YAMLParser().parseAll(bytes: bytes) })
        #expect(streaming == tree)
        #expect(streaming.mark == Mark(line: 3, column: 5))
    }

    @Test func nulByteIsRejectedWithTheParsersPositionedError() throws {
        let bytes: [UInt8] = Array("key: value and more text\nnext: ".utf8) + [0] + Array("\n".utf8)
        let streaming = try #require(error { () throws(YAMLError) in try YAMLEventReader.read(bytes) { _ in .proceed } })
        let tree = try #require(error { () throws(YAMLError) in _ = try YAMLParser().parseAll(bytes: bytes) })
        #expect(streaming == tree)
        #expect(streaming.mark == Mark(line: 2, column: 7))
    }

    @Test func syntaxErrorsMatchTheParsers() throws {
        let bytes = Array("a: [unclosed\nb: 2\n".utf8)
        var seen = 0
        let streaming = try #require(error { () throws(YAMLError) in try YAMLEventReader.read(bytes) { _ in seen += 1; return .proceed } })
        let tree = try #require(error { () throws(YAMLError) in _ = try YAMLParser().parseAll(bytes: bytes) })
        #expect(streaming == tree)
        #expect(seen > 0)
    }

    @Test func fastUTF8CheckAgreesWithTheReferenceCheck() {
        var rng = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("abc: défini ".utf8), Array("Привет".utf8), Array("😀".utf8), [0xED, 0xA0, 0x80],
                                 [0xC0, 0xAF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x00], [0xFF], [0xEF, 0xBB, 0xBF],
                                 Array("plain ascii text long enough for words\n".utf8)]
        var disagreements = 0
        var invalid = 0
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                bytes += pieces.randomElement(using: &rng)!
            }
            if Bool.random(using: &rng), !bytes.isEmpty { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            let fast = bytes.withUnsafeBytes { UTF8Check.isValid($0) }
            let reference = (try? UTF8Check.validate(bytes)) != nil
            if !reference { invalid += 1 }
            if fast != reference { disagreements += 1 }
        }
        #expect(disagreements == 0)
        #expect(invalid > 100)
    }

    @Test func plainResolutionFromBytesMatchesTheTreesResolution() {
        var corpus = ["", "~", "null", "Null", "NULL", "nul", "nulls", "true", "True", "TRUE", "tRue", "yes", "Yes", "YES",
                      "y", "no", "No", "NO", "n", "false", "FALSE", "off", ".inf", "-.inf", "+.INF", ".nan", ".NaN", "0",
                      "-0", "+0", "007", "42", "-42", "+42", "9223372036854775807", "9223372036854775808",
                      "-9223372036854775808", "123456789012345678", "1234567890123456789", "0x1F", "0o17", "-0x1",
                      "1.5", "-1.5", "+1.5", "0.1", "627.9", "1.", ".5", "-.5", "1e3", "1.5E-3", "1e", "1.2.3", "1_000",
                      "12:30", "1-2", "٣", "-", "+", ".", "0.30000000000000004", "123456789.123456", "12345678.1234567",
                      "3.14159265358979", "Привет", "n/a", "yes please", "2026-11-23T10:15:00Z", "Fine overall."]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            let digits = Int.random(in: 1...17, using: &rng)
            var s = String(UInt64.random(in: 0...UInt64.max, using: &rng)).prefix(digits)
            if Bool.random(using: &rng) { s.insert(".", at: s.index(s.startIndex, offsetBy: Int.random(in: 0...s.count, using: &rng))) }
            corpus.append((Bool.random(using: &rng) ? "-" : "") + s)
        }
        for text in corpus {
            let expected = Node.resolvePlain(text, tag: nil)
            let bytes = Array(text.utf8)
            let (resolved, kind, isNull) = bytes.withUnsafeBytes {
                (ResolvedScalar.plain($0), ResolvedScalar.plainKind($0), ResolvedScalar.plainIsNull($0))
            }
            // NaN is not equal to itself; compare the bits.
            if case .double(let a) = expected, case .double(let b) = resolved {
                #expect(a.bitPattern == b.bitPattern, "\(text)")
            } else {
                #expect(resolved == expected, "\(text)")
            }
            #expect(kind == expected.kind, "\(text)")
            #expect(isNull == (expected == .null), "\(text)")
        }
    }

    @Test func eventResolutionFollowsStyle() throws {
        var kinds: [ResolvedScalar] = []
        try YAMLEventReader.read(Array("a: yes\nb: 'yes'\nc: \"12\"\nd: 12\ne: ~\nf: |\n  12\n".utf8)) { e in
            if e.kind == .scalar { kinds.append(e.resolved) }
            return .proceed
        }
        #expect(kinds == [.string("a"), .bool(true), .string("b"), .string("yes"), .string("c"), .string("12"),
                          .string("d"), .int(12), .string("e"), .null, .string("f"), .string("12\n")])
    }
}
