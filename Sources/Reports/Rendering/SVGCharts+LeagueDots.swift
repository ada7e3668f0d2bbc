import Foundation

extension SVGCharts {
    enum LeaguePanel {
        static let width = 560.0, rowHeight = 20.0
        static let left = 200.0, right = 16.0, top = 40.0, bottom = 28.0
        static let plotW = width - left - right
        /// At most this many values, the worst ones; the table beside it has them all.
        static let rows = 40
    }

    /// The ranked values of a league table as a sorted dot plot: worst at the top, a dot for the
    /// value's shop score (completion without a checklist), a whisker for its 95% interval (none
    /// below n = 3: a ranked value may have fewer runs with a shop score than runs), a dashed line at the whole programme's figure, the
    /// values flagged below the rest in the `below` class. The axis follows the points.
    static func leagueDots(_ table: LeagueTable, programme: Double?, title: String,
                           _ strings: ReportStrings = ReportStrings(.en)) -> String {
        let p = LeaguePanel.self
        let rows = Array(table.ranked.prefix(p.rows))
        guard !rows.isEmpty else { return "" }
        func figure(_ r: SegmentRow) -> (value: Double, low: Double?, high: Double?, n: Int)? {
            if table.byShop { return r.shop.map { ($0.mean, $0.low, $0.high, $0.n) } }
            return r.completion.map { ($0.rate, $0.low, $0.high, $0.n) }
        }
        let figures = rows.map(figure)
        let points = figures.compactMap { $0 }.flatMap { [$0.value, $0.low ?? $0.value, $0.high ?? $0.value] }
            + (programme.map { [$0] } ?? [])
        let lowest = max(0, ((points.min() ?? 0) * 10).rounded(.down) / 10)
        var highest = min(1, ((points.max() ?? 1) * 10).rounded(.up) / 10)
        if highest <= lowest { highest = min(1, lowest + 0.1) }
        let span = max(0.1, highest - lowest)
        let height = p.top + p.rowHeight * Double(rows.count) + p.bottom
        func x(_ v: Double) -> Double { p.left + p.plotW * (min(max(v, lowest), lowest + span) - lowest) / span }
        func y(_ i: Int) -> Double { p.top + p.rowHeight * (Double(i) + 0.5) }
        var s = open("league", width: p.width, height: height, label: title)
        s += textBlock(wrap(title, columns: Int((p.width - 8) / columnWidth), lines: 2), x: 4, y: 14,
                       className: "panel-title", full: title)
        // A tick every 10% (every 5% on a span of 30% or less).
        let step: Double = span <= 0.3 ? 0.05 : 0.1
        let tickCount = Int((span / step).rounded())
        let ticks: [Double] = (0...tickCount).map { (i: Int) -> Double in lowest + step * Double(i) }
        for tick in ticks {
            s += "<line x1=\"\(n(x(tick)))\" y1=\"\(n(p.top))\" x2=\"\(n(x(tick)))\" y2=\"\(n(height - p.bottom))\" class=\"grid\"/>"
            s += "<text x=\"\(n(x(tick)))\" y=\"\(n(height - p.bottom + 14))\" text-anchor=\"middle\" class=\"tick\">\(e(TextLayout.percent(tick)))</text>\n"
        }
        if let programme {
            s += "<line x1=\"\(n(x(programme)))\" y1=\"\(n(p.top - 4))\" x2=\"\(n(x(programme)))\" y2=\"\(n(height - p.bottom))\" class=\"base\"/>\n"
        }
        let labelColumns = Int((p.left - 12) / columnWidth)
        for (i, row) in rows.enumerated() {
            let name = row.name == row.value ? row.name : "\(row.name) (\(row.value))"
            s += textBlock(wrap(row.name, columns: labelColumns, lines: 1), x: p.left - 8, y: y(i) + 4, anchor: .end,
                           className: row.belowProgramme ? "below" : nil, full: name)
            guard let f = figures[i] else { continue }
            if let low = f.low, let high = f.high, f.n >= 3 {
                s += "<line x1=\"\(n(x(low)))\" y1=\"\(n(y(i)))\" x2=\"\(n(x(high)))\" y2=\"\(n(y(i)))\" class=\"whisker\"/>"
            }
            let range = f.n >= 3 ? f.low.map { "\(TextLayout.percent($0))–\(TextLayout.percent(f.high))" } ?? strings.noInterval
                : strings.noInterval
            let label = "\(name): \(TextLayout.percent(f.value)), 95% \(range), n=\(f.n)"
                + (row.belowProgramme ? " — \(strings.belowTheRest)" : "")
            s += "<circle cx=\"\(n(x(f.value)))\" cy=\"\(n(y(i)))\" r=\"4.5\" class=\"dot\(row.belowProgramme ? " below" : "")\"><title>\(e(label))</title></circle>\n"
        }
        return s + "</svg>\n"
    }
}
