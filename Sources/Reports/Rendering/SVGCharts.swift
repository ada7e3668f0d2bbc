import Foundation

/// Inline SVG charts for the HTML report, drawn from report values. All text passes
/// through `HTMLRenderer.escape`.
enum SVGCharts {
    private static func n(_ value: Double) -> String { TextLayout.formatted(value, 1) }
    private static let e = HTMLRenderer.escape

    /// A radar of 0–10 touchpoint scores.
    static func wheel(_ touchpoints: [TouchpointScore]) -> String {
        let size = 380.0, c = size / 2, r = 120.0
        var s = "<svg class=\"wheel\" width=\"\(Int(size))\" height=\"\(Int(size))\" viewBox=\"0 0 \(Int(size)) \(Int(size))\" role=\"img\" aria-label=\"Touchpoint wheel\">\n"
        for ring in stride(from: 2.0, through: 10.0, by: 2.0) {
            s += "<circle cx=\"\(n(c))\" cy=\"\(n(c))\" r=\"\(n(r * ring / 10))\" fill=\"none\" stroke=\"#e1e6ee\"/>\n"
            s += "<text x=\"\(n(c + 2))\" y=\"\(n(c - r * ring / 10 - 2))\" fill=\"#98a2b3\">\(Int(ring))</text>\n"
        }
        guard !touchpoints.isEmpty else {
            return s + "<text x=\"\(n(c))\" y=\"\(n(c))\" text-anchor=\"middle\">no touchpoint scores</text></svg>\n"
        }
        let count = Double(touchpoints.count)
        var points: [String] = []
        for (i, t) in touchpoints.enumerated() {
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / count
            let (dx, dy) = (cos(angle), sin(angle))
            s += "<line x1=\"\(n(c))\" y1=\"\(n(c))\" x2=\"\(n(c + r * dx))\" y2=\"\(n(c + r * dy))\" stroke=\"#e1e6ee\"/>\n"
            let score = min(10, max(0, t.score ?? 0))
            points.append("\(n(c + r * score / 10 * dx)),\(n(c + r * score / 10 * dy))")
            let anchor = abs(dx) < 0.2 ? "middle" : dx > 0 ? "start" : "end"
            let lx = c + (r + 12) * dx, ly = c + (r + 12) * dy + (dy > 0.2 ? 10 : dy < -0.2 ? -2 : 4)
            s += "<text x=\"\(n(lx))\" y=\"\(n(ly))\" text-anchor=\"\(anchor)\"><title>\(e(t.name))</title>\(e(TextLayout.truncate(t.id, to: 22))) \(TextLayout.formatted(t.score, 1))</text>\n"
        }
        s += "<polygon points=\"\(points.joined(separator: " "))\" fill=\"rgba(40,116,166,.25)\" stroke=\"#2874a6\" stroke-width=\"2\"/>\n"
        return s + "</svg>\n"
    }

