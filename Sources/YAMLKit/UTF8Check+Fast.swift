/// A fast yes/no form of `UTF8Check.validate` for buffers that are mostly ASCII: eight bytes at
/// a time while they are ASCII without NUL, the same sequence table otherwise. Callers run
/// `validate` for the positioned error when this says no.
extension UTF8Check {
    static func isValid(_ buffer: UnsafeRawBufferPointer) -> Bool {
        let n = buffer.count
        guard n > 0, let base = buffer.baseAddress else { return true }
        let bytes = base.assumingMemoryBound(to: UInt8.self)
        var i = 0
        while i < n {
            if i + 8 <= n {
                let word = UInt64(littleEndian: UnsafeRawPointer(bytes + i).loadUnaligned(as: UInt64.self))
                let ones: UInt64 = 0x0101_0101_0101_0101
                let highs: UInt64 = 0x8080_8080_8080_8080
                // No high bit set and no zero byte: eight plain ASCII bytes.
                if word & highs == 0, (word &- ones) & ~word & highs == 0 {
                    i += 8
                    continue
                }
            }
            let b0 = bytes[i]
            if b0 < 0x80 {
                if b0 == 0 { return false }
                i += 1
                continue
            }
            func cont(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
                i + k < n && bytes[i + k] >= low && bytes[i + k] <= high
            }
            let length: Int
            switch b0 {
            case 0xC2...0xDF: length = cont(1) ? 2 : 0
            case 0xE0: length = cont(1, 0xA0) && cont(2) ? 3 : 0
            case 0xE1...0xEC, 0xEE...0xEF: length = cont(1) && cont(2) ? 3 : 0
            case 0xED: length = cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
            case 0xF0: length = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
            case 0xF1...0xF3: length = cont(1) && cont(2) && cont(3) ? 4 : 0
            case 0xF4: length = cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
            default: length = 0
            }
            guard length > 0 else { return false }
            i += length
        }
        return true
    }
}
