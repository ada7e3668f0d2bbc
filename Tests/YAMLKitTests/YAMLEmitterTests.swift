import Foundation
import TestSupport
import Testing
@testable import YAMLKit

@Suite struct YAMLEmitterTests {
    /// Structural equality, ignoring positions and presentation style.
    func same(_ a: Node, _ b: Node) -> Bool {
        switch (a.content, b.content) {
        case (.scalar, .scalar): return a.resolved == b.resolved || (a.resolved.isNaN && b.resolved.isNaN)
        case (.sequence(let x), .sequence(let y)): return x.count == y.count && zip(x, y).allSatisfy(same)
        case (.mapping(let x), .mapping(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default: return false
        }
    }

    @Test func cyrillicAndCJKStayReadable() throws {
        let text = try YAMLEmitter().emit(.mapping([("город", .string("Прага")), ("note", .string("日本語"))]))
        #expect(text.contains("город: Прага"))
        #expect(text.contains("note: 日本語"))
        #expect(!text.contains("\\u"))
    }

    @Test func emojiStayReadableThoughLibyamlEscapesThem() throws {
        // libyaml 0.2.5 writes characters outside the BMP as \U escapes; the emitter puts them back.
        let node = Node.mapping([("note", .string("Отлично 👍")), ("flag", .string("🇷🇺 и 👨‍👩‍👧"))])
        let text = try YAMLEmitter().emit(node)
        #expect(text.contains("Отлично 👍"))
        #expect(text.contains("🇷🇺 и 👨‍👩‍👧"))
        #expect(!text.contains("\\U"))
        #expect(try #require(try YAMLParser().parse(text)).hasSameValue(as: node))
    }

    @Test func escapeLookalikeTextIsNotTouched() throws {
        // Text that merely looks like an escape, next to a real emoji, must read back as written.
        let node = Node.mapping([("a", .string("C:\\U0001F600 and 😀")), ("b", .string("tab\there 😀")),
                                 ("c", .string("line\\U0001F600\nnext 😀\n"))])
        let text = try YAMLEmitter().emit(node)
        #expect(try #require(try YAMLParser().parse(text)).hasSameValue(as: node), "\(text)")
    }

    @Test func stringsThatLookLikeOtherTypesAreQuoted() throws {
        let node = Node.mapping([("a", .string("yes")), ("b", .string("12")), ("c", .string("null")), ("d", .string("")),
                                 ("e", .string("x: y")), ("f", .string("- item")), ("g", .string("#hash"))])
        let text = try YAMLEmitter().emit(node)
        let back = try #require(try YAMLParser().parse(text))
        for key in ["a", "b", "c", "d", "e", "f", "g"] {
            #expect(back[key]?.resolved == node[key]?.resolved, "\(key) in \(text)")
        }
    }

    @Test func whatItWritesReadsBackEqual() throws {
        let node = Node.mapping([
            ("title", .string("Купить билеты в Прагу")),
            ("multi", .string("line one\nline two\n")),
            ("trailing", .string("ends with space ")),
            ("control", .string("bell\u{07}tab\there")),
            ("numbers", .sequence([.int(0), .int(-5), .double(1.25), .double(73.4, digits: 1)])),
            ("flags", .sequence([.bool(true), .bool(false), .null])),
            ("empty", .sequence([])),
            ("nested", .mapping([("deep", .mapping([("x", .string("'quoted' \"double\""))]))])),
        ])
        let text = try YAMLEmitter().emit(node)
        let back = try #require(try YAMLParser().parse(text))
        #expect(same(node, back), "\(text)")
    }

    @Test func everySuiteValueRoundTrips() throws {
        var failures: [String] = []
        for c in YAMLTestSuiteTests.cases() where !c.isError && c.json != nil {
            guard let bytes = try? [UInt8](contentsOf: c.folder.appendingPathComponent("in.yaml")),
                  let docs = try? YAMLParser().parseAll(bytes: bytes) else { continue }
            for doc in docs {
                do {
                    let text = try YAMLEmitter().emit(doc)
                    let back = try YAMLParser().parseAll(bytes: Array(text.utf8))
                    if back.count != 1 || !same(doc, back[0]) { failures.append(c.id) }
                } catch {
                    failures.append("\(c.id): \(error)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures)")
    }

    /// Texts that YAML 1.1 readers (PyYAML, Psych, go-yaml v2) or 1.2 readers take for something else.
    static let ambiguousTexts = [
        "10:48", "1:30:00", "-10:48", "190:20:30.15", "yes", "No", "on", "OFF", "y", "N", "~", "null", "true",
        "1e3", "1E-3", "0x1F", "0o17", "017", "0b101", "1_000", "1.", ".5", "+12", "2026-11-23", "2026-1-5",
        "2026-11-23T10:48:00Z", "2026-11-23 10:48:00", ".inf", "-.Inf", ".nan", "=", "<<", "12", "1.5",
    ]
    /// Texts every reader reads as themselves: they stay plain.
    static let plainTexts = ["Prague", "3-D Secure page never loaded", "5.2.0", "1-2", "10:48 am", "0:30 min",
                             "2026-11", "no way", "yes!", "Москва", "1.2.3"]

    @Test func textsOtherReadersTakeForNumbersDatesOrBooleansAreQuoted() throws {
        for text in Self.ambiguousTexts {
            // Built as a string, and as a plain scalar (the emitter quotes it either way).
            for node in [Node.string(text), Node(.scalar(Node.Scalar(text, style: .plain)))]
            where node.resolved == .string(text) {
                let written = try YAMLEmitter().emit(.mapping([("k", node)]))
                #expect(written == "k: \"\(text)\"\n", "\(text) was written as \(written)")
            }
        }
        for text in Self.plainTexts {
            #expect(try YAMLEmitter().emit(.mapping([("k", .string(text))])) == "k: \(text)\n")
        }
    }

    @Test(.enabled(if: PyYAML.shouldRun, "PyYAML not found (python3 -c 'import yaml' fails): the YAML 1.1 read-back is not checked here"))
    func pyYAMLReadsWhatItWritesAsShopperDoes() throws {
        var pairs: [(String, Node)] = []
        for (i, text) in (Self.ambiguousTexts + Self.plainTexts).enumerated() {
            pairs.append(("v\(i)", .string(text)))
            pairs.append((text, .int(i)))  // as keys too
        }
        pairs += [("int", .int(-5)), ("double", .double(73.25)), ("huge", .double(1e20)), ("tiny", .double(-2.5e-17, digits: 20)),
                  ("flag", .bool(true)), ("nothing", .null),
                  ("list", .sequence([.string("10:48"), .string("on"), .int(3)]))]
        let written = try YAMLEmitter().emit(.mapping(pairs))
        let shopper = PyYAML.canonical(try #require(try YAMLParser().parse(written)))
        let python = try PyYAML.read([written])
        #expect(python == [shopper], "\(written)")
    }

    @Test func deepTreesDoNotExhaustTheStack() throws {
        var node = Node.string("leaf")
        for _ in 0..<10_000 { node = .sequence([node]) }
        let text = try YAMLEmitter().emit(node)
        #expect(text.contains("leaf"))
    }
}

extension ResolvedScalar {
    var isNaN: Bool {
        if case .double(let d) = self { return d.isNaN }
        return false
    }
}

extension Array where Element == UInt8 {
    init(contentsOf url: URL) throws {
        self = [UInt8](try Data(contentsOf: url))
    }
}
