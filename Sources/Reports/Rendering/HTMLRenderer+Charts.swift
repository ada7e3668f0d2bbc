import Foundation
import ShopperCore

/// The HTML report's charts with their data table twins, and the date context. Every chart is
/// an `<svg role="img">` named by `aria-label` and pointing (`aria-describedby`) at a table of
/// the same figures. A chart whose wide layout would shrink its text on a phone has a narrow
/// twin (`svg.narrow`, a list of rows with dots) that the page's CSS shows instead below 600 px.
extension HTMLRenderer {
    static let touchpointTableID = "touchpoint-data"

    /// The wheel (and its phone layout), or the dot plot alone beyond `Wheel.mostSpokes`.
    static func touchpointCharts(_ report: Report, _ strings: ReportStrings) -> String {
        let scored = report.touchpoints.filter { $0.score != nil }.count
        if scored > SVGCharts.Wheel.mostSpokes || scored == 0 {
            // Many spokes would crowd, and an empty wheel is a big picture of nothing: the rows.
            return SVGCharts.touchpointDotPlot(report.touchpoints, period: report.touchpointPeriod, strings,
                                               describedBy: touchpointTableID, className: "dotplot")
        }
        return SVGCharts.wheel(report.touchpoints, period: report.touchpointPeriod, strings, describedBy: touchpointTableID, className: "wheel wide")
            + SVGCharts.touchpointDotPlot(report.touchpoints, period: report.touchpointPeriod, strings,
                                          describedBy: touchpointTableID, className: "dotplot narrow")
    }

