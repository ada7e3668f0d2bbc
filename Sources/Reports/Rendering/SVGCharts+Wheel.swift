import Foundation
import ShopperCore

extension SVGCharts {
    /// Geometry of the touchpoint wheel. The width leaves each side room for a label of
    /// `labelColumns` columns plus its score and n, so labels on the left and right never clip.
    enum Wheel {
        static let radius = 140.0
        static let labelGap = 12.0
        static let labelColumns = 20
        static let labelLines = 2
        /// Room for the widest label line and the score and n after it (` 10.0 n=12`).
        static let side = labelGap + Double(labelColumns + 10) * columnWidth + 6
        static let width = 2 * (radius + side)
        static let top = labelGap + Double(labelLines + 2) * lineHeight
        static let centre = (x: radius + side, y: top + radius)
        static let legendTop = centre.y + radius + labelGap + Double(labelLines + 2) * lineHeight + 8
        static let legendLines = 5
        static let height = legendTop + Double(legendLines) * (lineHeight + 5) + 4
        /// Beyond this many scored touchpoints the wheel's labels would crowd: a dot plot instead.
        static let mostSpokes = 12
    }

    /// Where a wheel label goes: its anchor point and the baseline of its first line.
    struct WheelLabel: Equatable {
        var x: Double
        var y: Double
        var anchor: Anchor
        var lines: [String]
        /// The score and n go on a line of their own under a label centred above or below the
        /// wheel, so it stays narrow enough to clear the labels of the spokes beside it.
        var scoreOnOwnLine: Bool { anchor == .middle }
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
        let anchor = anchor(forAngle: angle)
        let block = Double(max(0, lines.count - (anchor == .middle ? 0 : 1))) * lineHeight
        let first: Double
        if dy < -0.5 {
            first = y - 7 - block                 // above: last line clear of the rim and the labels beside
        } else if dy > 0.5 {
            first = y + 10                        // below: first line hangs under the rim
        } else {
            first = y + 4 - block / 2             // beside: centred on the spoke
        }
        return WheelLabel(x: x, y: first, anchor: anchor, lines: lines)
    }

    /// The touchpoints in the charts' one stable order: journey stage, then registry order
    /// (touchpoints not in the registry last, as runs first named them). Never by score, so a
    /// touchpoint sits in the same place in every report.
    static func stableOrder(_ touchpoints: [TouchpointScore]) -> [TouchpointScore] {
        let stages = JourneyStage.allCases
        return touchpoints.sorted {
            let a = ($0.stage.flatMap { stages.firstIndex(of: $0) } ?? stages.count, $0.order)
            let b = ($1.stage.flatMap { stages.firstIndex(of: $0) } ?? stages.count, $1.order)
            return a < b
        }
    }

    /// A touchpoint's mean score in the period before `period` (from its trend), if any.
    static func previousScore(_ t: TouchpointScore, period: Period?) -> (period: Period, score: Double?)? {
        guard let period, let i = t.trend.firstIndex(where: { $0.period == period }), i > 0 else { return nil }
        return (t.trend[i - 1].period, t.trend[i - 1].value)
    }

