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

    /// A duration as people say it, in one style per language everywhere it is shown (runner,
    /// reports, `show`): `1h05m`, `2m30s`, `45s` in English; `1 ч 5 мин`, `2 мин 30 с`, `45 с`
    /// in Russian. Fractions of a second are dropped, and seconds from an hour up. Total: a
    /// negative value gets a minus sign, hours beyond 10^18 are written with an
    /// exponent (`2.7e+296h`), and NaN or an infinity is `–`. Never traps.
    public static func format(_ seconds: Double, language: Language = .en) -> String {
        guard let p = Parts(seconds) else { return "–" }
        let (m, s) = (p.minutes, p.seconds)
        let text: String
        if language == .ru {
            var words: [String] = []
            if p.hours != "0" { words.append("\(p.hours) ч") }
            if m > 0 { words.append("\(m) мин") }
            if s > 0, p.hours == "0" { words.append("\(s) с") }
            text = words.isEmpty ? "0 с" : words.joined(separator: " ")
        } else if p.hours != "0" {
            text = m > 0 ? "\(p.hours)h\(pad(m))m" : "\(p.hours)h"
        } else if m > 0 {
            text = s > 0 ? "\(m)m\(pad(s))s" : "\(m)m"
        } else {
            text = "\(s)s"
        }
        return (p.negative ? "-" : "") + text
    }

    /// A short duration with tenths, as the reports show times under 10 s: `4.5s` / `4,5 с`.
    /// Longer ones, and non-finite values, are `format(_:language:)`'s.
    public static func tenths(_ seconds: Double, language: Language = .en) -> String {
        guard seconds.isFinite, abs(seconds) < 10 else { return format(seconds, language: language) }
        let tenths = Int((abs(seconds) * 10).rounded())
        guard tenths < 100 else { return format(seconds.rounded(), language: language) }
        let sign = seconds < 0 && tenths > 0 ? "-" : ""
        return language == .ru ? "\(sign)\(tenths / 10),\(tenths % 10) с" : "\(sign)\(tenths / 10).\(tenths % 10)s"
    }

    /// A clock reading: `0:42`, `12:05`, `1:02:03`, with tenths when asked: `0:42.3`. Negative
    /// values read `0:00`; total like `format` (NaN or an infinity is `–:––`).
    public static func clock(_ seconds: Double, tenths: Bool = false) -> String {
        guard !seconds.isNaN, let p = Parts(max(0, seconds)) else { return tenths ? "–:––.–" : "–:––" }
        var text = p.hours != "0" ? "\(p.hours):\(pad(p.minutes)):\(pad(p.seconds))" : "\(p.minutes):\(pad(p.seconds))"
        if tenths { text += ".\(p.tenths)" }
        return text
    }

    /// Whole hours (as text, so no size traps), minutes, seconds and tenths of a finite duration's
    /// magnitude, rounded down.
    struct Parts {
        var negative: Bool
        var hours: String
        var minutes: Int
        var seconds: Int
        var tenths: Int

        init?(_ value: Double) {
            guard value.isFinite else { return nil }
            negative = value < 0 && value <= -1
            let magnitude = abs(value)
            let wholeHours = (magnitude / 3600).rounded(.down)
            // Below 2^53 s every whole second is exact; Int holds it.
            if magnitude < 9_007_199_254_740_992 {
                let total = Int(magnitude.rounded(.down))
                hours = String(total / 3600)
                minutes = total % 3600 / 60
                seconds = total % 60
                tenths = Int((magnitude * 10).rounded(.down).truncatingRemainder(dividingBy: 10))
            } else {
                hours = wholeHours < 1e18 ? String(Int(wholeHours)) : "\(wholeHours)"
                minutes = 0
                seconds = 0
                tenths = 0
            }
        }
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
