import Foundation

extension SVGCharts {
    /// Geometry of the touchpoint wheel. The width leaves each side room for a label of
    /// `labelColumns` columns plus its score, so labels on the left and right never clip.
    enum Wheel {
        static let radius = 140.0
        static let labelGap = 12.0
        static let labelColumns = 20
        static let labelLines = 2
        /// Room for the widest label line and the score after it (` 10.0`).
        static let side = labelGap + Double(labelColumns + 5) * columnWidth + 6
        static let width = 2 * (radius + side)
        static let top = labelGap + Double(labelLines + 1) * lineHeight
        static let centre = (x: radius + side, y: top + radius)
        static let legendTop = centre.y + radius + labelGap + Double(labelLines + 1) * lineHeight + 8
        static let height = legendTop + 2 * lineHeight + 4
    }

    /// Where a wheel label goes: its anchor point and the baseline of its first line.
    struct WheelLabel: Equatable {
        var x: Double
        var y: Double
        var anchor: Anchor
        var lines: [String]
    }

    /// The label of the spoke at `angle` (radians, 0 right, π/2 down): the name in up to two
    /// lines, outside the rim, anchored away from the wheel, stacked upward above the
    /// centre, downward below it and centred beside it.
    static func wheelLabel(name: String, angle: Double) -> WheelLabel {
        let (dx, dy) = (cos(angle), sin(angle))
        let reach = Wheel.radius + Wheel.labelGap
        let x = Wheel.centre.x + reach * dx
        let y = Wheel.centre.y + reach * dy
        let lines = wrap(name, columns: Wheel.labelColumns, lines: Wheel.labelLines)
        let block = Double(max(0, lines.count - 1)) * lineHeight
        let first: Double
        if dy < -0.5 {
            first = y - 3 - block                 // above: last line sits just over the rim
        } else if dy > 0.5 {
            first = y + 10                        // below: first line hangs under the rim
        } else {
            first = y + 4 - block / 2             // beside: centred on the spoke
        }
        return WheelLabel(x: x, y: first, anchor: anchor(forAngle: angle), lines: lines)
    }

    /// A radar of 0–10 touchpoint scores, with a dashed ring at their mean: the closer the
    /// shape follows the ring, the more even the service.
    static func wheel(_ touchpoints: [TouchpointScore], period: String?, _ strings: ReportStrings = ReportStrings(.en)) -> String {
        let (cx, cy) = Wheel.centre
        let r = Wheel.radius
        var s = open("wheel", width: Wheel.width, height: Wheel.height, label: strings.touchpointWheel)
        for ring in stride(from: 2.0, through: 10.0, by: 2.0) {
            s += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r * ring / 10))\" class=\"grid\"/>\n"
        }
        let scored = touchpoints.filter { $0.score != nil }
        guard !scored.isEmpty else {
            return s + "<text x=\"\(n(cx))\" y=\"\(n(cy))\" text-anchor=\"middle\" class=\"muted\">\(e(strings.noTouchpointScoresYet))</text></svg>\n"
        }
        let count = Double(scored.count)
        func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / count }
        var points: [(Double, Double)] = []
        var labels = ""
        for (i, t) in scored.enumerated() {
            let (dx, dy) = (cos(angle(i)), sin(angle(i)))
            s += "<line x1=\"\(n(cx))\" y1=\"\(n(cy))\" x2=\"\(n(cx + r * dx))\" y2=\"\(n(cy + r * dy))\" class=\"grid\"/>\n"
            let score = min(10, max(0, t.score ?? 0))
            points.append((cx + r * score / 10 * dx, cy + r * score / 10 * dy))
            let label = wheelLabel(name: t.name, angle: angle(i))
            labels += textBlock(label.lines, x: label.x, y: label.y, anchor: label.anchor,
                                full: strings.wheelScore(name: t.name, id: t.id, score: t.score, n: t.n),
                                suffix: "<tspan class=\"score\"> \(TextLayout.formatted(t.score, 1))</tspan>")
        }
        let mean = scored.compactMap(\.score).reduce(0, +) / count
        s += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r * min(10, max(0, mean)) / 10))\" class=\"ring-mean\"/>\n"
        s += "<polygon points=\"\(points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" class=\"area\"/>\n"
        for p in points { s += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"3\" class=\"dot\"/>\n" }
        // Ring values run along the bisector of the first two spokes, clear of both.
        let between = count > 1 ? angle(0) + Double.pi / count : angle(0) + Double.pi / 4
        for ring in stride(from: 2.0, through: 10.0, by: 2.0) {
            let (tx, ty) = (cx + r * ring / 10 * cos(between), cy + r * ring / 10 * sin(between))
            s += "<text x=\"\(n(tx))\" y=\"\(n(ty + 4))\" text-anchor=\"middle\" class=\"tick ring\">\(Int(ring))</text>\n"
        }
        s += labels
        // Legend: what the shape and the ring mean.
        let y = Wheel.legendTop
        s += "<rect x=\"16\" y=\"\(n(y - 9))\" width=\"16\" height=\"10\" class=\"area\"/>"
        s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.wheelAreaLegend(period)))</text>\n"
        s += "<line x1=\"16\" y1=\"\(n(y + lineHeight + 5 - 4))\" x2=\"32\" y2=\"\(n(y + lineHeight + 5 - 4))\" class=\"ring-mean\"/>"
        s += "<text x=\"38\" y=\"\(n(y + lineHeight + 5))\">\(e(strings.wheelRingLegend(mean: mean)))</text>\n"
        return s + "</svg>\n"
    }
}