    /// Mean step score along the journey, current period solid, baseline dashed.
    static func scoreCurve(steps: [StepStats], current: String, baseline: PeriodStats?) -> String {
        let width = 760.0, height = 250.0, left = 40.0, right = 20.0, top = 20.0, bottom = 70.0
        let plotW = width - left - right, plotH = height - top - bottom
        let count = max(1, steps.count)
        func x(_ i: Int) -> Double { count == 1 ? left + plotW / 2 : left + plotW * Double(i) / Double(count - 1) }
        func y(_ v: Double) -> Double { top + plotH * (1 - v / 10) }
        var s = "<svg class=\"curve\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Score along the journey\">\n"
        for v in stride(from: 0.0, through: 10.0, by: 2.0) {
            s += "<line x1=\"\(n(left))\" y1=\"\(n(y(v)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(v)))\" stroke=\"#eef1f5\"/><text x=\"\(n(left - 6))\" y=\"\(n(y(v) + 4))\" text-anchor=\"end\">\(Int(v))</text>\n"
        }
        func line(_ values: [Double?], dashed: Bool, colour: String) -> String {
            var out = ""
            var segment: [String] = []
            func flush() {
                if segment.count > 1 {
                    out += "<polyline points=\"\(segment.joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dashed ? " stroke-dasharray=\"5 4\"" : "")/>\n"
                }
                segment = []
            }
            for (i, v) in values.enumerated() {
                guard let v else { flush(); continue }
                segment.append("\(n(x(i))),\(n(y(v)))")
                out += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"3.5\" fill=\"\(colour)\"/>\n"
            }
            flush()
            return out
        }
        if let baseline {
            s += line(steps.map { baseline.step($0.step)?.score?.mean }, dashed: true, colour: "#98a2b3")
        }
        s += line(steps.map { $0.score?.mean }, dashed: false, colour: "#2874a6")
        for (i, step) in steps.enumerated() {
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(height - bottom + 16))\" text-anchor=\"end\" transform=\"rotate(-30 \(n(x(i))) \(n(height - bottom + 16)))\"><title>\(e(step.title))</title>\(e(TextLayout.truncate(step.step, to: 18)))</text>\n"
        }
        s += "<text x=\"\(n(width - right))\" y=\"14\" text-anchor=\"end\">— \(e(current))"
        if let baseline { s += "  - - \(e(baseline.period.label))" }
        return s + "</text>\n</svg>\n"
    }

    /// One step's geometric mean time per period, with its 95% interval as a whisker.
    static func timeAcrossPeriods(step: String, title: String, periods: [PeriodStats]) -> String {
        let width = 250.0, height = 150.0, left = 44.0, right = 10.0, top = 24.0, bottom = 26.0
        let plotW = width - left - right, plotH = height - top - bottom
        let shown = Array(periods.suffix(8))
        let values = shown.map { $0.step(step)?.time }
        let highest = values.compactMap { $0.map { max($0.high ?? $0.value, $0.value) } }.max() ?? 1
        let top10 = niceCeiling(highest)
        func x(_ i: Int) -> Double { left + plotW * (Double(i) + 0.5) / Double(max(1, shown.count)) }
        func y(_ v: Double) -> Double { top + plotH * (1 - min(v, top10) / top10) }
        var s = "<svg class=\"time\" width=\"\(Int(width))\" height=\"\(Int(height))\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"\(e("Time of step " + step))\">\n"
        s += "<text x=\"4\" y=\"14\" font-weight=\"600\"><title>\(e(title))</title>\(e(TextLayout.truncate(step, to: 34)))</text>\n"
        s += "<line x1=\"\(n(left))\" y1=\"\(n(y(0)))\" x2=\"\(n(width - right))\" y2=\"\(n(y(0)))\" stroke=\"#c5ccd6\"/>\n"
        s += "<text x=\"\(n(left - 4))\" y=\"\(n(y(top10) + 4))\" text-anchor=\"end\">\(e(TextLayout.seconds(top10)))</text>\n"
        s += "<text x=\"\(n(left - 4))\" y=\"\(n(y(0) + 4))\" text-anchor=\"end\">0</text>\n"
        for (i, t) in values.enumerated() {
            let label = shown[i].period.label
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(height - 8))\" text-anchor=\"middle\">\(e(String(label.suffix(label.count > 5 ? 3 : label.count))))</text>\n"
            guard let t else { continue }
            if let low = t.low, let high = t.high {
                s += "<line x1=\"\(n(x(i)))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i)))\" y2=\"\(n(y(high)))\" stroke=\"#667085\"/>"
                s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(low)))\" stroke=\"#667085\"/>"
                s += "<line x1=\"\(n(x(i) - 4))\" y1=\"\(n(y(high)))\" x2=\"\(n(x(i) + 4))\" y2=\"\(n(y(high)))\" stroke=\"#667085\"/>\n"
            }
            s += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(t.value)))\" r=\"4\" fill=\"#2874a6\"><title>\(e("\(label): \(TextLayout.seconds(t.value)) (n=\(t.n))"))</title></circle>\n"
        }
        return s + "</svg>\n"
    }

    /// 1, 2 or 5 times a power of ten at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        let power = pow(10, floor(log10(value)))
        for m in [1.0, 2, 5, 10] where m * power >= value { return m * power }
        return 10 * power
    }
}
