import Foundation

extension SVGCharts {
    /// The team's own assessment on the wheel: a dashed outline through the team scores when
    /// every spoke has one (more than two spokes), else only the markers; nothing when no
    /// spoke has one. `points` are in spoke order, nil where the touchpoint has no assessment.
    static func teamOutline(_ points: [(Double, Double)?]) -> String {
        let present = points.compactMap { $0 }
        guard !present.isEmpty else { return "" }
        var s = ""
        if present.count == points.count, points.count > 2 {
            s += "<polygon points=\"\(present.map { "\(n($0.0)),\(n($0.1))" }.joined(separator: " "))\" class=\"team\"/>\n"
        }
        for p in present { s += teamMarker(x: p.0, y: p.1) + "\n" }
        return s
    }

    /// A team score's marker: a small diamond centred on (x, y), so it reads apart from the
    /// measured dots and the previous period's rings in colour and in shape (print, colour blindness).
    static func teamMarker(x: Double, y: Double) -> String {
        "<path d=\"M\(n(x)),\(n(y - 4.5))l4.5,4.5l-4.5,4.5l-4.5,-4.5z\" class=\"team-dot\"/>"
    }
}
