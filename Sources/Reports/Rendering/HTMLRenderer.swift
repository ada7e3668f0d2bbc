import Foundation
import ShopperCore

/// One self-contained HTML file: inline CSS and inline SVG drawn here, no scripts, no
/// external resources, print styles. Every piece of scenario and run text goes through
/// `HTMLRenderer.escape`, in element text and attribute values alike.
public enum HTMLRenderer {
    private static let sanitizer = Sanitizer(tabWidth: nil)

    /// The one escaping function for text and attribute values (quoted with `"`). The text is
    /// sanitized first, like every other output (escape sequences and bidi overrides dropped,
    /// other controls but tab and newline made visible), so the page is also safe to print.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in sanitizer.sanitize(text).unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `generatedAt` is said in the footer ("Made … UTC"), with the data range; a period that
    /// has not ended by then is said to be in progress. Nil leaves the time out (tests).
    /// The start of every page shopper writes (report, touchpoints, weekly): doctype, language,
    /// UTF-8, laid out at the device's width (a phone reads it without zooming), the escaped
    /// title and the page's own styles inline (no external file).
    static func head(title: String, language: Language, css: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(css)</style>
        </head>

        """
    }

    public static func render(_ report: Report, title: String? = nil, language: Language = .en, generatedAt: Date? = nil) -> String {
        let strings = ReportStrings(language)
        let title = title ?? strings.reportTitle
        var h = head(title: title, language: language,
                     css: css + chartCSS + summaryCSS + stepsCSS + BarrierShade.css + (hasLeague(report) ? leagueCSS : "") + phoneCSS + printCSS)
        h += """
        <body>
        <header><h1>\(escape(title))</h1>
        <p class="meta">\(escape(language == .en ? "By \(report.unit.rawValue) · \(strings.runs(report.countedRuns)) counted\(report.inProgressRuns > 0 ? " · \(report.inProgressRuns) in progress, not counted" : "")" : strings.meta(unit: report.unit, counted: report.countedRuns, inProgress: report.inProgressRuns)))</p>\(dateContext(report, strings, generatedAt: generatedAt).map { "<p class=\"meta\">\(escape($0))</p>" } ?? "")</header>

        """
        h += summary(report, strings)
        h += changes(report, strings)
        h += touchpoints(report, strings)
        for (scenarioIndex, listed) in report.listed.enumerated() {
            switch listed {
            case .reported(let s): h += scenario(s, strings, index: scenarioIndex, touchpointNames: touchpointNames(report))
            case .noRuns(let s): h += noRuns(s, strings)
            }
        }
        h += """
        <footer>\(footer(report, strings, generatedAt: generatedAt))</footer>
        </body>
        </html>

        """
        return h
    }

    // MARK: Sections

    static func changes(_ report: Report, _ strings: ReportStrings = ReportStrings(.en)) -> String {
        var h = "<section><h2>\(strings.changes)</h2>\n"
        let compared = report.scenarios.filter { $0.comparison != nil }
        if compared.isEmpty {
            return h + "<p>\(strings.fewerThanTwoPeriods)</p></section>\n"
        }
        h += "<div class=\"scroll\"><table class=\"changes\"><thead><tr>\(heads(strings.changeColumns))</tr></thead><tbody>\n"
        for s in compared {
            let c = s.comparison!
            let period = escape(strings.versus(c.current.label, c.baseline.label))
            if let missing = strings.missingRuns(c) {
                h += "<tr class=\"missing\"><td class=\"nowrap\">\(escape(s.scenario))</td><td>\(period)</td><td colspan=\"5\">\(escape(missing))</td></tr>\n"
            } else if s.changes.isEmpty {
                h += "<tr><td class=\"nowrap\">\(escape(s.scenario))</td><td>\(period)</td><td colspan=\"5\" class=\"quiet\">\(strings.noSignificantChange)</td></tr>\n"
            }
            for f in ScenarioSummary.of(s).findings {
                let change = f.change
                // Names, not ids: the step's title, the barrier's text; barrier counts with their denominators.
                let what = change.metric == .barrier ? "\(strings.metric(.barrier)): \(f.barrierText ?? change.barrier ?? "")" : strings.changeSubject(change)
                let values = change.metric == .barrier ? strings.barrierCounts(f) : strings.changeValues(change)
                h += "<tr class=\"\(change.kind.rawValue)\"><td class=\"nowrap\">\(escape(s.scenario))</td><td class=\"nowrap\">\(period)</td><td><span class=\"tag \(change.kind.rawValue)\">\(escape(strings.kind(change.kind)))</span></td><td>\(escape(f.stepTitle ?? strings.wholeTask))</td><td>\(escape(what))</td><td class=\"nowrap\">\(escape(strings.localised(values)))</td><td class=\"num\">\(escape(strings.q(change.q)))</td></tr>\n"
            }
            if let note = strings.comparisonNote(s) {
                h += "<tr class=\"note\"><td colspan=\"7\">\(escape(s.scenario)): \(escape(note))</td></tr>\n"
            }
        }
        return h + "</tbody></table></div></section>\n"
    }

    /// The shop score, pass rate, critical failures and targets as plain tables.
    static func taskFigures(_ s: ScenarioReport, _ strings: ReportStrings) -> String {
        var h = ""
        if s.periods.contains(where: { $0.shop != nil || $0.target != nil || $0.criticalFailures > 0 }) {
            h += "<h3>\(escape(strings.taskTitle))</h3>\n<div class=\"scroll\"><table class=\"task\"><thead><tr>\(heads(strings.taskTableColumns))</tr></thead><tbody>\n"
            for p in s.periods {
                h += "<tr>" + strings.taskRow(p).enumerated().map { "<td>\(escape($0.offset == 0 || $0.offset == 3 ? $0.element : strings.localised($0.element)))</td>" }.joined() + "</tr>\n"
            }
            h += "</tbody></table></div>\n"
        }
        // Step targets and checklist compliance are in the per-step table (`stepTable`).
        return h
    }

    static func touchpoints(_ report: Report, _ strings: ReportStrings = ReportStrings(.en)) -> String {
        // The heading and the wheel in one block that print keeps on one page (`printCSS`).
        var h = "<section class=\"touchpoints\"><div class=\"keep\"><h2>\(escape(strings.touchpointsIn(report.touchpointPeriod?.label)))</h2>\n"
        h += "<div class=\"row\"><figure class=\"wheel\">" + touchpointCharts(report, strings) + "</figure>\n"
        let focus = report.focus
        if !focus.isEmpty {
            h += "<aside class=\"focus\"><h3>\(strings.focusList)</h3><ol>\n"
            for t in focus {
                h += "<li><strong>\(escape(t.name))</strong> <span class=\"score\">\(strings.decimal(t.score, 1))</span> <span class=\"quiet\">n=\(t.n)</span><br><span class=\"quiet\">\(escape(t.owner ?? strings.noOwner))</span></li>\n"
            }
            h += "</ol><p class=\"hint\">\(strings.focusHint)</p></aside>\n"
        }
        h += "</div></div>\n"
        let unscored = report.touchpoints.filter { $0.score == nil }.count
        h += "<p class=\"hint\">\(strings.wheelHint(unscored: unscored))</p>\n"
        h += touchpointTable(report, strings)
        return h
    }

    static func scenario(_ s: ScenarioReport, _ strings: ReportStrings = ReportStrings(.en), index: Int = 0,
                         touchpointNames: [String: String] = [:]) -> String {
        var h = "<section class=\"scenario\" aria-label=\"\(escape(s.title))\"><h2>\(escape(s.title)) <code>\(escape(s.scenario))</code></h2>\n"
        h += "<div class=\"scroll\"><table class=\"periods\"><thead><tr>\(heads(strings.periodTableColumns))</tr></thead><tbody>\n"
        for p in s.periods {
            let ci = p.completion.map { "\(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
            let tci = p.time.flatMap { t in t.low.map { strings.timeRange($0, t.high) } } ?? "–"
            let nps = strings.localised(TextLayout.nps(p.nps, spaced: true, all: strings.npsAll))
            h += "<tr><td class=\"nowrap\">\(escape(p.period.label))</td><td class=\"num\">\(p.runs)</td><td class=\"num\">\(TextLayout.percent(p.completion?.rate))</td><td class=\"num\">\(ci)</td><td class=\"num\">\(strings.seconds(p.time?.value))</td><td class=\"num\">\(tci)</td><td class=\"num\">\(strings.seconds(p.time?.median))</td><td class=\"num\">\(escape(nps))</td><td class=\"num\">\(TextLayout.percent(p.csat?.share))</td><td class=\"num\">\(strings.decimal(p.ces?.mean, 1))</td></tr>\n"
        }
        h += "</tbody></table></div>\n"
        h += taskFigures(s, strings)
        h += stepTable(s, strings, touchpointNames: touchpointNames)
        if let note = strings.untimedNote(s) {
            h += "<p class=\"hint\">\(strings.noteTitle): \(escape(note)).</p>\n"
        }
        if s.latest != nil {
            h += scenarioCharts(s, index: index, strings)
            h += responses(s, index: index, strings)
        }
        h += barrierTable(s, strings)
        h += league(s, strings)
        h += verbatims(s, strings)
        return h + "</section>\n"
    }

    static func barrierTable(_ s: ScenarioReport, _ strings: ReportStrings = ReportStrings(.en)) -> String {
        var titles: [String: String] = [:]
        for p in s.periods { for step in p.steps where titles[step.step] == nil { titles[step.step] = step.title } }
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
        var h = "<h3>\(strings.barriersTitle)</h3>\n"
        guard !rows.isEmpty else { return h + "<p class=\"quiet\">\(strings.noBarriers)</p>\n" }
        let early = max(0, s.periods.count - printedPeriods)
        func column(_ i: Int) -> String { i < early ? " early" : "" }
        if early > 0 { h += "<p class=\"hint print-only\">\(escape(strings.printShowsLatest(printedPeriods, of: s.periods.count)))</p>\n" }
        h += "<div class=\"scroll\"><table class=\"barriers\"><thead><tr>\(heads(strings.barrierColumns))"
        for (i, p) in s.periods.enumerated() { h += "<th class=\"nowrap\(column(i))\">\(escape(p.period.label))</th>" }
        h += "</tr></thead><tbody>\n"
        for row in rows {
            let title = titles[row.step].flatMap { $0.isEmpty ? nil : $0 }
            h += "<tr><td class=\"step\">\(title.map { escape($0) + "<br>" } ?? "")<code>\(escape(row.step))</code></td><td><code>\(escape(row.id))</code><br>\(escape(row.text))</td>"
            for (i, p) in s.periods.enumerated() {
                if let b = p.step(row.step)?.barriers.first(where: { $0.id == row.id }) {
                    h += barrierCell(b, runs: p.runs, early: column(i), strings)
                } else {
                    h += "<td class=\"num quiet\(column(i))\">·</td>"
                }
            }
            h += "</tr>\n"
        }
        return h + "</tbody></table></div>\n<p class=\"hint\">\(barrierLegend(strings))</p>\n"
    }

    /// Touchpoint names by id, from the registry (the report's touchpoints).
    static func touchpointNames(_ report: Report) -> [String: String] {
        var names: [String: String] = [:]
        for t in report.touchpoints where names[t.id] == nil { names[t.id] = t.name }
        return names
    }

    /// Period columns of the barrier table that fit an A4 page: older ones are left off paper
    /// (the page says so), so the newest periods, where a new barrier shows, are never cut.
    static let printedPeriods = 5

    /// Table heads from plain labels (no data text; escaped all the same).
    static func heads(_ labels: [String]) -> String {
        labels.map { "<th>\(escape($0))</th>" }.joined()
    }

    static let css = """
    :root{--fg:#1d2330;--muted:#5b6476;--bg:#fff;--line:#e3e8ef;--head:#f3f5f9;--grid:#e6eaf0;--axis:#858f9e;
    --accent:#1f6fb2;--accent-fill:rgba(31,111,178,.22);--base:#7b8494;--gap:#b4541a;--code:#475467;--bad:#b03a2e;--good:#1e7a45;
    --font:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif}
    @media screen and (prefers-color-scheme:dark){:root{--fg:#e6e9ef;--muted:#a3acbb;--bg:#161a22;--line:#2c3340;
    --head:#1f2530;--grid:#2b3240;--axis:#667085;--accent:#6cb3f0;--accent-fill:rgba(108,179,240,.25);--base:#98a2b3;
    --gap:#f0a060;--code:#c0c8d4;--bad:#ff8a80;--good:#7bd69a}}
    html{background:var(--bg)}
    body{font:15px/1.45 var(--font);color:var(--fg);background:var(--bg);margin:2rem auto;max-width:1100px;padding:0 1rem}
    h1{font-size:1.6rem;margin:0;overflow-wrap:anywhere}
    h2{font-size:1.25rem;border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem;overflow-wrap:anywhere}
    h2 code{font-size:.8rem;font-weight:400;white-space:nowrap}
    h3{font-size:1rem;margin:1.4rem 0 .4rem}code{font:.85em ui-monospace,"SF Mono",Menlo,Consolas,"DejaVu Sans Mono",monospace;color:var(--code)}
    .meta,.hint,.quiet{color:var(--muted)}.hint{font-size:.85rem;max-width:75ch;margin:.3rem 0 .6rem}
    .scroll{max-width:100%;overflow-x:auto}
    table{border-collapse:collapse;margin:.4rem 0;font-size:.9rem}
    th,td{padding:.25rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top;overflow-wrap:break-word}
    th{background:var(--head);font-weight:600;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .nowrap{white-space:nowrap}td.step{min-width:9rem}table.barriers td:nth-child(2){min-width:14rem}
    .tag{border-radius:3px;padding:0 .35rem;font-size:.8rem;font-weight:600;color:#fff;white-space:nowrap}
    .tag.regression{background:#b03a2e}.tag.improvement{background:#1e7a45}.tag.new{background:#8a5a00}.tag.resolved{background:#245f8f}
    tr.note td,tr.missing td{font-style:italic;color:#6b4e00;background:#fff4d6}tr.focus td{font-weight:600}
    .row{display:flex;flex-wrap:wrap;gap:1rem 2rem;align-items:center}aside.focus{flex:1 1 16rem;max-width:26rem}
    aside.focus ol{margin:.3rem 0;padding-left:1.4rem}aside.focus li{margin:.35rem 0}aside.focus .score{font-weight:700;color:var(--accent)}
    .panels{display:flex;flex-wrap:wrap;gap:.6rem}figure{margin:.4rem 0}
    svg.chart{max-width:100%;height:auto;background:var(--bg);font-family:var(--font);overflow:visible}
    svg.chart text{font-size:11px;fill:var(--fg)}
    svg .grid{stroke:var(--grid);fill:none}svg .axis{stroke:var(--axis)}
    svg text.tick,svg text.muted,svg text.id{fill:var(--muted)}svg text.id{font-family:ui-monospace,Menlo,Consolas,"DejaVu Sans Mono",monospace;font-size:10px}
    svg text.ring,svg text.value,svg text.gap-label{paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}svg text.ring{font-size:9.5px}svg text.panel-title{font-weight:600}svg tspan.score,svg text.value{font-weight:700;fill:var(--accent)}
    svg .area{fill:var(--accent-fill);stroke:var(--accent);stroke-width:2}svg .dot{fill:var(--accent)}
    svg .ring-mean{fill:none;stroke:var(--base);stroke-width:1.2;stroke-dasharray:4 3}
    svg .cur{fill:none;stroke:var(--accent);stroke-width:2.5}svg .base{fill:none;stroke:var(--base);stroke-width:2;stroke-dasharray:6 4}
    svg .base-dot{fill:var(--bg);stroke:var(--base);stroke-width:1.5}svg .whisker{stroke:var(--accent);stroke-opacity:.55;stroke-width:1.5}
    svg .gap{stroke:var(--gap);stroke-dasharray:2 4;stroke-opacity:.7}svg text.gap-label{fill:var(--gap);font-style:italic}
        ul.verbatims{margin:.2rem 0 .8rem;padding-left:1.2rem;max-width:75ch;overflow-wrap:anywhere}ul.verbatims li{margin:.2rem 0}h4{font-size:.92rem;margin:.8rem 0 .2rem}
    footer{margin-top:2.5rem;font-size:.8rem;color:var(--muted)}
    @page{size:A4;margin:14mm 12mm}
    @media print{body{margin:0;max-width:none;font-size:10.5pt}h2{margin-top:1.2rem}section{break-inside:auto}
    figure,svg.chart,tr,.panels>svg{break-inside:avoid}h2,h3{break-after:avoid}section.touchpoints{break-before:page}
    .panels>svg.chart{width:calc(33.3% - .45rem)}
    .scroll{overflow:visible}table{font-size:9pt}.tag{color:#000;border:1px solid #000;background:none!important}}
    """
}
