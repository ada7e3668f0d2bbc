import Foundation
import ShopperCore

/// Inline SVG charts for the HTML report, drawn from report values. All text passes
/// through `HTMLRenderer.escape`; every word comes from the `ReportStrings` passed in, so
/// the charts speak the report's language. Colours and the font come from the page's CSS through
/// class names (`grid`, `axis`, `muted`, `cur`, `base`…), so the charts follow the page in
/// light, dark and print alike; the charts themselves only carry geometry.
///
/// The charts are in extensions named after them: `SVGCharts+Wheel.swift`,
/// `SVGCharts+ScoreCurve.swift`, `SVGCharts+TimeAcrossPeriods.swift`. This file holds the
/// layout helpers they share.
enum SVGCharts {
    static func n(_ value: Double) -> String { TextLayout.formatted(value, 1) }
    static let e = HTMLRenderer.escape

    /// Average advance of one column of 11 px chart text, in px. Generous for Latin and
    /// Cyrillic in the usual sans-serif faces, so layouts built on it do not clip.
    static let columnWidth = 6.6
    /// Baseline-to-baseline distance of chart text, in px.
    static let lineHeight = 13.0

    /// Estimated width in px of `text` set in chart text.
    static func textWidth(_ text: String) -> Double { Double(TextLayout.width(text)) * columnWidth }

    /// Opening tag of a chart that scales to its container (`viewBox`; CSS gives
    /// `max-width:100%;height:auto`). `describedBy` is the id of the chart's data table twin.
    static func open(_ className: String, width: Double, height: Double, label: String, describedBy: String? = nil) -> String {
        "<svg class=\"chart \(className)\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e(label))\""
            + (describedBy.map { " aria-describedby=\"\(e($0))\"" } ?? "") + ">\n"
    }

    // MARK: Text

    enum Anchor: String, Sendable { case start, middle, end }

    /// How to anchor a label placed outside a circle in the direction `angle` (radians,
    /// SVG orientation: 0 points right, π/2 down): labels on the right start at their
    /// point, labels on the left end at it, labels near the top and bottom are centred,
    /// so no label grows back over the chart.
    static func anchor(forAngle angle: Double) -> Anchor {
        let dx = cos(angle)
        if dx > 0.26 { return .start }
        if dx < -0.26 { return .end }
        return .middle
    }

    /// `text` broken at spaces into at most `lines` lines of at most `columns` columns; a
    /// word longer than a line is cut, and whatever does not fit ends the last line with `…`.
    static func wrap(_ text: String, columns: Int, lines: Int) -> [String] {
        guard columns > 1, lines > 0 else { return [] }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var out: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if TextLayout.width(candidate) <= columns {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // A single word wider than the line: cut it here.
                current = TextLayout.truncate(word, to: columns)
                index += 1
            }
            if out.count == lines - 1 { break }
            out.append(current)
            current = ""
        }
        if index < words.count {
            // Out of lines: the last line ends with an ellipsis.
            let rest = ([current] + words[index...]).filter { !$0.isEmpty }.joined(separator: " ")
            current = TextLayout.truncate(rest, to: columns)
            if !current.hasSuffix("…") { current = TextLayout.truncate(current + " …", to: columns) }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// A `<text>` element with one `<tspan>` per line, the first baseline at `y`, and
    /// a `<title>` holding the full text for screen readers and hover.
    static func textBlock(_ lines: [String], x: Double, y: Double, anchor: Anchor = .start,
                          className: String? = nil, full: String? = nil, suffix: String = "") -> String {
        var s = "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor.rawValue)\"\(className.map { " class=\"\($0)\"" } ?? "")>"
        if let full { s += "<title>\(e(full))</title>" }
        for (i, line) in lines.enumerated() {
            let attrs = i == 0 ? "" : " x=\"\(n(x))\" dy=\"\(n(lineHeight))\""
            s += "<tspan\(attrs)>\(e(line))</tspan>"
        }
        return s + suffix + "</text>\n"
    }

    // MARK: Axes

    /// Tick steps that read well as durations: seconds, minutes and hours.
    static let durationSteps: [Double] = [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800,
                                          3600, 7200, 10800, 21600, 43200, 86400]

    /// Evenly spaced duration ticks from 0 to at least `highest`: the smallest step from
    /// `durationSteps` (or whole days beyond them) that needs at most `most` intervals.
    static func durationTicks(upTo highest: Double, most: Int = 4) -> [Double] {
        guard highest > 0, highest.isFinite else { return [0, 1] }
        let step = durationSteps.first { (highest / $0).rounded(.up) <= Double(most) }
            ?? 86400 * (highest / 86400 / Double(most)).rounded(.up)
        let count = min(1000, Int(clamping: (highest / step).rounded(.up)))
        return (0...max(1, count)).map { Double($0) * step }
    }

    /// A tick label: `0`, `30s`, `1m30s`, `15m`, `2h`, `1h30m`.
    static func durationLabel(_ seconds: Double, language: Language = .en) -> String {
        seconds <= 0 ? "0" : DurationText.format(seconds, language: language)
    }

    /// Short axis labels for periods: `Aug` (`авг`), `W47`, `Q4`, each with the year on a
    /// second line where the year starts or changes, so a row of labels reads `Aug 2026, Sep, Oct`.
    static func periodTickLabels(_ periods: [Period], _ strings: ReportStrings = ReportStrings(.en)) -> [(label: String, year: String?)] {
        let months = strings.monthAbbreviations
        var previousYear: Int?
        return periods.map { p in
            let label = switch p.unit {
            case .month: months[p.number - 1]
            case .week: "W" + (p.number < 10 ? "0" : "") + String(p.number)
            case .quarter: "Q" + String(p.number)
            }
            defer { previousYear = p.year }
            return (label, p.year == previousYear ? nil : String(p.year))
        }
    }
}
