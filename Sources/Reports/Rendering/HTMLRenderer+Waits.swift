import ShopperCore

// The HTML report's response section: per wait step of the current period, the "share answered
// by time" chart of the compared periods with its data table twin and the figures in words.
extension HTMLRenderer {
    static func responses(_ s: ScenarioReport, index: Int, _ strings: ReportStrings) -> String {
        let current = s.comparison.flatMap { s.stats(for: $0.current) } ?? s.latest
        guard let current else { return "" }
        let baseline = s.comparison.flatMap { s.stats(for: $0.baseline) }
        let waits = current.steps.filter { $0.response != nil }
        guard !waits.isEmpty else { return "" }
        // Heading, hint and charts kept together on paper (`div.keep`): the heading and its
        // hint alone at a page's foot read as a section without charts.
        var h = "<div class=\"keep\"><h3>\(escape(strings.responsesIn(current.period.label)))</h3>\n<p class=\"hint\">\(escape(strings.responseCurveHint))</p>\n<div class=\"panels\">\n"
        var tables = ""
        for (k, step) in waits.enumerated() {
            let id = "s\(index)-response-\(k)"
            let before = baseline?.step(step.step)?.response.map { (baseline!.period.label, $0) }
            h += SVGCharts.responseCurve(step: step.step, title: step.title, current: (current.period.label, step.response!),
                                         baseline: before, strings, describedBy: id)
            tables += "<p>\(escape(step.title.isEmpty ? step.step : step.title)): \(escape(strings.responseSummary(step.response!)))</p>\n"
            tables += responseTable(step, current: (current.period.label, step.response!), baseline: before, id: id, strings)
        }
        return h + "</div></div>\n" + tables
    }

    /// The chart's twin: per period n, never answered, the median with its interval, and the
    /// share answered by each tick of the chart's time axis.
    static func responseTable(_ step: StepStats, current: (String, ResponseStats), baseline: (String, ResponseStats)?,
                              id: String, _ strings: ReportStrings) -> String {
        let rows = [current] + (baseline.map { [$0] } ?? [])
        let target = current.1.target ?? baseline?.1.target
        let ticks = SVGCharts.responseTicks(rows.map(\.1.curve), target: target).filter { $0 > 0 }
        var times = ticks
        if let target, !times.contains(target) { times = (times + [target]).sorted() }
        var h = "<details class=\"data\"><summary>\(escape(strings.chartData))</summary><div class=\"scroll\"><table class=\"responses\" id=\"\(escape(id))\"><thead><tr>"
        h += heads(strings.responseTableColumns + times.map { strings.answeredBy(strings.seconds($0)) }) + "</tr></thead><tbody>\n"
        for (label, r) in rows {
            h += "<tr><td class=\"nowrap\">\(escape(label))</td><td class=\"num\">\(r.n)</td><td class=\"num\">\(TextLayout.percent(r.unansweredShare))</td>"
                + "<td class=\"num\">\(escape(r.median.map { strings.seconds($0) } ?? "–"))</td><td class=\"num\">\(escape(strings.medianInterval(r) ?? "–"))</td>"
            for t in times { h += "<td class=\"num\">\(r.n > 0 ? TextLayout.percent(1 - r.curve.survival(at: t)) : "–")</td>" }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div></details>\n"
    }
}
