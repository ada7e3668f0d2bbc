import ShopperCore

/// Display width, padding and truncation for terminal text, and the small number formats
/// shared by the text-like renderers.
enum TextLayout {
    private static let sanitizer = Sanitizer(keepNewlines: false)

    /// Text from scenario, touchpoint and run files, made safe to print: escape sequences
    /// dropped, other controls made visible, newlines as spaces (see `Sanitizer`).
    static func safe(_ text: String) -> String {
        sanitizer.sanitize(text)
    }

    /// Columns a string takes in a terminal: combining marks and zero-width characters
    /// take none, East Asian wide characters and emoji take two, everything else one.
    static func width(_ text: String) -> Int {
        DisplayWidth.width(of: text)
    }

    static func clusterWidth(_ cluster: Character) -> Int {
        DisplayWidth.width(of: cluster)
    }

    /// `text` cut to `columns`, ending in `…` when cut.
    static func truncate(_ text: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        if width(text) <= columns { return text }
        var out = ""
        var used = 0
        for cluster in text {
            let w = clusterWidth(cluster)
            if used + w > columns - 1 { break }
            out.append(cluster)
            used += w
        }
        return out + "…"
    }

    /// Left-aligned in `columns` (truncated when longer).
    static func pad(_ text: String, _ columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return cut + String(repeating: " ", count: max(0, columns - width(cut)))
    }

    /// Right-aligned in `columns` (truncated when longer).
    static func padLeft(_ text: String, _ columns: Int) -> String {
        let cut = truncate(text, to: columns)
        return String(repeating: " ", count: max(0, columns - width(cut))) + cut
    }

    static let sparkBlocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// One block per value, scaled between the smallest and largest; a gap for nil.
    static func sparkline(_ values: [Double?]) -> String {
        let present = values.compactMap { $0 }.filter(\.isFinite)
        guard let low = present.min(), let high = present.max() else {
            return String(repeating: " ", count: values.count)
        }
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return " " }
            if high == low { return "▄" }
            let index = Int(clamping: ((value - low) / (high - low) * 7).rounded())
            return sparkBlocks[min(7, max(0, index))]
        })
    }

    // MARK: Numbers

    static func percent(_ fraction: Double?) -> String {
        guard let fraction else { return "–" }
        guard fraction.isFinite else { return "–" }
        return "\(Int(clamping: (fraction * 100).rounded()))%"
    }

    static func seconds(_ value: Double?) -> String {
        guard let value else { return "–" }
        if value < 10 { return "\(formatted(value, 1))s" }
        return DurationText.format(value.rounded())
    }

    static func formatted(_ value: Double?, _ digits: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        // Past 1e15 no decimal is left to show: the number as Swift prints it (`1e+20`).
        guard rounded.isFinite, abs(rounded) < 1e15 else { return String(value) }
        let whole = Int(abs(rounded))
        guard digits > 0 else { return "\(negative ? "-" : "")\(whole)" }
        let fraction = Int(((abs(rounded) - Double(whole)) * scale).rounded())
        var fractionText = String(fraction)
        fractionText = String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        return "\(negative ? "-" : "")\(whole).\(fractionText)"
    }

    static func signed(_ value: Double?, _ digits: Int) -> String {
        guard let value else { return "–" }
        return (value >= 0 ? "+" : "") + formatted(value, digits)
    }

    /// An NPS as shown: `+20±25` (`+20 ±25` when `spaced`); `+90 70…100` when the interval
    /// reaches past ±100 and is clipped, so no impossible value is shown; `+100 n<10` below
    /// `NPS.smallSample` answers, where the normal margin means nothing (two promoters give
    /// ±0) and no interval is shown; `+100 all 9–10` (`+100, all 9–10` when `spaced`) when every
    /// answer is in one group, whose margin is 0 at any n (`all` is the word, `все` in Russian).
    /// At most 13 columns unspaced.
    static func nps(_ nps: NPS?, spaced: Bool = false, all: String = "all") -> String {
        guard let nps else { return "–" }
        let score = signed(nps.score, 0)
        if nps.isSmallSample { return "\(score) n<\(NPS.smallSample)" }
        if let group = nps.oneGroup { return "\(score)\(spaced ? "," : "") \(all) \(npsRange(group))" }
        if nps.low > nps.score - nps.marginOfError || nps.high < nps.score + nps.marginOfError {
            return "\(score) \(formatted(nps.low, 0))…\(formatted(nps.high, 0))"
        }
        return "\(score)\(spaced ? " " : "")±\(formatted(nps.marginOfError, 0))"
    }

    /// The answers of an NPS group: `9–10`, `7–8`, `0–6`.
    static func npsRange(_ group: NPS.Group) -> String {
        switch group {
        case .promoters: "9–10"
        case .passives: "7–8"
        case .detractors: "0–6"
        }
    }

    static func pValue(_ p: Double?) -> String {
        guard let p else { return "" }
        return p < 0.001 ? "p<0.001" : "p=\(formatted(p, 3))"
    }

    /// `1 run`, `0 runs`, `2 runs`: a count with its noun, plural unless the count is 1
    /// (English only: the report is in English).
    static func count(_ n: Int, _ noun: String) -> String {
        "\(n) \(noun)\(n == 1 ? "" : "s")"
    }

    /// The note under a scenario whose successful attempts include times under
    /// `minimumStepSeconds`; nil when there are none.
    static func untimedNote(_ s: ScenarioReport) -> String? {
        let (steps, runs) = s.untimed
        guard steps + runs > 0 else { return nil }
        let parts = (steps > 0 ? [count(steps, "step attempt")] : []) + (runs > 0 ? [count(runs, "run")] : [])
        return "times under 1 s are recorded, not timed, and are left out of the time figures: "
            + parts.joined(separator: " and ")
    }

    /// A change's before → after text; a barrier's ends in the current count's noun
    /// (`0 → 1 run`, `2 → 0 runs`).
    static func changeValues(_ change: Change) -> String {
        switch change.metric {
        case .time: "\(seconds(change.baseline)) → \(seconds(change.current))"
        case .completion: "\(percent(change.baseline)) → \(percent(change.current))"
        case .barrier: "\(formatted(change.baseline, 0)) → \(count(Int(clamping: (change.current ?? 0).rounded()), "run"))"
        }
    }

    static func changeLabel(_ change: Change) -> String {
        switch change.kind {
        case .regression: "▲ regression"
        case .improvement: "▼ improvement"
        case .new: "+ new barrier"
        case .resolved: "✓ resolved"
        }
    }
}
