/// What a scalar means under the YAML 1.2 core schema (with `yes`/`no` read as booleans too,
/// as people write them).
public enum ResolvedScalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
}

extension Node {
    /// The scalar's typed value. Quoted and block scalars, and `!!str`, are always strings.
    public var resolved: ResolvedScalar {
        guard case .scalar(let s) = content else { return .string("") }
        switch tag {
        case "tag:yaml.org,2002:str": return .string(s.value)
        case "tag:yaml.org,2002:null": return .null
        case nil, "!": break
        default: break
        }
        if s.style != .plain || tag == "!" { return .string(s.value) }
        return Node.resolvePlain(s.value, tag: tag)
    }

    static func resolvePlain(_ v: String, tag: String?) -> ResolvedScalar {
        switch v {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "yes", "Yes", "YES": return .bool(true)
        case "false", "False", "FALSE", "no", "No", "NO": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .double(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .double(-.infinity)
        case ".nan", ".NaN", ".NAN": return .double(.nan)
        default: break
        }
        if let i = parseInt(v) { return .int(i) }
        if isFloatSyntax(v), let d = Double(v) { return .double(d) }
        return .string(v)
    }

    private static func parseInt(_ v: String) -> Int? {
        var body = Substring(v)
        var sign = 1
        if body.first == "-" || body.first == "+" {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        guard !body.isEmpty else { return nil }
        if body.hasPrefix("0x") {
            guard sign == 1, let i = Int(body.dropFirst(2), radix: 16) else { return nil }
            return i
        }
        if body.hasPrefix("0o") {
            guard sign == 1, let i = Int(body.dropFirst(2), radix: 8) else { return nil }
            return i
        }
        guard body.allSatisfy({ $0.isASCII && $0.isNumber }), let i = Int(body) else { return nil }
        return sign * i
    }

    private static func isFloatSyntax(_ v: String) -> Bool {
        // [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
        var chars = Array(v.utf8)[...]
        if let f = chars.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { chars = chars.dropFirst() }
        func digits() -> Int {
            var n = 0
            while let c = chars.first, c >= 48, c <= 57 { chars = chars.dropFirst(); n += 1 }
            return n
        }
        let intDigits = digits()
        var fracDigits = 0
        if chars.first == UInt8(ascii: ".") {
            chars = chars.dropFirst()
            fracDigits = digits()
        }
        guard intDigits + fracDigits > 0 else { return false }
        if let e = chars.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            chars = chars.dropFirst()
            if let s = chars.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { chars = chars.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return chars.isEmpty
    }
}