    /// Every touchpoint, in the report's ranking, with the team's own score, its previous
    /// period's score and trend.
    static func touchpointTable(_ report: Report, _ strings: ReportStrings) -> String {
        let previous = report.touchpoints.lazy.compactMap { SVGCharts.previousScore($0, period: report.touchpointPeriod)?.period }.first
        // The priority rule above the table, so on paper it never sits alone on a page after it.
        let unscored = report.touchpoints.filter { $0.score == nil }.count
        var h = "<p class=\"hint\">\(strings.priorityHint)</p>\n"
        // On paper the rows without a score (pages of dashes) are left out, saying so (`printCSS`).
        if unscored > 0 { h += "<p class=\"hint print-only\">\(escape(strings.unscoredLeftOffPaper(unscored)))</p>\n" }
        h += "<div class=\"scroll\"><table class=\"touchpoints\" id=\"\(touchpointTableID)\"><thead><tr>\(heads(teamColumns(strings.touchpointColumns(previous: previous?.label), strings)))</tr></thead><tbody>\n"
        for t in report.touchpoints {
            let before = SVGCharts.previousScore(t, period: report.touchpointPeriod)?.score
            let n = t.isThin ? "\(t.n) <span class=\"thin\">\(escape(strings.thinMark))</span>" : String(t.n)
            let rowClass = [t.focus != nil ? "focus" : nil, t.score == nil ? "unscored" : nil].compactMap { $0 }.joined(separator: " ")
            h += "<tr\(rowClass.isEmpty ? "" : " class=\"\(rowClass)\"")><td>\(t.focus.map(String.init) ?? "")</td><td title=\"\(escape(t.id))\">\(escape(t.name))</td><td>\(escape(t.owner ?? "–"))</td>"
                + "<td class=\"num\">\(strings.decimal(t.score, 1))</td><td class=\"num team\">\(strings.decimal(t.team, 1))</td><td class=\"num\">\(strings.decimal(before, 1))</td><td class=\"num\">\(n)</td>"
                + "<td class=\"num\">\(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–")</td><td class=\"num\">\(strings.decimal(t.priority, 0))</td>"
                + "<td class=\"spark\" aria-hidden=\"true\">\(escape(TextLayout.sparkline(t.trend.suffix(SVGCharts.TimePanel.periods).map(\.value))))</td></tr>\n"
        }
        return h + "</tbody></table></div></section>\n"
    }

    /// The touchpoint table's heads with the team's score after the measured one.
    static func teamColumns(_ columns: [String], _ strings: ReportStrings) -> [String] {
        var columns = columns
        columns.insert(strings.teamColumn, at: min(4, columns.count))
        return columns
    }

    /// A scenario's score curve (wide and narrow) and time panels, each with its data table.
    static func scenarioCharts(_ s: ScenarioReport, index: Int, _ strings: ReportStrings) -> String {
        guard let latest = s.latest else { return "" }
        let baseline = s.comparison.flatMap { s.stats(for: $0.baseline) }
        let scoresID = "s\(index)-scores", timesID = "s\(index)-times"
        var h = "<h3>\(strings.scoreAlongJourney)</h3>\n<figure class=\"curve\">"
        h += SVGCharts.scoreCurve(steps: latest.steps, current: latest.period.label, baseline: baseline, strings, describedBy: scoresID)
        h += SVGCharts.scoreList(steps: latest.steps, current: latest.period.label, baseline: baseline, strings, describedBy: scoresID)
        h += "</figure>\n" + scoreTable(latest, baseline: baseline, id: scoresID, strings)
        // Steps never timed in any period (wait steps: their time is the response, charted
        // apart) get no empty panel; a scenario of such steps only has no time section.
        let timed = latest.steps.filter { step in s.periods.contains { $0.step(step.step)?.time != nil } }
        guard !timed.isEmpty else { return h }
        h += "<h3>\(strings.timePerStep)</h3>\n<p class=\"hint\">\(strings.timePerStepHint) \(escape(strings.timePerStepNote))</p>\n<div class=\"panels\">\n"
        for step in timed {
            h += SVGCharts.timeAcrossPeriods(step: step.step, title: step.title, periods: s.periods, strings, describedBy: timesID)
        }
        return h + "</div>\n" + timeTable(s, id: timesID, strings)
    }

    /// The score curve's figures: step, touchpoint, score, interval, n, baseline score.
    static func scoreTable(_ latest: PeriodStats, baseline: PeriodStats?, id: String, _ strings: ReportStrings) -> String {
        var h = "<details class=\"data\"><summary>\(escape(strings.chartData))</summary><div class=\"scroll\"><table class=\"scores\" id=\"\(id)\"><thead><tr>"
        h += heads(strings.scoreTableColumns(current: latest.period.label, baseline: baseline?.period.label)) + "</tr></thead><tbody>\n"
        for step in latest.steps {
            let score = step.score
            let range = score.flatMap { sc in SVGCharts.drawsInterval(n: sc.n) ? sc.low.map { "\(strings.decimal($0, 1))–\(strings.decimal(sc.high, 1))" } : nil } ?? "–"
            h += "<tr><td>\(escape(step.title.isEmpty ? step.step : step.title))</td><td><code>\(escape(step.touchpoint))</code></td>"
                + "<td class=\"num\">\(strings.decimal(score?.mean, 1))</td><td class=\"num\">\(range)</td><td class=\"num\">\(score?.n ?? 0)</td>"
            if let baseline { h += "<td class=\"num\">\(strings.decimal(baseline.step(step.step)?.score?.mean, 1))</td>" }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div></details>\n"
    }

    /// The time panels' figures: per step, its target and each period's time, interval and n.
    static func timeTable(_ s: ScenarioReport, id: String, _ strings: ReportStrings) -> String {
        guard let latest = s.latest else { return "" }
        var h = "<details class=\"data\"><summary>\(escape(strings.chartData))</summary><div class=\"scroll\"><table class=\"times\" id=\"\(id)\"><thead><tr>"
        h += heads(strings.timeTableFirstColumns + s.periods.map(\.period.label)) + "</tr></thead><tbody>\n"
        for step in latest.steps {
            h += "<tr><td>\(escape(step.title.isEmpty ? step.step : step.title))</td><td class=\"num\">\(escape(step.target.map { strings.seconds($0) } ?? "–"))</td>"
            for p in s.periods { h += "<td class=\"num\">\(escape(strings.timeCell(p.step(step.step)?.time)))</td>" }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div></details>\n"
    }

    // MARK: Date context

    /// The first and last period of the report's data, and whether the last is still going on
    /// at `generatedAt`.
    static func dataRange(_ report: Report, generatedAt: Date?) -> (first: Period?, last: Period?, partial: Bool) {
        let periods = report.scenarios.flatMap { $0.periods.map(\.period) }
        let last = periods.max()
        return (periods.min(), last, last.map { p in generatedAt.map { p.end > $0 } ?? false } ?? false)
    }

    /// "Made … UTC · data … (by month) · … still in progress", or nil when there is nothing to say.
    static func dateContext(_ report: Report, _ strings: ReportStrings, generatedAt: Date?) -> String? {
        let range = dataRange(report, generatedAt: generatedAt)
        let text = strings.madeFrom(generated: generatedAt, first: range.first, last: range.last, unit: report.unit, partial: range.partial)
        return text.isEmpty ? nil : text
    }

    static func footer(_ report: Report, _ strings: ReportStrings, generatedAt: Date?) -> String {
        (dateContext(report, strings, generatedAt: generatedAt).map { "<p>\(escape($0))</p>" } ?? "") + "<p>\(escape(strings.methodsNote))</p>"
    }

    /// Styles of the charts' layouts, their data tables and the phone and print rules.
    static let chartCSS = """
    svg.chart.narrow{display:none}figure.curve{margin:.4rem 0}
    @media screen and (max-width:600px){svg.chart.wide{display:none}svg.chart.narrow{display:block;width:100%}
    body{margin:1rem auto;padding:0 .6rem}.panels>svg.chart{width:100%}
    .scroll th:first-child,.scroll td:first-child{position:sticky;left:0;background:var(--bg);box-shadow:1px 0 0 var(--line)}
    .scroll th:first-child{background:var(--head)}}
    svg .target{stroke:var(--gap);stroke-width:1.5;stroke-dasharray:5 3}svg text.target-label{fill:var(--gap)}
    svg text.target-label,svg text.clip-label{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}
    svg .clip{fill:var(--accent)}svg text.clip-label{fill:var(--accent);font-weight:600}
    svg .team{fill:none;stroke:var(--gap);stroke-width:2;stroke-dasharray:6 3}svg .team-dot{fill:var(--gap);stroke:var(--bg);stroke-width:1}
    svg .prev{fill:none;stroke:var(--fg);stroke-opacity:.55;stroke-width:1.5}svg .prev-dot{fill:var(--bg);stroke:var(--base);stroke-width:1.2}
    svg .dot.thin{fill:var(--bg);stroke:var(--accent);stroke-width:1.5}svg tspan.n,svg text.n{fill:var(--muted);font-weight:400}
    svg .move{stroke:var(--base);stroke-width:1.5}
    details.data{margin:.2rem 0 .8rem;font-size:.9rem}details.data summary{cursor:pointer;color:var(--muted)}
    span.thin{color:var(--gap);font-size:.8em;white-space:nowrap}td.spark{letter-spacing:1px;white-space:nowrap}
    .print-only{display:none}
    @media print{section.touchpoints{break-before:auto}.print-only{display:block}th.early,td.early{display:none}th{white-space:normal}
    th,td{padding:.15rem .3rem}table{font-size:8pt;max-width:100%}td.num,.nowrap{white-space:normal}
    td.step{min-width:0}table.barriers td:nth-child(2){min-width:8rem}td{overflow-wrap:anywhere}th{overflow-wrap:normal;hyphens:auto}.panels>svg.chart{width:calc(50% - .3rem)}details.data{display:none}}
    """
}
