import Foundation

extension SVGCharts {
    enum TimePanel {
        static let width = 300.0, height = 226.0
        static let left = 56.0, right = 12.0, top = 74.0, bottom = 50.0
        static let plotW = width - left - right, plotH = height - top - bottom
        /// At most this many periods, the latest ones.
        static let periods = 8
        /// Baselines of the two rows of clipped interval ends above the plot.
        static let clipRows = [top - 13, top - 28]
    }

    /// One step's geometric mean time per period on its own duration axis from 0 (steps differ
    /// by orders of magnitude, so panels are not on one scale; the page says so). The axis
    /// follows the points and the step's target, not the intervals: a 95% interval is drawn
    /// only from `minimumIntervalN` times up, and one that runs past the axis is clipped with
    /// an arrow and its end printed. Under each period its n; a dashed line at the target.
    static func timeAcrossPeriods(step: String, title: String, periods: [PeriodStats],
                                  _ strings: ReportStrings = ReportStrings(.en), describedBy: String? = nil) -> String {
        let p = TimePanel.self
        let shown = Array(periods.suffix(p.periods))
        let values = shown.map { $0.step(step)?.time }
        let target = shown.last?.step(step)?.target ?? shown.compactMap { $0.step(step)?.target }.last
        let ticks = timeTicks(points: values.compactMap { $0?.value }, target: target)
        let axisTop = ticks.last ?? 1
        let slot = p.plotW / Double(max(1, shown.count))
        func x(_ i: Int) -> Double { p.left + slot * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { p.top + p.plotH * (1 - min(v, axisTop) / axisTop) }
        let name = title.isEmpty ? step : title
        var s = open("time", width: p.width, height: p.height, label: strings.timeOfStep(name), describedBy: describedBy)

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
        if let target {
            s += "<line x1=\"\(n(p.left))\" y1=\"\(n(y(target)))\" x2=\"\(n(p.width - p.right))\" y2=\"\(n(y(target)))\" class=\"target\"/>"
            s += "<text x=\"\(n(p.width - p.right - 2))\" y=\"\(n(y(target) - 4))\" text-anchor=\"end\" class=\"target-label\">\(e(strings.targetLabel(strings.seconds(target))))</text>\n"
        }

        // Period labels under the axis, thinned so they never run together; n under each.
        let widest = shown.map { textWidth(periodTickLabels([$0.period], strings)[0].label) }.max() ?? 0
        let shownIndices = shownLabels(count: shown.count, stride: labelStride(widest: max(widest, textWidth("2026")), slot: slot))
        let labels = periodTickLabels(shownIndices.map { shown[$0].period }, strings)
        for (k, i) in shownIndices.enumerated() {
            s += textBlock([labels[k].label] + (labels[k].year.map { [$0] } ?? []), x: x(i), y: y(0) + 14,
                           anchor: .middle, className: "tick", full: shown[i].period.label)
        }
        let nRow = y(0) + 42
        s += "<text x=\"\(n(p.left - 6))\" y=\"\(n(nRow))\" text-anchor=\"end\" class=\"tick n\">n</text>"
        for (i, period) in shown.enumerated() {
            let count = period.step(step)?.time?.n ?? 0
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(nRow))\" text-anchor=\"middle\" class=\"tick n\">\(count)</text>"
        }
        s += "\n"

        let clipLabelWidth = values.compactMap { $0?.high }.map { textWidth(roughDuration($0, language: strings.language)) }.max() ?? 0
        let staggered = clipLabelWidth + 10 > slot
        for (i, t) in values.enumerated() {
            guard let t else {
                s += "<text x=\"\(n(x(i)))\" y=\"\(n(y(0) - 6))\" text-anchor=\"middle\" class=\"gap-label\">–</text>\n"
                continue
            }
            if drawsInterval(n: t.n), let low = t.low, let high = t.high {
                let clipped = high > axisTop
                s += "<line x1=\"\(n(x(i)))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i)))\" y2=\"\(n(y(high)))\" class=\"whisker\"/>"
                s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(low)))\" class=\"whisker\"/>"
                if clipped {
                    s += clipArrow(x: x(i), top: p.top)
                    let row = p.clipRows[staggered ? i % 2 : 0]
                    s += "<text x=\"\(n(x(i)))\" y=\"\(n(row))\" text-anchor=\"middle\" class=\"clip-label\"><title>\(e(strings.intervalRunsTo(strings.seconds(high))))</title>\(e(roughDuration(high, language: strings.language)))</text>"
                } else {
                    s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(high)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(high)))\" class=\"whisker\"/>"
                }
                s += "\n"
            }
            let range = drawsInterval(n: t.n) ? (t.low.map { strings.timeRange($0, t.high) } ?? strings.noInterval) : strings.noIntervalBelow(n: t.n)
            s += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(t.value)))\" r=\"4\" class=\"dot\"><title>\(e("\(shown[i].period.label): \(strings.seconds(t.value)), 95% \(range), n=\(t.n)"))</title></circle>\n"
        }
        return s + "</svg>\n"
    }
}
