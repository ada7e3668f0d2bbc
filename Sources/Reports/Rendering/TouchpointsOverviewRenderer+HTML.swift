import ShopperCore

/// `shopper touchpoints --format html`: a small self-contained page (inline CSS and SVG, no
/// scripts) with the wheel of measured scores and the team's own scores as two outlines, its
/// phone dot plot, and the programme table. Pure; every registry text escaped.
extension TouchpointsOverviewRenderer {
    static let tableID = "touchpoint-data"

    public static func html(_ o: TouchpointsOverview, language: Language = .en) -> String {
        let s = ReportStrings(language)
        let e = HTMLRenderer.escape
        let title = s.touchpointsIn(o.period?.label)
        // The wheel draws `TouchpointScore.team`; the overview's team is the one the page shows.
        let scores = o.touchpoints.map { t -> TouchpointScore in
            var m = t.measured
            m.team = t.team
            return m
        }
        var h = HTMLRenderer.head(title: title, language: language,
                                  css: HTMLRenderer.css + HTMLRenderer.chartCSS + HTMLRenderer.phoneCSS + HTMLRenderer.printCSS)
        h += """
            <body>
            <header><h1>\(e(title))</h1>
            <p class="meta">\(e(s.programmeHeading(o.period?.label, today: o.today)))</p></header>
            <section class="touchpoints"><figure class="wheel">
            """
        let scored = scores.filter { $0.score != nil }.count
        if scored > SVGCharts.Wheel.mostSpokes || scored == 0 {
            h += SVGCharts.touchpointDotPlot(scores, period: o.period, s, describedBy: tableID, className: "dotplot")
        } else {
            h += SVGCharts.wheel(scores, period: o.period, s, describedBy: tableID, className: "wheel wide")
                + SVGCharts.touchpointDotPlot(scores, period: o.period, s, describedBy: tableID, className: "dotplot narrow")
        }
        h += "</figure>\n<div class=\"scroll\"><table class=\"touchpoints\" id=\"\(tableID)\"><thead><tr>"
        h += HTMLRenderer.heads(s.programmeMarkdownColumns) + "</tr></thead><tbody>\n"
        if o.touchpoints.isEmpty { h += "<tr><td colspan=\"10\">\(e(s.noTouchpointsMatch))</td></tr>\n" }
        for t in o.touchpoints {
            var checked = e(t.lastChecked.map(String.init(describing:)) ?? s.never)
            if t.recheckDue { checked += " <span class=\"thin\">\(e(s.recheckDue(t.reviewEvery)))</span>" }
            h += "<tr\(t.measured.focus != nil ? " class=\"focus\"" : "")><td>\(t.measured.focus.map(String.init) ?? "")</td>"
                + "<td>\(e(t.name)) <code>\(e(t.id))</code></td><td>\(e(t.owner ?? "–"))</td>"
                + "<td class=\"num\">\(s.decimal(t.measured.score, 1))</td><td class=\"num team\">\(s.decimal(t.team, 1))</td>"
                + "<td class=\"num\">\(e(s.localised(TextLayout.signed(t.gap, 1))))</td><td class=\"num\">\(t.measured.n)</td>"
                + "<td class=\"num\">\(s.decimal(t.measured.priority, 0))</td><td>\(checked)</td>"
                + "<td>\(e(s.actionCounts(open: t.openActions, overdue: t.overdueActions)))</td></tr>\n"
        }
        h += "</tbody></table></div>\n<p class=\"hint\">\(e(s.programmeLegend))</p></section>\n"
        return h + "</body>\n</html>\n"
    }
}
