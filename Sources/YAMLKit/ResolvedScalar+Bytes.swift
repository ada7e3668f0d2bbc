/// Resolving plain scalars straight from their UTF-8 bytes, for streaming readers.
/// The result is always what `Node.resolvePlain` gives for the same text: common forms
/// (the null and boolean words, decimal integers and short decimal fractions) are decided
/// on the bytes, everything else goes through `Node.resolvePlain` itself.
extension ResolvedScalar {
    /// The case of a `ResolvedScalar`, without its payload.
    public enum Kind: Sendable, Hashable {
        case null, bool, int, double, string
    }

    public var kind: Kind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        }
    }

    /// Whether the plain scalar `bytes` reads as null: empty, `~`, `null`, `Null`, `NULL`.
    public static func plainIsNull(_ bytes: UnsafeRawBufferPointer) -> Bool {
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == UInt8(ascii: "~")
        case 4:
            return "null".utf8.elementsEqual(bytes) || "Null".utf8.elementsEqual(bytes) || "NULL".utf8.elementsEqual(bytes)
        default: return false
        }
    }

    /// The meaning of the plain scalar whose text is `bytes`.
    public static func plain(_ bytes: UnsafeRawBufferPointer) -> ResolvedScalar {
        switch classify(bytes) {
        case .decided(let value): return value
        case .string: return .string(String(decoding: bytes, as: UTF8.self))
        case .undecided: return Node.resolvePlain(String(decoding: bytes, as: UTF8.self), tag: nil)
        }
    }

    /// The kind of `plain(bytes)`, making a `String` only for unusual number forms.
    public static func plainKind(_ bytes: UnsafeRawBufferPointer) -> Kind {
        switch classify(bytes) {
        case .decided(let value): return value.kind
        case .string: return .string
        case .undecided: return Node.resolvePlain(String(decoding: bytes, as: UTF8.self), tag: nil).kind
        }
    }

    private enum Classification {
        case decided(ResolvedScalar)
        /// Certainly a string (the caller makes it if needed).
        case string
        /// Left to `Node.resolvePlain`.
        case undecided
    }

    private static let words: [(String, ResolvedScalar)] = [
        ("~", .null), ("null", .null), ("Null", .null), ("NULL", .null),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("yes", .bool(true)), ("Yes", .bool(true)), ("YES", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("no", .bool(false)), ("No", .bool(false)), ("NO", .bool(false)),
    ]

    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                                1e12, 1e13, 1e14, 1e15]

    private static func classify(_ bytes: UnsafeRawBufferPointer) -> Classification {
        let n = bytes.count
        if n == 0 { return .decided(.null) }
        let first = bytes[0]
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            return number(bytes)
        case UInt8(ascii: "."):
            return .undecided
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
             UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            guard n <= 5 else { return .string }
            for (word, value) in words where word.utf8.count == n && word.utf8.elementsEqual(bytes) {
                return .decided(value)
            }
            return .string
        default:
            // No null, boolean, number or special float starts with any other byte.
            return .string
        }
    }

    /// `[-+]?[0-9]+` that fits in an `Int`, and `[-+]?[0-9]+\.[0-9]+` with at most 15 digits
    /// (exact as `Double(m) / 10^k`, since both are exact doubles and one division rounds
    /// correctly, as `Double(String)` does). Anything else is undecided.
    private static func number(_ bytes: UnsafeRawBufferPointer) -> Classification {
        let n = bytes.count
        var i = 0
        var negative = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            i = 1
        }
        let intStart = i
        var mantissa: UInt64 = 0
        while i < n, bytes[i] >= 48, bytes[i] <= 57 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 48)
            i += 1
        }
        let intDigits = i - intStart
        guard intDigits > 0, intDigits <= 18 else { return .undecided }
        if i == n {
            let value = Int(mantissa)
            return .decided(.int(negative ? -value : value))
        }
        guard bytes[i] == UInt8(ascii: ".") else { return .undecided }
        i += 1
        let fracStart = i
        while i < n, bytes[i] >= 48, bytes[i] <= 57 {
            mantissa = mantissa &* 10 &+ UInt64(bytes[i] - 48)
            i += 1
        }
        let fracDigits = i - fracStart
        guard i == n, fracDigits > 0, intDigits + fracDigits <= 15 else { return .undecided }
        let value = Double(mantissa) / powersOfTen[fracDigits]
        return .decided(.double(negative ? -value : value))
    }
}
