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

    /// `text` wrapped at spaces into lines of at most `columns`; a word longer than that breaks
    /// after its hyphens (`Административно-` / `хозяйственный`), else is cut into pieces. At least
    /// one line.
    static func wrapped(_ text: String, to columns: Int) -> [String] {
        let columns = max(1, columns)
        var lines: [String] = []
        var line = ""
        func add(_ word: String, spaced: Bool) {
            let candidate = line.isEmpty ? word : line + (spaced ? " " : "") + word
            if width(candidate) > columns, !line.isEmpty {
                lines.append(line)
                line = word
            } else {
                line = candidate
            }
        }
        for word in text.split(separator: " ").map(String.init) {
            guard width(word) > columns else {
                add(word, spaced: true)
                continue
            }
            var first = true
            for part in hyphenParts(word) {
                var rest = part
                while width(rest) > columns {
                    var piece = "", used = 0
                    for cluster in rest {
                        let w = clusterWidth(cluster)
                        if used + w > columns, !piece.isEmpty { break }
                        piece.append(cluster)
                        used += w
                    }
                    add(piece, spaced: first)
                    first = false
                    rest.removeFirst(piece.count)
                }
                if !rest.isEmpty { add(rest, spaced: first) }
                first = false
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// `a-b-c` as `a-`, `b-`, `c`.
    private static func hyphenParts(_ word: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for cluster in word {
            current.append(cluster)
            if cluster == "-" {
                parts.append(current)
                current = ""
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts
    }

    /// A table row whose last column holds free text (an owner, barriers): the text starts after
    /// `row` and wraps onto lines indented to where it starts, so nothing is cut. Within `width`
    /// when the row leaves at least 12 columns; otherwise the text wraps at 12.
    static func hanging(_ row: String, _ text: String, width: Int) -> [String] {
        let start = self.width(row)
        if start + self.width(text) <= width { return [row + text] }
        let parts = wrapped(text, to: max(12, width - start))
        let indent = String(repeating: " ", count: start)
        return parts.enumerated().map { $0.offset == 0 ? row + $0.element : indent + $0.element }
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
            // Scaled in halves so that no difference overflows to infinity.
            let position = ((value / 2 - low / 2) / (high / 2 - low / 2) * 7).rounded()
            guard position.isFinite else { return "▄" }
            return sparkBlocks[Int(min(7, max(0, position)))]
        })
    }

    // MARK: Numbers

    /// `42%`; `–` for nil or a non-finite value. Total: a fraction too large for a whole number
    /// is written as `formatted` writes it.
    static func percent(_ fraction: Double?) -> String {
        guard let fraction, fraction.isFinite else { return "–" }
        return "\(formatted(fraction * 100, 0))%"
    }

    /// A time as the reports show it: under 10 s with tenths (`4.5s` / `4,5 с`), else
    /// `DurationText.format` (`16m34s` / `16 мин 34 с`). `–` for nil.
    static func seconds(_ value: Double?, language: Language = .en) -> String {
        guard let value else { return "–" }
        return value.isFinite && abs(value) < 10 ? DurationText.tenths(value, language: language)
            : DurationText.format(value.rounded(), language: language)
    }

    /// `value` with `digits` decimals (`3.25` → `3.3` with 1), `–` for nil or a non-finite value.
    /// Total: magnitudes from 10^15 on, where decimals mean nothing, are written whole, with an
    /// exponent from 10^18 on.
    static func formatted(_ value: Double?, _ digits: Int) -> String {
        guard let value, value.isFinite else { return "–" }
        if abs(value) >= 1e15 {
            let whole = value.rounded()
            return abs(whole) < 1e18 ? String(Int(whole)) : "\(whole)"
        }
        let digits = min(max(0, digits), 6)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        let negative = rounded < 0
        let whole = Int(abs(rounded).rounded(.down))
        guard digits > 0 else { return "\(negative ? "-" : "")\(whole)" }
        var fraction = Int(((abs(rounded) - Double(whole)) * scale).rounded())
        var wholePart = whole
        if Double(fraction) >= scale { (wholePart, fraction) = (whole + 1, 0) }
        var fractionText = String(fraction)
        fractionText = String(repeating: "0", count: max(0, digits - fractionText.count)) + fractionText
        return "\(negative ? "-" : "")\(wholePart).\(fractionText)"
    }

    /// A count held as a Double, as a whole number: rounded, NaN as 0, clamped to ±10^18.
    static func wholeNumber(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        return Int(min(1e18, max(-1e18, value.rounded())))
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
    static func changeValues(_ change: Change, language: Language = .en) -> String {
        if change.metric == .barrier {
            return "\(formatted(change.baseline, 0)) → \(count(wholeNumber(change.current ?? 0), "run"))"
        }
        return "\(value(change.baseline, of: change.metric, language: language)) → \(value(change.current, of: change.metric, language: language))"
    }

    /// A metric's value as every text-like renderer shows it, by the metric's unit: a duration
    /// (`2m10s`), a percentage (`92%`), points with one decimal (`7.0`), a signed whole NPS
    /// (`+20`), a count. `–` for nil, but for a response time: "no median" (fewer than half of
    /// the waits were answered, so the median is not known, not missing).
    static func value(_ value: Double?, of metric: MetricKind, language: Language = .en) -> String {
        if value == nil, metric == .response { return language == .ru ? "нет медианы" : "no median" }
        return switch metric.unit {
        case .duration: seconds(value, language: language)
        case .share: percent(value)
        case .points: formatted(value, 1)
        case .signedWhole: signed(value, 0)
        case .count: formatted(value, 0)
        }
    }

    /// A share with its interval: `92% (85–96%)`; the share alone without an interval.
    static func share(_ value: Double?, low: Double?, high: Double?) -> String {
        guard let value else { return "–" }
        guard let low, let high else { return percent(value) }
        return "\(percent(value)) (\(formatted(low * 100, 0))–\(percent(high)))"
    }

    /// The report-wide Benjamini–Hochberg q: `q=0.002`, `q<0.001`; empty for nil.
    static func qValue(_ q: Double?) -> String {
        guard let q else { return "" }
        return q < 0.001 ? "q<0.001" : "q=\(formatted(q, 3))"
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
