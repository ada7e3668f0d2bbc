import ShopperCore

/// The per-step table of a scenario's current period: title, touchpoint, attempts, completion,
/// time with target and the share within it, score, checklist compliance and barriers, with the
/// flagged change since the baseline in the cell it concerns.
extension HTMLRenderer {
    static func stepTable(_ s: ScenarioReport, _ strings: ReportStrings, touchpointNames: [String: String] = [:]) -> String {
        guard let current = s.comparison.flatMap({ s.stats(for: $0.current) }) ?? s.latest, !current.steps.isEmpty else { return "" }
        let runs = current.runs
        func change(_ step: String, _ metric: MetricKind) -> Change? {
            s.changes.first { $0.step == step && $0.metric == metric && $0.question == nil }
        }
        func cell(_ text: String, _ change: Change?, num: Bool = true) -> String {
            let cls = (num ? ["num"] : []) + (change.map { ["flag", $0.kind.rawValue] } ?? [])
            let attr = cls.isEmpty ? "" : " class=\"\(cls.joined(separator: " "))\""
            return "<td\(attr)>\(escape(text))" + (change.map { "<br><span class=\"chg\">\(escape(strings.cellChange($0)))</span>" } ?? "") + "</td>"
        }
        var h = "<h3>\(escape(strings.stepTableTitle(current.period.label)))</h3>\n<div class=\"scroll\"><table class=\"steps\"><thead><tr>\(heads(strings.stepTableHeads))</tr></thead><tbody>\n"
        for step in current.steps {
            let title = step.title.isEmpty ? step.step : step.title
            h += "<tr><th scope=\"row\">\(escape(title))<br><span class=\"tp\">\(escape(touchpointNames[step.touchpoint] ?? step.touchpoint))</span></th><td class=\"num\">\(step.attempts)</td>"
            h += cell(strings.localised(TextLayout.percent(step.completion?.rate)), change(step.step, .completion))
            h += cell(strings.seconds(step.time?.value), change(step.step, .time))
            let target = step.target.map { t in strings.seconds(t) + (step.withinTarget.map { " (\(TextLayout.percent($0.rate)))" } ?? "") } ?? "–"
            h += cell(target, step.target == nil ? nil : change(step.step, .withinTarget))
            h += cell(strings.decimal(step.score?.mean, 1), change(step.step, .score))
            h += cell(TextLayout.percent(step.checklist?.compliance), change(step.step, .compliance))
            let barriers = step.barriers.map { b -> String in
                let new = s.changes.contains { $0.step == step.step && $0.barrier == b.id && $0.kind == .new }
                return "<li\(new ? " class=\"new\"" : "")>\(new ? "<span class=\"tag new\">\(escape(strings.kind(.new)))</span> " : "")\(escape(b.text.isEmpty ? b.id : b.text)) — \(escape(strings.runsOf(b.runs, runs)))</li>"
            }
            h += "<td class=\"barriers\">" + (barriers.isEmpty ? "–" : "<ul>" + barriers.joined() + "</ul>") + "</td></tr>\n"
        }
        return h + "</tbody></table></div>\n<p class=\"hint\">\(escape(strings.stepTableHint))</p>\n"
    }

    static let stepsCSS = """
    table.steps th[scope=row]{background:var(--bg);font-weight:600;white-space:normal;min-width:8rem;position:sticky;left:0;z-index:1}
    table.steps th[scope=row] .tp{font-weight:400;font-size:.85em;color:var(--muted)}table.steps td.barriers{min-width:12rem}table.steps td.barriers ul{margin:0;padding-left:1rem}
    table.steps td.flag .chg{font-size:.8rem;font-weight:600}table.steps td.regression{color:var(--bad)}table.steps td.improvement{color:var(--good)}
    table.steps td.flag{white-space:normal;min-width:5.5rem}
    @media print{table.steps td.num,table.steps td.flag .chg,table.steps th{white-space:normal}table.steps td.flag{min-width:0}table.steps th[scope=row]{position:static;min-width:6rem}
    table.steps td.barriers{min-width:8rem}table.steps td.flag .chg{font-size:7.5pt}}
    """
}
