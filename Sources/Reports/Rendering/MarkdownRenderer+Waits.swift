import ShopperCore

// The Markdown report's response list: under the steps table, one line per wait step of the
// latest period (`ReportStrings.responseSummary`).
extension MarkdownRenderer {
    static func responses(_ p: PeriodStats, _ strings: ReportStrings) -> [String] {
        let waits = p.steps.filter { $0.response != nil }
        guard !waits.isEmpty else { return [] }
        var out = ["", "### \(strings.responsesIn(p.period.label))", ""]
        for step in waits {
            out.append("- **\(cell(step.title))** (\(code(step.step))): \(cell(strings.responseSummary(step.response!)))")
        }
        return out
    }
}
