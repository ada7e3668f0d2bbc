import ShopperCore

/// The first screen of the HTML report: a card per scenario with its headline figures and its
/// flagged changes in words, then the owners' action list (`ScenarioSummary`, `ActionList`).
extension HTMLRenderer {
    static func summary(_ report: Report, _ strings: ReportStrings = ReportStrings(.en)) -> String {
        let summaries = ScenarioSummary.of(report)
        guard !summaries.isEmpty else { return "" }
        var h = "<section class=\"summary\"><h2>\(escape(strings.summaryTitle))</h2>\n<div class=\"cards\">\n"
        for s in summaries { h += card(s, strings) }
        h += "</div>\n"
        h += actions(ActionList.of(report, summaries: summaries), strings)
        return h + "</section>\n"
    }

    static func card(_ s: ScenarioSummary, _ strings: ReportStrings) -> String {
        var h = "<article class=\"card\"><h3>\(escape(s.title))</h3>\n<p class=\"meta\">\(escape(strings.summaryContext(s)))</p>\n<dl class=\"figures\">\n"
        for f in s.figures {
            let flag = f.flag.map { " \($0.rawValue)" } ?? ""
            h += "<div class=\"fig\(flag)\"><dt>\(escape(strings.figureName(f.metric)))</dt><dd><span class=\"v\">\(escape(strings.value(f.value, of: f.metric)))</span>"
            if let target = strings.figureTarget(f) { h += "<br><span class=\"tgt\">\(escape(target))</span>" }
            if let change = strings.figureChange(f) { h += "<br><span class=\"chg\">\(escape(change))</span>" }
            h += "</dd></div>\n"
        }
        h += "</dl>\n"
        if let missing = s.comparison.flatMap({ strings.missingRuns($0) }) {
            h += "<p class=\"quiet\">\(escape(missing))</p>\n"
        } else if s.comparison != nil, s.findings.isEmpty {
            h += "<p class=\"quiet\">\(escape(strings.noFlaggedChange))</p>\n"
        }
        if !s.findings.isEmpty {
            h += "<ul class=\"findings\">\n"
            for f in s.findings {
                h += "<li><span class=\"tag \(f.change.kind.rawValue)\">\(escape(strings.kind(f.change.kind)))</span> \(escape(strings.findingText(f)))</li>\n"
            }
            h += "</ul>\n"
        }
        return h + "</article>\n"
    }

    static func actions(_ list: ActionList, _ strings: ReportStrings) -> String {
        var h = "<h3 class=\"actions\">\(escape(strings.actionsTitle))</h3>\n"
        guard !list.isEmpty else { return h + "<p class=\"quiet\">\(escape(strings.noActions))</p>\n" }
        h += "<div class=\"owners\">\n"
        for group in list.groups {
            h += "<div class=\"owner\"><h4>\(escape(group.owner ?? strings.noOwnerNamed))</h4><ul>\n"
            for item in group.items {
                let tag = item.kind == .newBarrier ? "new" : item.kind == .regression ? "regression" : item.kind == .focus ? "focus" : "critical"
                h += "<li><span class=\"tag \(tag)\">\(escape(strings.actionKind(item.kind)))</span> \(escape(strings.actionText(item)))"
                if let place = strings.actionWhere(item) { h += "<br><span class=\"quiet\">\(escape(place))</span>" }
                h += "</li>\n"
            }
            h += "</ul></div>\n"
        }
        return h + "</div>\n<p class=\"hint\">\(escape(strings.actionsHint))</p>\n"
    }

    static let summaryCSS = """
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,20rem),1fr));gap:.8rem}
    article.card{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;min-width:0}
    article.card h3{margin:0 0 .1rem;overflow-wrap:anywhere}article.card .meta{margin:0 0 .4rem;font-size:.85rem}
    dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(8.5rem,1fr));gap:.3rem .8rem;margin:.2rem 0}
    dl.figures dt{font-size:.8rem;color:var(--muted)}dl.figures dd{margin:0}dl.figures .v{font-size:1.15rem;font-weight:700;white-space:nowrap}
    .fig .chg,.fig .tgt{font-size:.8rem;color:var(--muted)}.fig.regression .v,.fig.regression .chg{color:var(--bad)}
    .fig.improvement .v,.fig.improvement .chg{color:var(--good)}.fig.regression .chg,.fig.improvement .chg{font-weight:600}
    ul.findings,.owner ul{margin:.4rem 0 0;padding-left:1.1rem;overflow-wrap:anywhere}ul.findings li,.owner li{margin:.25rem 0}
    .owners{display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,22rem),1fr));gap:.4rem 1.2rem}
    .owner h4{margin:.4rem 0 .1rem}.tag.focus{background:#245f8f}.tag.critical{background:#7a1f5c}
    @media print{.cards,.owners{display:block}article.card{margin:0 0 .5rem;padding:.3rem .6rem}dl.figures{grid-template-columns:repeat(5,1fr)}
    dl.figures>div,ul.findings li,.owner li{break-inside:avoid}.owner h4,h3.actions{break-after:avoid}}
    """
}
