import TestSupport
import Testing
@testable import YAMLKit

@Suite struct YAMLParserTests {
    func error(_ text: String, limits: YAMLParser.Limits = .init()) -> YAMLError? {
        do {
            _ = try YAMLParser(limits: limits).parseAll(bytes: Array(text.utf8))
            return nil
        } catch {
            return error
        }
    }

    @Test func everyNodeCarriesItsPosition() throws {
        let (text, m) = marked("""
        1️⃣title: 2️⃣Привет
        steps:
          - 3️⃣id: 4️⃣pay
        """)
        let root = try #require(try YAMLParser().parse(text))
        let pairs = try #require(root.mapping)
        #expect(pairs[0].key.mark == m["1️⃣"])
        #expect(pairs[0].value.mark == m["2️⃣"])
        let step = try #require(root["steps"]?.sequence?.first)
        #expect(step.mapping?.first?.key.mark == m["3️⃣"])
        #expect(step["id"]?.mark == m["4️⃣"])
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let (text, m) = marked("имя: Анна\nгород: 1️⃣Прага\n")
        let root = try #require(try YAMLParser().parse(text))
        #expect(root["город"]?.mark == m["1️⃣"])
    }

    @Test func duplicateKeyPointsAtSecondOccurrenceWithNote() throws {
        let (text, m) = marked("1️⃣title: a\nsteps: []\n2️⃣title: b\n")
        let e = try #require(error(text))
        #expect(e.message == "duplicate key 'title'")
        #expect(e.mark == m["2️⃣"])
        #expect(e.notes.first?.mark == m["1️⃣"])
    }

    @Test func everyDuplicateKeyCanBeCollectedWithTheTreeKept() throws {
        let (text, m) = marked("a: 1\nb:\n  x: 1\n  1️⃣x: 2\n2️⃣a: 3\nc: 4\n")
        let (root, duplicates) = try YAMLParser().parseCollectingDuplicates(bytes: Array(text.utf8))
        #expect(duplicates.map(\.mark) == [m["1️⃣"]!, m["2️⃣"]!])
        #expect(root?["a"]?.resolved == .int(1))
        #expect(root?["b"]?["x"]?.resolved == .int(1))
        #expect(root?["c"]?.resolved == .int(4))
    }

    @Test func duplicateKeysCompareByValueNotSpelling() throws {
        #expect(error("'a': 1\na: 2\n") != nil)
        #expect(error("1: x\n01: y\n") != nil)
        #expect(error("a: 1\nb: 2\n") == nil)
        #expect(error("- {a: 1}\n- {a: 1}\n") == nil)
    }

