import Foundation

extension SVGCharts {
    enum Curve {
        static let width = 880.0, height = 300.0
        static let left = 46.0, right = 16.0, top = 44.0, bottom = 62.0
        static let plotW = width - left - right, plotH = height - top - bottom
    }

    /// Mean step score along the journey on a 0–10 axis: the current period solid with its
    /// 95% interval (from `minimumIntervalN` scores up), the baseline dashed, n under each step.
    /// A step without a score breaks the line and says so.
    static func scoreCurve(steps: [StepStats], current: String, baseline: PeriodStats?,
                           _ strings: ReportStrings = ReportStrings(.en), describedBy: String? = nil) -> String {
        let count = max(1, steps.count)
        let slot = Curve.plotW / Double(count)
        func x(_ i: Int) -> Double { Curve.left + slot * (Double(i) + 0.5) }
        func y(_ v: Double) -> Double { Curve.top + Curve.plotH * (1 - min(10, max(0, v)) / 10) }
        var s = open("curve wide", width: Curve.width, height: Curve.height, label: strings.scoreAlongJourney, describedBy: describedBy)
        for v in stride(from: 0.0, through: 10.0, by: 2.0) {
            s += "<line x1=\"\(n(Curve.left))\" y1=\"\(n(y(v)))\" x2=\"\(n(Curve.width - Curve.right))\" y2=\"\(n(y(v)))\" class=\"\(v == 0 ? "axis" : "grid")\"/>"
            s += "<text x=\"\(n(Curve.left - 8))\" y=\"\(n(y(v) + 4))\" text-anchor=\"end\" class=\"tick\">\(Int(v))</text>\n"
        }
        s += "<text x=\"\(n(Curve.left - 8))\" y=\"\(n(Curve.top - 12))\" text-anchor=\"end\" class=\"muted\">\(e(strings.scoreAxis))</text>\n"

        let currentValues = steps.map { $0.score?.mean }
        let baselineValues = steps.map { step in baseline?.step(step.step)?.score?.mean }

        // Steps without a current score: a dashed guide and a label instead of a point.
        for (i, step) in steps.enumerated() where currentValues[i] == nil {
            let why = baselineValues[i] == nil ? strings.noScore : strings.noScore(in: current)
            s += "<line x1=\"\(n(x(i)))\" y1=\"\(n(y(10)))\" x2=\"\(n(x(i)))\" y2=\"\(n(y(0)))\" class=\"gap\"/>"
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(y(5) + 4))\" text-anchor=\"middle\" class=\"gap-label\"><title>\(e(step.title)): \(e(why))</title>\(e(why))</text>\n"
        }

        func line(_ values: [Double?], className: String) -> String {
            var out = ""
            var segment: [String] = []
            func flush() {
                if segment.count > 1 { out += "<polyline points=\"\(segment.joined(separator: " "))\" class=\"\(className)\"/>\n" }
                segment = []
            }
            for (i, v) in values.enumerated() {
                guard let v else { flush(); continue }
                segment.append("\(n(x(i))),\(n(y(v)))")
            }
            flush()
            return out
        }
        if baseline != nil {
            s += line(baselineValues, className: "base")
            for (i, v) in baselineValues.enumerated() {
                guard let v else { continue }
                s += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"3\" class=\"base-dot\"><title>\(e("\(steps[i].title), \(baseline!.period.label): \(strings.decimal(v, 1))"))</title></circle>\n"
            }
        }
        for (i, step) in steps.enumerated() {
            guard let score = step.score, drawsInterval(n: score.n), let low = score.low, let high = score.high else { continue }
            s += "<line x1=\"\(n(x(i)))\" y1=\"\(n(y(low)))\" x2=\"\(n(x(i)))\" y2=\"\(n(y(high)))\" class=\"whisker\"/>\n"
        }
        s += line(currentValues, className: "cur")
        for (i, step) in steps.enumerated() {
            guard let score = step.score else { continue }
            let v = score.mean
            s += "<circle cx=\"\(n(x(i)))\" cy=\"\(n(y(v)))\" r=\"4\" class=\"dot\"><title>\(e("\(step.title), \(current): \(strings.decimal(v, 1)) (n=\(score.n))"))</title></circle>"
            // The value sits on the side away from the baseline point, so the two never overlap.
            let below = (baselineValues[i].map { $0 > v } ?? false) || v > 9.4
            s += "<text x=\"\(n(x(i) + 7))\" y=\"\(n(below ? y(v) + 15 : y(v) - 8))\" class=\"value\">\(strings.decimal(v, 1))</text>\n"
        }

        // Step names under the axis, horizontal, wrapped to the width of their slot.
        let columns = max(6, Int((slot - 8) / columnWidth))
        for (i, step) in steps.enumerated() {
            let lines = wrap(step.title.isEmpty ? step.step : step.title, columns: columns, lines: 2)
            s += textBlock(lines, x: x(i), y: y(0) + 17, anchor: .middle, full: "\(step.title) (\(step.step))")
            s += "<text x=\"\(n(x(i)))\" y=\"\(n(y(0) + 17 + 2 * lineHeight + 4))\" text-anchor=\"middle\" class=\"tick n\">n=\(step.score?.n ?? 0)</text>\n"
        }

        // Legend: which line is which period.
        var lx = Curve.left
        let ly = 16.0
        s += "<line x1=\"\(n(lx))\" y1=\"\(n(ly - 4))\" x2=\"\(n(lx + 24))\" y2=\"\(n(ly - 4))\" class=\"cur\"/><circle cx=\"\(n(lx + 12))\" cy=\"\(n(ly - 4))\" r=\"3.5\" class=\"dot\"/>"
        let currentText = strings.latestWithInterval(current)
        s += "<text x=\"\(n(lx + 30))\" y=\"\(n(ly))\">\(e(currentText))</text>\n"
        lx += 30 + textWidth(currentText) + 24
        if let baseline {
            s += "<line x1=\"\(n(lx))\" y1=\"\(n(ly - 4))\" x2=\"\(n(lx + 24))\" y2=\"\(n(ly - 4))\" class=\"base\"/><circle cx=\"\(n(lx + 12))\" cy=\"\(n(ly - 4))\" r=\"3\" class=\"base-dot\"/>"
            s += "<text x=\"\(n(lx + 30))\" y=\"\(n(ly))\">\(e(strings.comparedWith(baseline.period.label)))</text>\n"
        }
        return s + "</svg>\n"
    }

    /// The score curve's phone layout: one row per step, the current score as a dot with its
    /// interval, the baseline's as a ring.
    static func scoreList(steps: [StepStats], current: String, baseline: PeriodStats?,
                          _ strings: ReportStrings = ReportStrings(.en), describedBy: String? = nil) -> String {
        let rows = steps.map { step -> DotRow in
            let name = step.title.isEmpty ? step.step : step.title
            return DotRow(label: name, full: "\(name) (\(step.step)), \(current): \(strings.decimal(step.score?.mean, 1)) (n=\(step.score?.n ?? 0))",
                          current: step.score?.mean, previous: baseline?.step(step.step)?.score?.mean,
                          n: step.score?.n ?? 0, low: step.score?.low, high: step.score?.high, thin: false)
        }
        return dotPlot(rows, label: strings.scoreAlongJourneyList,
                       legend: strings.dotPlotLegend(current: current, previous: baseline?.period.label),
                       strings, describedBy: describedBy, className: "curve narrow", empty: strings.noScore)
    }
}