    /// A radar of 0–10 touchpoint scores in the stable order, the previous period as a dashed
    /// outline, a dashed ring at the current mean, n beside each score and a hollow dot for a
    /// score from fewer than `TouchpointScore.minimumFocusN` attempts. Beyond `Wheel.mostSpokes`
    /// scored touchpoints, the dot plot of previous → current instead.
    static func wheel(_ touchpoints: [TouchpointScore], period: Period?, _ strings: ReportStrings = ReportStrings(.en),
                      describedBy: String? = nil, className: String = "wheel") -> String {
        let (cx, cy) = Wheel.centre
        let r = Wheel.radius
        let scored = stableOrder(touchpoints.filter { $0.score != nil })
        if scored.count > Wheel.mostSpokes {
            return touchpointDotPlot(touchpoints, period: period, strings, describedBy: describedBy, className: className)
        }
        var s = open(className, width: Wheel.width, height: Wheel.height, label: strings.touchpointWheel, describedBy: describedBy)
        for ring in stride(from: 2.0, through: 10.0, by: 2.0) {
            s += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r * ring / 10))\" class=\"grid\"/>\n"
        }
        guard !scored.isEmpty else {
            return s + "<text x=\"\(n(cx))\" y=\"\(n(cy))\" text-anchor=\"middle\" class=\"muted\">\(e(strings.noTouchpointScoresYet))</text></svg>\n"
        }
        let count = Double(scored.count)
        func angle(_ i: Int) -> Double { -Double.pi / 2 + 2 * Double.pi * Double(i) / count }
        func point(_ i: Int, _ score: Double) -> (Double, Double) {
            let v = min(10, max(0, score))
            return (cx + r * v / 10 * cos(angle(i)), cy + r * v / 10 * sin(angle(i)))
        }
        var points: [(Double, Double)] = []
        var previous: [(Double, Double)?] = []
        var previousLabel: String?
        var team: [(Double, Double)?] = []
        var labels = ""
        for (i, t) in scored.enumerated() {
            let (dx, dy) = (cos(angle(i)), sin(angle(i)))
            s += "<line x1=\"\(n(cx))\" y1=\"\(n(cy))\" x2=\"\(n(cx + r * dx))\" y2=\"\(n(cy + r * dy))\" class=\"grid\"/>\n"
            points.append(point(i, t.score ?? 0))
            let before = previousScore(t, period: period)
            if let before { previousLabel = before.period.label }
            previous.append(before?.score.map { point(i, $0) })
            team.append(t.team.map { point(i, $0) })
            let label = wheelLabel(name: t.name, angle: angle(i))
            let nText = t.isThin ? strings.thinMark : "n=\(t.n)"
            let scoreStart = label.scoreOnOwnLine ? "<tspan class=\"score\" x=\"\(n(label.x))\" dy=\"\(n(lineHeight))\">" : "<tspan class=\"score\"> "
            labels += textBlock(label.lines, x: label.x, y: label.y, anchor: label.anchor,
                                full: strings.wheelScore(name: t.name, id: t.id, score: t.score, n: t.n),
                                suffix: scoreStart + "\(strings.decimal(t.score, 1))</tspan><tspan class=\"n\"> \(e(nText))</tspan>")
        }
        let mean = scored.compactMap(\.score).reduce(0, +) / count
        s += "<circle cx=\"\(n(cx))\" cy=\"\(n(cy))\" r=\"\(n(r * min(10, max(0, mean)) / 10))\" class=\"ring-mean\"/>\n"
        if previous.allSatisfy({ $0 != nil }), previous.count > 2 {
            s += "<polygon points=\"\(previous.compactMap { $0 }.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" class=\"prev\"/>\n"
        }
        s += teamOutline(team)
        s += "<polygon points=\"\(points.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" class=\"area\"/>\n"
        for p in previous.compactMap({ $0 }) { s += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"2.5\" class=\"prev-dot\"/>\n" }
        for (i, p) in points.enumerated() {
            s += "<circle cx=\"\(n(p.0))\" cy=\"\(n(p.1))\" r=\"3.5\" class=\"\(scored[i].isThin ? "dot thin" : "dot")\"/>\n"
        }
        // Ring values run along the bisector of the first two spokes, clear of both.
        let between = count > 1 ? angle(0) + Double.pi / count : angle(0) + Double.pi / 4
        for ring in stride(from: 2.0, through: 10.0, by: 2.0) {
            let (tx, ty) = (cx + r * ring / 10 * cos(between), cy + r * ring / 10 * sin(between))
            s += "<text x=\"\(n(tx))\" y=\"\(n(ty + 4))\" text-anchor=\"middle\" class=\"tick ring\">\(Int(ring))</text>\n"
        }
        s += labels
        // Legend: the shape, the previous outline, the ring, the hollow dots.
        var y = Wheel.legendTop
        let step = lineHeight + 5
        s += "<rect x=\"16\" y=\"\(n(y - 9))\" width=\"16\" height=\"10\" class=\"area\"/>"
        s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.wheelAreaLegend(period?.label)))</text>\n"
        if let previousLabel {
            y += step
            s += "<line x1=\"16\" y1=\"\(n(y - 4))\" x2=\"32\" y2=\"\(n(y - 4))\" class=\"prev\"/>"
            s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.wheelPreviousLegend(previousLabel)))</text>\n"
        }
        if team.contains(where: { $0 != nil }) {
            y += step
            s += "<line x1=\"16\" y1=\"\(n(y - 4))\" x2=\"32\" y2=\"\(n(y - 4))\" class=\"team\"/>"
            s += teamMarker(x: 24, y: y - 4)
            s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.wheelTeamLegend))</text>\n"
        }
        y += step
        s += "<line x1=\"16\" y1=\"\(n(y - 4))\" x2=\"32\" y2=\"\(n(y - 4))\" class=\"ring-mean\"/>"
        s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.localised(strings.wheelRingLegend(mean: mean))))</text>\n"
        if scored.contains(where: \.isThin) {
            y += step
            s += "<circle cx=\"24\" cy=\"\(n(y - 4))\" r=\"3.5\" class=\"dot thin\"/>"
            s += "<text x=\"38\" y=\"\(n(y))\">\(e(strings.wheelThinLegend))</text>\n"
        }
        return s + "</svg>\n"
    }

    /// The touchpoints as rows in the stable order, each with its previous score (ring) and
    /// current score (dot): the wheel's phone layout, and its stand-in beyond `Wheel.mostSpokes`.
    static func touchpointDotPlot(_ touchpoints: [TouchpointScore], period: Period?, _ strings: ReportStrings,
                                  describedBy: String? = nil, className: String = "dotplot") -> String {
        let ordered = stableOrder(touchpoints.filter { $0.score != nil })
        var previousLabel: String?
        let rows = ordered.map { t -> DotRow in
            let before = previousScore(t, period: period)
            if let before { previousLabel = before.period.label }
            return DotRow(label: t.name, full: strings.wheelScore(name: t.name, id: t.id, score: t.score, n: t.n),
                          current: t.score, previous: before?.score, n: t.n, low: nil, high: nil, thin: t.isThin, team: t.team)
        }
        let legend = strings.dotPlotLegend(current: period?.label, previous: previousLabel)
            + (rows.contains { $0.team != nil } ? "  " + strings.dotPlotTeamLegend : "")
        return dotPlot(rows, label: strings.touchpointDotPlot, legend: legend,
                       strings, describedBy: describedBy, className: className,
                       empty: strings.noTouchpointScoresYet)
    }
}
