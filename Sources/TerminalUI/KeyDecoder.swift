// KeyDecoder: raw input bytes → `Key`s, pure and stateful across reads.
//
// A UTF-8 character or an escape sequence may be split between two reads: the decoder keeps the
// unfinished part and completes it with the next bytes. A lone ESC is ambiguous (Escape pressed,
// or the first byte of an arrow key?), so it is held until more bytes arrive or the caller, after
// a read that timed out, calls `flush()`.
//
// Escape sequences: ESC [ A/B/C/D and ESC O A/B/C/D (application cursor mode) are arrows; other
// CSI sequences (ESC [ parameters final) and SS3 sequences are `.other`; ESC followed by anything
// else is `.escape` and that byte is decoded on its own (Escape then a key, typed quickly).

/// Decodes terminal input bytes into keys.
public struct KeyDecoder: Sendable {
    private enum State: Sendable {
        case ground
        case escape               // after ESC
        case csi                  // after ESC [ (parameters may follow)
        case ss3                  // after ESC O
        case utf8(remaining: Int, scalar: UInt32, minimum: UInt32)
    }

    private var state: State = .ground
    private var lastWasCR = false

    public init() {}

    /// Keys completed by `bytes`; unfinished input is kept for the next call.
    public mutating func decode<Bytes: Sequence>(_ bytes: Bytes) -> [Key] where Bytes.Element == UInt8 {
        var keys: [Key] = []
        for byte in bytes { feed(byte, into: &keys) }
        return keys
    }

    /// Ends whatever is pending, for a read that timed out or end of input: a lone ESC becomes
    /// `.escape`, a partial escape sequence or UTF-8 character becomes `.other`.
    public mutating func flush() -> [Key] {
        defer { state = .ground }
        switch state {
        case .ground: return []
        case .escape: return [.escape]
        case .csi, .ss3, .utf8: return [.other]
        }
    }

    /// Whether bytes are held back waiting for more input (call `flush()` after a timeout).
    public var hasPending: Bool {
        if case .ground = state { return false }
        return true
    }

    private mutating func feed(_ byte: UInt8, into keys: inout [Key]) {
        let afterCR = lastWasCR
        lastWasCR = false
        switch state {
        case .ground:
            ground(byte, afterCR: afterCR, into: &keys)
        case .escape:
            switch byte {
            case UInt8(ascii: "["): state = .csi
            case UInt8(ascii: "O"): state = .ss3
            case 0x1B: keys.append(.escape)  // stays in .escape for the second ESC
            default:
                state = .ground
                keys.append(.escape)
                ground(byte, afterCR: false, into: &keys)
            }
        case .csi:
            switch byte {
            case 0x30...0x3F, 0x20...0x2F:
                break  // parameters and intermediates; arrows with modifiers end in A–D too
            case 0x40...0x7E:
                state = .ground
                keys.append(Self.arrow(byte) ?? .other)
            default:
                state = .ground
                keys.append(.other)
                ground(byte, afterCR: false, into: &keys)
            }
        case .ss3:
            state = .ground
            if let arrow = Self.arrow(byte) {
                keys.append(arrow)
            } else if (0x40...0x7E).contains(byte) {
                keys.append(.other)
            } else {
                keys.append(.other)
                ground(byte, afterCR: false, into: &keys)
            }
        case .utf8(let remaining, let scalar, let minimum):
            guard byte & 0xC0 == 0x80 else {
                state = .ground
                keys.append(.other)
                ground(byte, afterCR: false, into: &keys)
                return
            }
            let value = scalar << 6 | UInt32(byte & 0x3F)
            if remaining > 1 {
                state = .utf8(remaining: remaining - 1, scalar: value, minimum: minimum)
                return
            }
            state = .ground
            if value >= minimum, let decoded = Unicode.Scalar(value), !Self.isControl(value) {
                keys.append(.char(Character(decoded)))
            } else {
                keys.append(.other)  // overlong, surrogate, out of range, or a C1 control
            }
        }
    }

    private mutating func ground(_ byte: UInt8, afterCR: Bool, into keys: inout [Key]) {
        switch byte {
        case 0x0D:
            lastWasCR = true
            keys.append(.enter)
        case 0x0A:
            if !afterCR { keys.append(.enter) }
        case 0x7F, 0x08: keys.append(.backspace)
        case 0x09: keys.append(.tab)
        case 0x03: keys.append(.ctrlC)
        case 0x04: keys.append(.ctrlD)
        case 0x1A: keys.append(.ctrlZ)
        case 0x1B: state = .escape
        case 0x00..<0x20: keys.append(.other)
        case 0x20..<0x7F: keys.append(.char(Character(Unicode.Scalar(byte))))
        case 0xC2...0xDF: state = .utf8(remaining: 1, scalar: UInt32(byte & 0x1F), minimum: 0x80)
        case 0xE0...0xEF: state = .utf8(remaining: 2, scalar: UInt32(byte & 0x0F), minimum: 0x800)
        case 0xF0...0xF4: state = .utf8(remaining: 3, scalar: UInt32(byte & 0x07), minimum: 0x10000)
        default: keys.append(.other)  // stray continuation byte, C0/C1 lead bytes, 0xF5–0xFF
        }
    }

    private static func arrow(_ byte: UInt8) -> Key? {
        switch byte {
        case UInt8(ascii: "A"): .up
        case UInt8(ascii: "B"): .down
        case UInt8(ascii: "C"): .right
        case UInt8(ascii: "D"): .left
        default: nil
        }
    }

    private static func isControl(_ value: UInt32) -> Bool {
        (0x80...0x9F).contains(value)
    }
}