    @Test func aliasBombIsRefusedQuickly() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...12 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            text += "a\(i): &a\(i) [\(refs)]\n"
        }
        let e = try #require(error(text))
        #expect(e.message == "document has more than 1,000,000 nodes (counting every alias expansion)")
        #expect(e.mark.line > 1)
        #expect(error("a: &x [1]\nb: *x\nc: *x\n", limits: .init(maxNodes: 7))?.message
            == "document has more than 7 nodes (counting every alias expansion)")
    }

    @Test func theNodeLimitSpeaksOfAliasesOnlyWhenTheDocumentUsesOne() throws {
        #expect(error("a: [1, 2, 3]\n", limits: .init(maxNodes: 3))?.message == "document has more than 3 nodes")
        // An anchor alone expands nothing.
        #expect(error("a: &x [1, 2, 3]\n", limits: .init(maxNodes: 3))?.message == "document has more than 3 nodes")
        // Each document is counted, and spoken of, on its own.
        #expect(error("a: &x [1]\nb: *x\n---\n[1, 2, 3, 4, 5, 6, 7, 8]\n", limits: .init(maxNodes: 7))?.message
            == "document has more than 7 nodes")
    }

    @Test func theNodeLimitCountsEachNodeOnceAndEachAliasExpansion() throws {
        // root mapping, key a, the list and its three items: 6 nodes.
        #expect(error("a: [1, 2, 3]\n", limits: .init(maxNodes: 6)) == nil)
        #expect(error("a: [1, 2, 3]\n", limits: .init(maxNodes: 5)) != nil)
        // a, the list of 2 and its items (4), b, the alias expanding to 3 nodes, the root: 9.
        #expect(error("a: &x [1, 2]\nb: *x\n", limits: .init(maxNodes: 9)) == nil)
        #expect(error("a: &x [1, 2]\nb: *x\n", limits: .init(maxNodes: 8)) != nil)
    }

    @Test func aLargeAliasFreeDocumentUnderTheLimitIsAccepted() throws {
        // 5,000 steps of 10 keys, with lists of mappings: 5,000 × 45 + 3 = 225,003 nodes, deep enough
        // that counting each node once per level above it (1,105,000) passed 1,000,000.
        var text = "scenario: big\nsteps:\n"
        for i in 0..<5_000 {
            text += "  - {id: s\(i), title: Step \(i), do: Do it, touchpoint: t, stage: purchase, target: 2m, "
                + "score: true, expect: [a, b], checklist: [{id: c1, text: x}, {id: c2, text: y}, {id: c3, text: z}], "
                + "questions: [{id: q, ask: Easy?, type: seq}]}\n"
        }
        let root = try #require(try YAMLParser().parse(text))
        #expect(root["steps"]?.sequence?.count == 5_000)
    }

    @Test func nodeLimitsAreGroupedByThousands() {
        #expect([0, 999, 1000, 12_345, 1_000_000, 1_234_567_890].map(TreeBuilder.grouped)
            == ["0", "999", "1,000", "12,345", "1,000,000", "1,234,567,890"])
    }

    @Test(arguments: [
        // A value with ': ' in it, or a key indented under a plain value.
        ("title: Order1️⃣: online\n", "mapping values are not allowed in this context; check the indentation, or quote a value that contains ': '"),
        ("a: 1\n  b1️⃣: 2\n", "mapping values are not allowed in this context; check the indentation, or quote a value that contains ': '"),
        // A list item out of line with its siblings.
        ("steps:\n  - id: x\n 1️⃣- id: y\n",
         "did not find expected key; check the indentation: the keys of one mapping, and the '- ' of the items of one list, each start in the same column"),
        // A key of a list item out of line with the item's other keys.
        ("steps:\n  - id: x\n    title: y\n   1️⃣do: z\n",
         "did not find expected '-' indicator; check the indentation: the keys of one mapping, and the '- ' of the items of one list, each start in the same column"),
        // A line with no colon in a mapping (the position is where libyaml gives up: the next line).
        ("title: Order\nbrief\n1️⃣steps: []\n", "could not find expected ':'; check the indentation, or write the line as 'key: value'"),
    ])
    func indentationMistakesGetAHint(text: String, message: String) throws {
        let (clean, m) = marked(text)
        let e = try #require(error(clean))
        #expect(e.message == message)
        #expect(e.mark == m["1️⃣"])
    }

    @Test func otherSyntaxErrorsKeepLibyamlsWords() throws {
        let e = try #require(error("a: [1, 2\n"))
        #expect(!e.message.contains("indentation"))
    }

    @Test func deepNestingIsRefusedWithPosition() throws {
        let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let e = try #require(error(text))
        #expect(e.message.contains("nesting deeper than 128"))
        #expect(e.mark == Mark(line: 1, column: 129))
    }

    @Test func nestingWithinTheLimitIsFine() {
        let text = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(error(text) == nil)
    }

    @Test func invalidUTF8IsPositioned() throws {
        var bytes = Array("name: ok\ncity: Пра".utf8)
        bytes.append(0xFF)
        let e = try #require(throws: YAMLError.self) { try YAMLParser().parseAll(bytes: bytes) }
        #expect(e.mark == Mark(line: 2, column: 10))
        #expect(e.message.contains("invalid UTF-8"))
    }

    @Test func truncatedMultibyteSequenceIsInvalid() throws {
        let bytes: [UInt8] = Array("a: ".utf8) + [0xD0]
        let e = try #require(throws: YAMLError.self) { try YAMLParser().parseAll(bytes: bytes) }
        #expect(e.mark == Mark(line: 1, column: 4))
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]] {
            #expect(throws: YAMLError.self) { try YAMLParser().parseAll(bytes: Array("x: ".utf8) + bad) }
        }
    }

    @Test func byteOrderMarkIsSkippedAndTakesNoColumn() throws {
        let root = try #require(try YAMLParser().parse("\u{FEFF}a: 1\nb: 2\n"))
        #expect(root.mapping?.first?.key.scalar?.value == "a")
        #expect(root.mapping?.first?.key.mark == Mark(line: 1, column: 1))
        #expect(root["b"]?.resolved == .int(2))
    }

    @Test func nulByteIsPositioned() throws {
        let bytes = Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8)
        let e = try #require(throws: YAMLError.self) { try YAMLParser().parseAll(bytes: bytes) }
        #expect(e.message == "NUL byte in input")
        #expect(e.mark == Mark(line: 2, column: 5))
    }

    @Test func syntaxErrorsArePositioned() throws {
        let (text, m) = marked("a: [1, 2\nb: 1️⃣c\n")
        let e = try #require(error(text))
        #expect(e.mark.line >= 1)
        _ = m
        let e2 = try #require(error("key: value\n  bad: indent\n"))
        #expect(e2.mark == Mark(line: 2, column: 6))
    }

    @Test func singleDocumentParseRejectsSeveral() throws {
        #expect(throws: YAMLError.self) { try YAMLParser().parse("a: 1\n---\nb: 2\n") }
        #expect(try YAMLParser().parse("") == nil)
    }

    @Test func unknownAliasIsAnError() throws {
        let e = try #require(error("a: *nothing\n"))
        #expect(e.message.contains("nothing") || e.message.contains("alias"))
    }

    @Test func resolvesCoreSchemaAndYesNo() throws {
        let root = try #require(try YAMLParser().parse("a: 1\nb: 1.5\nc: yes\nd: 'yes'\ne: ~\nf: text\ng: 0x1F\nh: -3\n"))
        #expect(root["a"]?.resolved == .int(1))
        #expect(root["b"]?.resolved == .double(1.5))
        #expect(root["c"]?.resolved == .bool(true))
        #expect(root["d"]?.resolved == .string("yes"))
        #expect(root["e"]?.resolved == .null)
        #expect(root["f"]?.resolved == .string("text"))
        #expect(root["g"]?.resolved == .int(31))
        #expect(root["h"]?.resolved == .int(-3))
    }
}
