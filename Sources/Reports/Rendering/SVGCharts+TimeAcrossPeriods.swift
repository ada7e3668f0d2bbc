import Foundation

extension SVGCharts {
    enum TimePanel {
        static let width = 256.0, height = 180.0
        static let left = 52.0, right = 10.0, top = 48.0, bottom = 36.0
        static let plotW = width - left - right, plotH = height - top - bottom
        /// At most this many periods, the latest ones.
        static let periods = 8
    }

    /// One step's geometric mean time per period, with its 95% interval as a whisker, on its
    /// own duration axis from 0 (steps differ by orders of magnitude, so panels are not on
    /// one scale; the page says so).
    static func timeAcrossPeriods(step: String, title: String, periods: [PeriodStats],
                                  _ strings: ReportStrings = ReportStrings(.en)) -> String {
        let p = TimePanel.self
        let shown = Array(periods.suffix(p.periods))
        let values = shown.map { $0.step(step)?.time }
        let highest = values.compactMap { $0.map { max($0.high ?? $0.value, $0.value) } }.max() ?? 0
        let ticks = durationTicks(upTo: highest)
        let axisTop = ticks.last ?? 1
        func x(_ i: Int) -> Double { p.left + p.plotW * (Double(i) + 0.5) / Double(max(1, shown.count)) }
        func y(_ v: Double) -> Double { p.top + p.plotH * (1 - min(v, axisTop) / axisTop) }
        var s = open("time", width: p.width, height: p.height, label: strings.timeOfStep(title.isEmpty ? step : title))

        let name = title.isEmpty ? step : title
        let columns = Int((p.width - 8) / columnWidth)
        s += textBlock(wrap(name, columns: columns, lines: 1), x: 4, y: 14, className: "panel-title", full: "\(name) (\(step))")
        s += "<text x=\"4\" y=\"30\" class=\"id\">\(e(TextLayout.truncate(step, to: 18)))</text>"
        if let latest = values.last ?? nil {
            s += "<text x=\"\(n(p.width - p.right))\" y=\"30\" text-anchor=\"end\" class=\"muted\">\(e(strings.latestTime(strings.seconds(latest.value))))</text>"
        }
        s += "\n"
        for tick in ticks {
            s += "<line x1=\"\(n(p.left))\" y1=\"\(n(y(tick)))\" x2=\"\(n(p.width - p.right))\" y2=\"\(n(y(tick)))\" class=\"\(tick == 0 ? "axis" : "grid")\"/>"
            s += "<text x=\"\(n(p.left - 6))\" y=\"\(n(y(tick) + 4))\" text-anchor=\"end\" class=\"tick\">\(e(durationLabel(tick, language: strings.language)))</text>\n"
        }
        let labels = periodTickLabels(shown.map(\.period), strings)
        for (i, t) in values.enumerated() {
            s += textBlock([labels[i].label] + (labels[i].year.map { [$0] } ?? []), x: x(i), y: y(0) + 15,
                           anchor: .middle, className: "tick", full: shown[i].period.label)
            guard let t else {
                s += "<text x=\"\(n(x(i)))\" y=\"\(n(y(0) - 6))\" text-anchor=\"middle\" class=\"gap-label\">–</text>\n"
                continue
            }
            if let low = t.low, let high = t.high {
                s += "<line x1=\"\(n(x(i)))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i)))\" y2=\"\(n(y(high)))\" class=\"whisker\"/>"
                s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(low)))\" class=\"whisker\"/>"
                s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(high)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(high)))\" class=\"whisker\"/>\n"
            }
            let range = t.low.map { strings.timeRange($0, t.high) } ?? strings.noInterval
            s += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(t.value)))\" r=\"4\" class=\"dot\"><title>\(e("\(shown[i].period.label): \(strings.seconds(t.value)), 95% \(range), n=\(t.n)"))</title></circle>\n"
        }
        return s + "</svg>\n"
    }
}
