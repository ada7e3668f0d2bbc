import Foundation
/// Durations as authors write them: `90s`, `2m`, `1h30m`, `1m30s`, or a bare number of seconds.
public enum DurationText {
    public static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { return nil }
        if let whole = Int(s), whole >= 0 { return Double(whole) }
        var total = 0.0
        var digits = ""
        var lastUnit = 0  // 3 = h, 2 = m, 1 = s: units must come in that order, once each
        for ch in s {
            if ch.isASCII, ch.isNumber {
                digits.append(ch)
                continue
            }
            let rank: Int, factor: Double
            switch ch {
            case "h": (rank, factor) = (3, 3600)
            case "m": (rank, factor) = (2, 60)
            case "s": (rank, factor) = (1, 1)
            default: return nil
            }
            guard let n = Int(digits), lastUnit == 0 || rank < lastUnit else { return nil }
            total += Double(n) * factor
            digits = ""
            lastUnit = rank
        }
        guard digits.isEmpty, lastUnit != 0 else { return nil }
        return total
    }

    /// `1h05m`, `2m30s`, `45s`; fractions of a second are dropped.
    public static func format(_ seconds: Double) -> String {
        // Clamped: an interval's upper end can pass Int.max seconds (a geometric mean over a
        // second and a year at n = 2), and formatting must not trap.
        let total = Int(clamping: seconds.rounded(.down))
        let h = total / 3600, m = total % 3600 / 60, s = total % 60
        if h > 0 { return m > 0 ? "\(h)h\(pad(m))m" : "\(h)h" }
        if m > 0 { return s > 0 ? "\(m)m\(pad(s))s" : "\(m)m" }
        return "\(s)s"
    }

    /// A clock reading: `0:42`, `12:05`, `1:02:03`, with tenths when asked: `0:42.3`.
    public static func clock(_ seconds: Double, tenths: Bool = false) -> String {
        let safe = max(0, seconds)
        let total = Int(clamping: safe.rounded(.down))
        let h = total / 3600, m = total % 3600 / 60, s = total % 60
        var text = h > 0 ? "\(h):\(pad(m)):\(pad(s))" : "\(m):\(pad(s))"
        if tenths { text += ".\(Int(clamping: (safe * 10).rounded(.down)) % 10)" }
        return text
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
