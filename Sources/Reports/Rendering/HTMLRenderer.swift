import Foundation

/// One self-contained HTML file: inline CSS and inline SVG drawn here, no scripts, no
/// external resources, print styles. Every piece of scenario and run text goes through
/// `HTMLRenderer.escape`, in element text and attribute values alike.
public enum HTMLRenderer {
    /// The one escaping function for text and attribute values (quoted with `"`).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { out += "\u{FFFD}" } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    public static func render(_ report: Report, title: String = "shopper report") -> String {
        var h = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>
        <body>
        <header><h1>\(escape(title))</h1>
        <p class="meta">By \(escape(report.unit.rawValue)) · \(report.countedRuns) runs counted\(report.inProgressRuns > 0 ? " · \(report.inProgressRuns) in progress, not counted" : "")</p></header>

        """
        h += changes(report)
        h += touchpoints(report)
        for s in report.scenarios { h += scenario(s) }
        h += """
        <footer><p>Completion: adjusted-Wald 95% interval. Time: geometric mean of successful attempts with a 95% t interval on log seconds. Changes: Welch's t-test on log seconds and the N−1 two-proportion test, p &lt; 0.05. See docs/report.md.</p></footer>
        </body>
        </html>

        """
        return h
    }

    // MARK: Sections

    static func changes(_ report: Report) -> String {
        var h = "<section><h2>Changes</h2>\n"
        let compared = report.scenarios.filter { $0.comparison != nil }
        if compared.isEmpty {
            return h + "<p>Fewer than two periods: nothing to compare.</p></section>\n"
        }
        h += "<table class=\"changes\"><thead><tr><th>Scenario</th><th>Compared</th><th>Change</th><th>Step</th><th>What</th><th>Before → after</th><th>p</th></tr></thead><tbody>\n"
        for s in compared {
            let c = s.comparison!
            let period = "\(escape(c.current.label)) vs \(escape(c.baseline.label))"
            if s.changes.isEmpty {
                h += "<tr><td>\(escape(s.scenario))</td><td>\(period)</td><td colspan=\"5\" class=\"quiet\">no significant change</td></tr>\n"
            }
            for change in s.changes {
                let what = change.metric == .barrier ? "barrier \(change.barrier ?? "")" : change.metric.rawValue
                h += "<tr class=\"\(change.kind.rawValue)\"><td>\(escape(s.scenario))</td><td>\(period)</td><td><span class=\"tag \(change.kind.rawValue)\">\(escape(change.kind.rawValue))</span></td><td>\(escape(change.step ?? "whole task"))</td><td>\(escape(what))</td><td>\(escape(TextLayout.changeValues(change)))</td><td>\(escape(TextLayout.pValue(change.p)))</td></tr>\n"
            }
            if let note = c.note {
                h += "<tr class=\"note\"><td colspan=\"7\">\(escape(s.scenario)): \(escape(note))</td></tr>\n"
            }
        }
        return h + "</tbody></table></section>\n"
    }

    static func touchpoints(_ report: Report) -> String {
        var h = "<section><h2>Touchpoints\(report.touchpointPeriod.map { " in " + escape($0.label) } ?? "")</h2>\n<div class=\"row\">\n"
        h += SVGCharts.wheel(report.touchpoints.filter { $0.score != nil })
        h += "<table class=\"touchpoints\"><thead><tr><th>Focus</th><th>Touchpoint</th><th>Owner</th><th>Score</th><th>n</th><th>Importance</th><th>Priority</th></tr></thead><tbody>\n"
        for t in report.touchpoints {
            h += "<tr\(t.focus != nil ? " class=\"focus\"" : "")><td>\(t.focus.map(String.init) ?? "")</td><td title=\"\(escape(t.id))\">\(escape(t.name))</td><td>\(escape(t.owner ?? "–"))</td><td class=\"num\">\(TextLayout.formatted(t.score, 1))</td><td class=\"num\">\(t.n)</td><td class=\"num\">\(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–")</td><td class=\"num\">\(TextLayout.formatted(t.priority, 0))</td></tr>\n"
        }
        h += "</tbody></table>\n</div>\n<p class=\"hint\">The wheel plots each touchpoint's mean step score (0 at the centre, 10 at the rim): a round wheel means an even service; a dent is a touchpoint that lets the customer down. Priority = importance (customer × business) × (10 − score); the top five are the focus list.</p></section>\n"
        return h
    }

    static func scenario(_ s: ScenarioReport) -> String {
        var h = "<section class=\"scenario\"><h2>\(escape(s.title)) <code>\(escape(s.scenario))</code></h2>\n"
        h += "<table><thead><tr><th>Period</th><th>Runs</th><th>Success</th><th>95% CI</th><th>Time (geomean)</th><th>95% CI</th><th>Median</th><th>NPS</th><th>CSAT</th><th>CES</th></tr></thead><tbody>\n"
        for p in s.periods {
            let ci = p.completion.map { "\(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
            let tci = p.time.flatMap { t in t.low.map { "\(TextLayout.seconds($0))–\(TextLayout.seconds(t.high))" } } ?? "–"
            let nps = p.nps.map { "\(TextLayout.signed($0.score, 0)) ±\(TextLayout.formatted($0.marginOfError, 0))" } ?? "–"
            h += "<tr><td>\(escape(p.period.label))</td><td class=\"num\">\(p.runs)</td><td class=\"num\">\(TextLayout.percent(p.completion?.rate))</td><td class=\"num\">\(ci)</td><td class=\"num\">\(TextLayout.seconds(p.time?.value))</td><td class=\"num\">\(tci)</td><td class=\"num\">\(TextLayout.seconds(p.time?.median))</td><td class=\"num\">\(escape(nps))</td><td class=\"num\">\(TextLayout.percent(p.csat?.share))</td><td class=\"num\">\(TextLayout.formatted(p.ces?.mean, 1))</td></tr>\n"
        }
        h += "</tbody></table>\n"
        if let latest = s.latest {
            let baseline = s.comparison.flatMap { s.stats(for: $0.baseline) }
            h += "<h3>Score along the journey</h3>\n"
            h += SVGCharts.scoreCurve(steps: latest.steps, current: latest.period.label, baseline: baseline)
            h += "<h3>Time per step across periods</h3>\n<div class=\"grid\">\n"
            for step in latest.steps {
                h += SVGCharts.timeAcrossPeriods(step: step.step, title: step.title, periods: s.periods)
            }
            h += "</div>\n"
        }
        h += barrierTable(s)
        return h + "</section>\n"
    }

    static func barrierTable(_ s: ScenarioReport) -> String {
        var rows: [(step: String, id: String, text: String)] = []
        for step in s.stepIDs {
            var seen = Set<String>()
            for p in s.periods {
                for b in p.step(step)?.barriers ?? [] where !seen.contains(b.id) {
                    seen.insert(b.id)
                    rows.append((step, b.id, b.text))
                }
            }
        }
        var h = "<h3>Barriers (runs in which each appeared)</h3>\n"
        guard !rows.isEmpty else { return h + "<p class=\"quiet\">No barriers recorded.</p>\n" }
        h += "<table class=\"barriers\"><thead><tr><th>Step</th><th>Barrier</th>"
        for p in s.periods { h += "<th>\(escape(p.period.label))</th>" }
        h += "</tr></thead><tbody>\n"
        for row in rows {
            h += "<tr><td>\(escape(row.step))</td><td title=\"\(escape(row.text))\"><code>\(escape(row.id))</code> \(escape(row.text))</td>"
            for p in s.periods {
                if let b = p.step(row.step)?.barriers.first(where: { $0.id == row.id }) {
                    h += "<td class=\"num sev\(b.maxSeverity.rawValue)\" title=\"severity \(b.maxSeverity.rawValue)\">\(b.runs)</td>"
                } else {
                    h += "<td class=\"num quiet\">·</td>"
                }
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table>\n<p class=\"hint\">Shade shows the highest severity: 1 cosmetic, 2 minor, 3 major, 4 blocker.</p>\n"
    }

    static let css = """
    body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:2rem auto;max-width:1100px;padding:0 1rem}
    h1{font-size:1.6rem;margin:0}h2{font-size:1.25rem;border-bottom:2px solid #dde3ec;padding-bottom:.2rem;margin-top:2rem}
    h3{font-size:1rem;margin:1.2rem 0 .4rem}code{font:13px ui-monospace,Menlo,Consolas,monospace;color:#4a5568}
    .meta,.hint,.quiet{color:#667085}.hint{font-size:.85rem}
    table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}th,td{padding:.25rem .55rem;border-bottom:1px solid #e5e9f0;text-align:left;vertical-align:top}
    th{background:#f4f6fa;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}
    .tag{border-radius:3px;padding:0 .35rem;font-size:.8rem;font-weight:600;color:#fff}
    .tag.regression{background:#c0392b}.tag.improvement{background:#1e8449}.tag.new{background:#b9770e}.tag.resolved{background:#2874a6}
    tr.note td{font-style:italic;color:#7d5a00;background:#fff8e1}tr.focus td{font-weight:600}
    .row{display:flex;gap:1.5rem;align-items:flex-start;flex-wrap:wrap}.grid{display:flex;flex-wrap:wrap;gap:.6rem}
    svg{background:#fff}svg text{font:11px system-ui,sans-serif;fill:#344054}
    .sev1{background:#fdf6e3}.sev2{background:#fbe3b0}.sev3{background:#f5b38a}.sev4{background:#e57373;color:#fff}
    footer{margin-top:2.5rem;font-size:.8rem;color:#667085}
    @media print{body{margin:0;max-width:none;font-size:11px}section{break-inside:avoid-page}.scenario{break-before:page}
    .tag{color:#000;border:1px solid #000;background:none!important}th{background:#eee}}
    """
}
