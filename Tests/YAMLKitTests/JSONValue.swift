/// A minimal JSON reader for the test suite's `in.json` files, which may hold several
/// documents one after another (JSONSerialization reads only one).
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    struct ParseError: Error {}

    static func parseStream(_ text: String) throws -> [JSONValue] {
        var reader = Reader(scalars: Array(text.unicodeScalars))
        var values: [JSONValue] = []
        reader.skipSpace()
        while !reader.atEnd {
            values.append(try reader.value())
            reader.skipSpace()
        }
        return values
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var i = 0

        var atEnd: Bool { i >= scalars.count }

        mutating func skipSpace() {
            while i < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[i]) { i += 1 }
        }

        mutating func expect(_ word: String) throws {
            for s in word.unicodeScalars {
                guard i < scalars.count, scalars[i] == s else { throw ParseError() }
                i += 1
            }
        }

        mutating func value() throws -> JSONValue {
            skipSpace()
            guard i < scalars.count else { throw ParseError() }
            switch scalars[i] {
            case "n": try expect("null"); return .null
            case "t": try expect("true"); return .bool(true)
            case "f": try expect("false"); return .bool(false)
            case "\"": return .string(try string())
            case "[":
                i += 1
                var items: [JSONValue] = []
                skipSpace()
                if scalars[i] == "]" { i += 1; return .array(items) }
                while true {
                    items.append(try value())
                    skipSpace()
                    if scalars[i] == "," { i += 1; continue }
                    try expect("]")
                    return .array(items)
                }
            case "{":
                i += 1
                var object: [String: JSONValue] = [:]
                skipSpace()
                if scalars[i] == "}" { i += 1; return .object(object) }
                while true {
                    skipSpace()
                    let key = try string()
                    skipSpace()
                    try expect(":")
                    object[key] = try value()
                    skipSpace()
                    if scalars[i] == "," { i += 1; continue }
                    try expect("}")
                    return .object(object)
                }
            default:
                var text = ""
                while i < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[i]) {
                    text.unicodeScalars.append(scalars[i])
                    i += 1
                }
                guard let n = Double(text) else { throw ParseError() }
                return .number(n)
            }
        }

        mutating func string() throws -> String {
            try expect("\"")
            var out = String.UnicodeScalarView()
            while i < scalars.count {
                let c = scalars[i]
                i += 1
                if c == "\"" { return String(out) }
                guard c == "\\" else { out.append(c); continue }
                let e = scalars[i]
                i += 1
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "b": out.append("\u{8}")
                case "f": out.append("\u{C}")
                case "/": out.append("/")
                case "\\": out.append("\\")
                case "\"": out.append("\"")
                case "u":
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        try expect("\\u")
                        let low = try hex4()
                        code = 0x10000 + (code - 0xD800) * 0x400 + (low - 0xDC00)
                    }
                    guard let s = Unicode.Scalar(code) else { throw ParseError() }
                    out.append(s)
                default: throw ParseError()
                }
            }
            throw ParseError()
        }

        mutating func hex4() throws -> UInt32 {
            guard i + 4 <= scalars.count, let v = UInt32(String(String.UnicodeScalarView(scalars[i..<i + 4])), radix: 16) else {
                throw ParseError()
            }
            i += 4
            return v
        }
    }
}
