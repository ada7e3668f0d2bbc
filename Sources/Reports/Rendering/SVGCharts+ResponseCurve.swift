import Foundation
import ShopperCore

extension SVGCharts {
    enum ResponseCurve {
        static let width = 360.0, height = 250.0
        static let left = 44.0, right = 14.0, top = 66.0, bottom = 58.0
        static let plotW = width - left - right, plotH = height - top - bottom
    }

    /// The axis of a response curve: up to just past the longest observed wait (answered or
    /// not) and the target, with room for its label; from the data, never from an interval.
    static func responseTicks(_ curves: [KaplanMeier], target: Double?) -> [Double] {
        timeTicks(points: curves.compactMap { $0.points.last?.time }, target: target)
    }

    /// A wait step's "share answered by time t" (1 − the Kaplan–Meier curve) as steps, for the
    /// current period (solid) and the baseline (dashed), on one time axis from 0 on the step's
    /// clock, with the target as a dashed vertical line and each period's n in the legend. A
    /// curve stops at its longest observed wait: past it nothing is known.
    static func responseCurve(step: String, title: String, current: (label: String, stats: ResponseStats),
                              baseline: (label: String, stats: ResponseStats)?,
                              _ strings: ReportStrings = ReportStrings(.en), describedBy: String? = nil) -> String {
        let c = ResponseCurve.self
        let series = [current] + (baseline.map { [$0] } ?? [])
        let target = current.stats.target ?? baseline?.stats.target
        let ticks = responseTicks(series.map(\.stats.curve), target: target)
        let axisEnd = ticks.last ?? 1
        func x(_ t: Double) -> Double { c.left + c.plotW * min(t, axisEnd) / axisEnd }
        func y(_ share: Double) -> Double { c.top + c.plotH * (1 - share) }
        let name = title.isEmpty ? step : title
        let label = strings.responseCurveLabel(name, periods: series.map(\.label))
        var s = open("response", width: c.width, height: c.height, label: label, describedBy: describedBy)
        s += textBlock(wrap(name, columns: Int((c.width - 8) / columnWidth), lines: 1), x: 4, y: 14, className: "panel-title",
                       full: "\(name) (\(step))")
        // The legend: a line sample and "2026-11, n=40" per period.
        var lx = 4.0
        for (i, item) in series.enumerated() {
            let text = "\(item.label), n=\(item.stats.n)"
            s += "<line x1=\"\(n(lx))\" y1=\"\(n(31))\" x2=\"\(n(lx + 22))\" y2=\"\(n(31))\" class=\"\(i == 0 ? "cur" : "base")\"/>"
            s += "<text x=\"\(n(lx + 27))\" y=\"35\" class=\"muted\">\(e(text))</text>"
            lx += 27 + textWidth(text) + 16
        }
        s += "\n"
        for share in [0.0, 0.5, 1.0] {
            s += "<line x1=\"\(n(c.left))\" y1=\"\(n(y(share)))\" x2=\"\(n(c.width - c.right))\" y2=\"\(n(y(share)))\" class=\"\(share == 0 ? "axis" : "grid")\"/>"
            s += "<text x=\"\(n(c.left - 6))\" y=\"\(n(y(share) + 4))\" text-anchor=\"end\" class=\"tick\">\(TextLayout.percent(share))</text>\n"
        }
        for tick in ticks {
            s += "<text x=\"\(n(x(tick)))\" y=\"\(n(y(0) + 16))\" text-anchor=\"middle\" class=\"tick\">\(e(durationLabel(tick, language: strings.language)))</text>"
        }
        s += "<text x=\"\(n(c.width - c.right))\" y=\"\(n(y(0) + 34))\" text-anchor=\"end\" class=\"muted\">\(e(strings.clockName(current.stats.clock)))</text>\n"
        if let target {
            let tx = x(target)
            s += "<line x1=\"\(n(tx))\" y1=\"\(n(c.top - 8))\" x2=\"\(n(tx))\" y2=\"\(n(y(0)))\" class=\"target\"/>"
            let text = strings.targetLabel(strings.seconds(target))
            let fitsRight = tx + 4 + textWidth(text) <= c.width - 2
            s += "<text x=\"\(n(fitsRight ? tx + 4 : tx - 4))\" y=\"\(n(c.top - 10))\" text-anchor=\"\(fitsRight ? "start" : "end")\" class=\"target-label\">\(e(text))</text>\n"
        }
        // Baseline first, so the current period's line is drawn over it.
        for (i, item) in series.enumerated().reversed() {
            guard let path = responsePath(item.stats.curve, x: x, y: y) else { continue }
            s += "<path d=\"\(path)\" class=\"\(i == 0 ? "cur" : "base")\"><title>\(e("\(item.label): \(strings.responseSummary(item.stats))"))</title></path>\n"
        }
        return s + "</svg>\n"
    }

    /// The steps of 1 − S(t) from (0, 0) to the last observed time; nil without waits.
    static func responsePath(_ curve: KaplanMeier, x: (Double) -> Double, y: (Double) -> Double) -> String? {
        guard let last = curve.points.last else { return nil }
        var d = "M\(n(x(0))),\(n(y(0)))"
        for point in curve.points where point.answered > 0 {
            d += " H\(n(x(point.time))) V\(n(y(1 - point.survival)))"
        }
        d += " H\(n(x(last.time)))"
        return d
    }
}
