import Foundation
import ShopperCore
import Testing

@Suite struct JSONValueTests {
    @Test func quoteEscapesControlsLineSeparatorsAndBidiAndKeepsOtherText() {
        let text = "a\"b\\c\nd\re\tf\u{1B}]0;x\u{07}g\u{7F}\u{85}\u{9B}h\u{2028}i\u{2029}j\u{202E}k\u{2066}Привет 👋"
        #expect(JSONValue.quote(text) == #""a\"b\\c\nd\re\tf\u001b]0;x\u0007g\u007f\u0085\u009bh\u2028i\u2029j\u202ek\u2066Привет 👋""#)
    }

    @Test func numbersRoundToSixDecimalsWithoutAPointWhenWhole() {
        #expect(JSONValue.format(2) == "2")
        #expect(JSONValue.format(-0.5) == "-0.5")
        #expect(JSONValue.format(1.0 / 3) == "0.333333")
        #expect(JSONValue.format(2.0000001) == "2")
        #expect(JSONValue.format(.nan) == "null")
        #expect(JSONValue.format(.infinity) == "null")
        #expect(JSONValue.number(0.1 + 0.2).serialized() == "0.3")
    }

    @Test(arguments: [1e303, -1e303, Double.greatestFiniteMagnitude, -Double.greatestFiniteMagnitude, 1e19, 9.3e18,
                      1e15 + 0.5, 123_456_789.123_456_7, Double.leastNonzeroMagnitude, -Double.leastNormalMagnitude, 1e-310,
                      -0.0])
    func everyFiniteNumberIsValidJSONThatReadsBackClose(x: Double) throws {
        let text = JSONValue.format(x)
        #expect(!text.contains("inf") && !text.contains("nan"), "\(text)")
        // A strict parser (Foundation's) must read it back as a number near x.
        let back = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8), options: .fragmentsAllowed) as? NSNumber)
        let y = back.doubleValue
        #expect(y.isFinite)
        #expect(abs(y - x) <= max(1e-6, abs(x) * 1e-6), "\(text) reads back as \(y)")
    }

    @Test func tinyNumbersKeepSixSignificantDigits() {
        // A p-value far below 0.001 is still a positive number, not 0.
        #expect(JSONValue.format(1.2e-9) == "1.2e-09")
        #expect(JSONValue.format(2.8916437e-5) == "2.89164e-05")
        #expect(JSONValue.format(-0.00012345678) == "-0.000123457")
        #expect(JSONValue.format(0.001) == "0.001")
        #expect(JSONValue.format(0) == "0")
    }

    @Test func prettyKeepsShortScalarsOnOneLineAndSerializedNeverDoes() {
        let value: JSONValue = ["type": "object", "enum": [1, 2], "min": ["a": 1.5]]
        #expect(value.pretty() == """
            {
              "type": "object",
              "enum": [1, 2],
              "min": {"a": 1.5}
            }

            """)
        #expect(value.serialized() == """
            {
              "type": "object",
              "enum": [
                1,
                2
              ],
              "min": {
                "a": 1.5
              }
            }
            """)
    }

    @Test func objectsKeepTheOrderWritten() {
        let value: JSONValue = ["z": 1, "a": 2, "m": .null]
        #expect(value.serialized() == "{\n  \"z\": 1,\n  \"a\": 2,\n  \"m\": null\n}")
        #expect(value["a"] == 2)
        #expect(value["missing"] == nil)
    }
}
