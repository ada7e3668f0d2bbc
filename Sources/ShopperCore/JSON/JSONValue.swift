import Foundation
/// A JSON value whose objects keep their keys in the order written, so output is stable.
/// One type for every JSON the tool writes: the scenario schema (`pretty()`) and the report
/// (`serialized()`).
public indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Member])

    public struct Member: Sendable, Hashable {
        public var key: String
        public var value: JSONValue

        public init(_ key: String, _ value: JSONValue) {
            self.key = key
            self.value = value
        }
    }

    /// The value for a key of an object (nil for other values or a missing key).
    public subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// Pretty-printed with two-space indents and a final newline; arrays of scalars that fit in
    /// 100 columns and objects of one or two scalars that fit in 60 stay on one line.
    public func pretty() -> String {
        var out = ""
        write(into: &out, indent: 0, inline: true)
        return out + "\n"
    }

    /// Two-space indents, every array item and object member on a line of its own; no final
    /// newline.
    public func serialized() -> String {
        var out = ""
        write(into: &out, indent: 0, inline: false)
        return out
    }

    private func write(into out: inout String, indent: Int, inline: Bool) {
        // Indents are made only for collections: a 17 MB report has ~10^6 scalars.
        var pad: String { String(repeating: "  ", count: indent + 1) }
        var closePad: String { String(repeating: "  ", count: indent) }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .number(let d): out += JSONValue.format(d)
        case .string(let s): out += JSONValue.quote(s)
        case .array(let items):
            if items.isEmpty {
                out += "[]"
                return
            }
            if inline, items.allSatisfy(\.isScalar) {
                let line = "[" + items.map { $0.compact() }.joined(separator: ", ") + "]"
                if line.count + indent * 2 <= 100 {
                    out += line
                    return
                }
            }
            out += "[\n"
            let pad = pad
            for (i, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1, inline: inline)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "]"
        case .object(let members):
            if members.isEmpty {
                out += "{}"
                return
            }
            if inline, members.count <= 2, members.allSatisfy(\.value.isScalar) {
                let line = "{" + members.map { JSONValue.quote($0.key) + ": " + $0.value.compact() }
                    .joined(separator: ", ") + "}"
                if line.count <= 60 {
                    out += line
                    return
                }
            }
            out += "{\n"
            let pad = pad
            for (i, member) in members.enumerated() {
                out += pad
                out += JSONValue.quote(member.key)
                out += ": "
                member.value.write(into: &out, indent: indent + 1, inline: inline)
                out += i == members.count - 1 ? "\n" : ",\n"
            }
            out += closePad + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    private func compact() -> String {
        var out = ""
        write(into: &out, indent: 0, inline: true)
        return out
    }

    /// A number rounded to 6 decimals, without a point when whole; below 0.001, to 6
    /// significant digits instead (a p-value of 1.2e-09 must not read as 0); non-finite numbers
    /// (which JSON cannot hold) as `null`.
    /// Total: every finite `x` gives a JSON number (huge or tiny ones in exponent form, e.g.
    /// `1e+300`, `5e-324`), never `inf` or `nan`.
    public static func format(_ x: Double) -> String {
        guard x.isFinite else { return "null" }
        if x != 0, abs(x) < 1e-3 {
            let scale = pow(10, 5 - floor(log10(abs(x))))
            let rounded = (x * scale).rounded() / scale
            // Below about 1e-303 the scale itself overflows: the value is shown as it is.
            return String(rounded.isFinite && rounded != 0 ? rounded : x)
        }
        // Past 1e15 a double has no sixth decimal to round, and scaling could overflow.
        guard abs(x) < 1e15 else { return String(x) }
        let rounded = (x * 1_000_000).rounded() / 1_000_000
        if rounded == rounded.rounded() {
            return String(Int64(rounded))
        }
        return String(rounded)
    }

    /// A JSON string literal. Printable text, non-ASCII included, stays as it is (UTF-8); C0
    /// and C1 controls, DEL, U+2028/2029 (line breaks to JavaScript) and bidi embeddings,
    /// overrides and isolates are escaped, so the file is safe to print to a terminal and
    /// loses nothing.
    public static func quote(_ s: String) -> String {
        // Most keys and values need no escape: one copy, not one append per character.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 >= 0x7F }) {
            return "\"" + s + "\""
        }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x22: out += "\\\""
            case 0x5C: out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    /// Keys keep the order written.
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(elements.map { Member($0.0, $0.1) })
    }
}
