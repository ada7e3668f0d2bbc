import ShopperCore

// The CSV report's response columns: added after the others when the report has a wait step,
// filled on the wait steps' rows (docs/report.md, "Other formats").
extension CSVRenderer {
    static let responseHeader = [
        "response_target", "response_clock", "response_within_rate", "response_within_low", "response_within_high",
        "response_within_n", "response_unanswered_rate", "response_n", "response_median", "response_median_low",
        "response_median_high", "response_left_out",
    ]

    /// The response columns when some step of the report is a wait, else none.
    static func responseColumns(_ report: Report) -> [String] {
        report.scenarios.contains { $0.periods.contains { $0.steps.contains { $0.response != nil } } } ? responseHeader : []
    }

    /// A step row's response cells (empty for a step that is no wait).
    static func responseCells(_ step: StepStats) -> [String] {
        guard let r = step.response else { return Array(repeating: "", count: responseHeader.count) }
        let interval = r.medianInterval
        return [number(r.target), r.clock.rawValue, number(r.withinTarget?.rate), number(r.withinTarget?.low),
                number(r.withinTarget?.high), r.withinTarget.map { String($0.n) } ?? "", number(r.unansweredShare),
                String(r.n), number(r.median), number(interval.low), number(interval.high), String(r.leftOut)]
    }
}
