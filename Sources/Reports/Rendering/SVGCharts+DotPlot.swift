import Foundation

extension SVGCharts {
    /// One row of a dot plot: a name, the current value (dot) and the previous one (ring) on a
    /// 0–10 axis, n, and an interval drawn from `minimumIntervalN` values up.
    struct DotRow: Equatable {
        var label: String
        var full: String
        var current: Double?
        var previous: Double?
        var n: Int
        var low: Double?
        var high: Double?
        /// From too few values to rank: a hollow dot.
        var thin: Bool
        /// The team's own score (the touchpoint wheel's second outline): a diamond.
        var team: Double? = nil
    }

    enum DotPlot {
        static let width = 360.0
        static let labelWidth = 150.0
        static let plotLeft = labelWidth + 12, plotRight = width - 58
        static let rowHeight = 34.0
        static let top = 40.0
        static let labelColumns = Int((labelWidth - 4) / columnWidth)
    }

    /// A vertical list of rows with dots on a 0–10 axis, sized for a phone (360 px wide, text
    /// at the page's chart size): previous → current as a ring, a line and a dot, the value and
    /// n at the right. Used where a wide chart would have to shrink its text.
    static func dotPlot(_ rows: [DotRow], label: String, legend: String, _ strings: ReportStrings,
                        describedBy: String? = nil, className: String = "dotplot", empty: String) -> String {
        let d = DotPlot.self
        let height = d.top + Double(max(1, rows.count)) * d.rowHeight + 10
        func x(_ v: Double) -> Double { d.plotLeft + (d.plotRight - d.plotLeft) * min(10, max(0, v)) / 10 }
        var s = open(className, width: d.width, height: height, label: label, describedBy: describedBy)
        s += "<text x=\"4\" y=\"14\" class=\"muted\">\(e(legend))</text>\n"
        for v in [0.0, 5.0, 10.0] {
            s += "<line x1=\"\(n(x(v)))\" y1=\"\(n(d.top - 8))\" x2=\"\(n(x(v)))\" y2=\"\(n(height - 8))\" class=\"\(v == 0 ? "axis" : "grid")\"/>"
            s += "<text x=\"\(n(x(v)))\" y=\"\(n(d.top - 12))\" text-anchor=\"middle\" class=\"tick\">\(Int(v))</text>\n"
        }
        guard !rows.isEmpty else {
            return s + "<text x=\"4\" y=\"\(n(d.top + 16))\" class=\"muted\">\(e(empty))</text></svg>\n"
        }
        for (i, row) in rows.enumerated() {
            let mid = d.top + d.rowHeight * (Double(i) + 0.5)
            let lines = wrap(row.label, columns: d.labelColumns, lines: 2)
            s += textBlock(lines, x: 4, y: mid + 4 - Double(lines.count - 1) * lineHeight / 2, full: row.full)
            if drawsInterval(n: row.n), let low = row.low, let high = row.high {
                s += "<line x1=\"\(n(x(low)))\" y1=\"\(n(mid))\" x2=\"\(n(x(high)))\" y2=\"\(n(mid))\" class=\"whisker\"/>"
            }
            if let previous = row.previous {
                if let current = row.current {
                    s += "<line x1=\"\(n(x(previous)))\" y1=\"\(n(mid))\" x2=\"\(n(x(current)))\" y2=\"\(n(mid))\" class=\"move\"/>"
                }
                s += "<circle cx=\"\(n(x(previous)))\" cy=\"\(n(mid))\" r=\"4\" class=\"base-dot\"/>"
            }
            if let team = row.team { s += teamMarker(x: x(team), y: mid) }
            if let current = row.current {
                s += "<circle cx=\"\(n(x(current)))\" cy=\"\(n(mid))\" r=\"4.5\" class=\"\(row.thin ? "dot thin" : "dot")\"/>"
            }
            let nText = row.thin ? strings.thinMark : "n=\(row.n)"
            s += "<text x=\"\(n(d.width - 4))\" y=\"\(n(mid - 3))\" text-anchor=\"end\" class=\"value\">\(strings.decimal(row.current, 1))</text>"
            s += "<text x=\"\(n(d.width - 4))\" y=\"\(n(mid + 12))\" text-anchor=\"end\" class=\"tick n\">\(e(nText))</text>\n"
        }
        return s + "</svg>\n"
    }
}
