import Foundation
import Testing
import YAMLKit
@testable import ShopperCore

/// Names are one line of printable text: `ControlCharacters` and the decoders that hold names to it.
@Suite struct ControlCharactersTests {
    @Test func c0DelAndC1AreControlsAndPrintableTextIsNot() {
        let controls = (0x00...0x1F).map { $0 } + [0x7F] + (0x80...0x9F).map { $0 }
        for value in controls {
            #expect(ControlCharacters.isControl(Unicode.Scalar(UInt32(value))!), "U+\(String(value, radix: 16))")
        }
        for text in ["Анна Петрова", "Eve O'Neil", "李雷", "👍", "\u{A0}", "\u{200B}"] {
            #expect(ControlCharacters.first(in: text) == nil, "\(text)")
        }
        #expect(ControlCharacters.problem(inName: "Eve\u{1B}[31m") == "contains an escape (U+001B); a name is one line of printable text")
        #expect(ControlCharacters.problem(inName: "a\u{85}b") == "contains a control character (U+0085); a name is one line of printable text")
    }

    @Test(arguments: [("name", "\"Pay\\0ment\"", "'name' contains a NUL (U+0000)"),
                      ("channel", "\"w\\e[2Jeb\"", "'channel' contains an escape (U+001B)"),
                      ("owner", "\"Ann\\nBerg\"", "'owner' contains a newline (U+000A)")])
    func aRegistryNameWithAControlCharacterIsAnErrorAtItsValue(key: String, value: String, message: String) throws {
        var fields = ["name": "Payment", "channel": "web", "owner": "Ann"]
        fields[key] = value
        let text = """
            touchpoints:
              - id: web-pay
                name: \(fields["name"]!)
                channel: \(fields["channel"]!)
                owner: \(fields["owner"]!)
                stage: purchase
                importance: {customer: 5, business: 4}

            """
        let node = try #require(try YAMLParser().parse(bytes: Array(text.utf8)))
        let (registry, diagnostics) = TouchpointsDecoder.decode(node)
        #expect(registry == nil)
        #expect(diagnostics.map(\.message) == ["\(message); a name is one line of printable text"])
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\(key): \(value)") }!
        #expect(diagnostics.first?.mark == Mark(line: line + 1, column: key.count + 7))
    }
}
