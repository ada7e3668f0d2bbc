/// Finds the first invalid UTF-8 sequence or NUL byte, and reports it by line and column.
/// (libyaml reports only a byte offset for these, and accepts none of them anyway.)
enum UTF8Check {
    /// 3 when the input starts with a UTF-8 byte order mark, else 0.
    static func byteOrderMarkLength(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
    }

    static func validate(_ bytes: [UInt8]) throws(YAMLError) {
        var line = 1
        var column = 1
        var i = 0
        let n = bytes.count
        // A UTF-8 byte order mark at the start is allowed and takes no column.
        if n >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { i = 3 }
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0 { throw YAMLError("NUL byte in input", at: Mark(line: line, column: column)) }
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b == 0x0D {
                    line += 1
                    column = 1
                    if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                } else {
                    column += 1
                }
                i += 1
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else {
                throw YAMLError("invalid UTF-8 byte 0x\(String(b, radix: 16, uppercase: true))", at: Mark(line: line, column: column))
            }
            i += length
            column += 1
        }
    }

    /// The length of the valid sequence starting at `i`, or 0 when it is not valid UTF-8.
    private static func sequenceLength(_ s: [UInt8], at i: Int) -> Int {
        let b0 = s[i]
        func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            i + k < s.count && s[i + k] >= low && s[i + k] <= high
        }
        switch b0 {
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
