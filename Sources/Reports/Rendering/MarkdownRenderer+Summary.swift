import ShopperCore

/// The summary and the owners' action list in Markdown, the same content as the HTML's first
/// screen (`ScenarioSummary`, `ActionList`).
extension MarkdownRenderer {
    static func summary(_ report: Report, _ strings: ReportStrings) -> [String] {
        let summaries = ScenarioSummary.of(report)
        guard !summaries.isEmpty else { return [] }
        var out = ["## \(strings.summaryTitle)", ""]
        for s in summaries {
            out.append("**\(cell(s.title))** — \(cell(strings.summaryContext(s)))")
            out.append("")
            let figures = s.figures.map { f -> String in
                var text = "\(strings.figureName(f.metric)) \(strings.value(f.value, of: f.metric))"
                if let target = strings.figureTarget(f) { text += ", \(target)" }
                if let change = strings.figureChange(f) { text += f.flag == nil ? " (\(change))" : " **\(change)**" }
                return cell(text)
            }
            if !figures.isEmpty { out.append("- " + figures.joined(separator: " · ")) }
            if let missing = s.comparison.flatMap({ strings.missingRuns($0) }) {
                out.append("- \(cell(missing))")
            } else if s.comparison != nil, s.findings.isEmpty {
                out.append("- \(strings.noFlaggedChange)")
            }
            for f in s.findings { out.append("- **\(strings.kind(f.change.kind))** \(cell(strings.findingText(f)))") }
            out.append("")
        }
        out.append("## \(strings.actionsTitle)")
        out.append("")
        let list = ActionList.of(report, summaries: summaries)
        if list.isEmpty { out.append(strings.noActions); out.append(""); return out }
        for group in list.groups {
            out.append("### \(cell(group.owner ?? strings.noOwnerNamed))")
            out.append("")
            for item in group.items {
                out.append("- **\(strings.actionKind(item.kind))** \(cell(strings.actionText(item)))" + (strings.actionWhere(item).map { " — *\(cell($0))*" } ?? ""))
            }
            out.append("")
        }
        out.append(strings.actionsHint)
        out.append("")
        return out
    }
}
