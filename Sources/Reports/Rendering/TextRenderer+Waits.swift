import ShopperCore

// The text report's response lines: one per wait step of the latest period, under the steps.
extension TextRenderer {
    /// `Responses in 2026-11` and per wait step `ask-for-proposal: median 2h40m of working time…`;
    /// nothing when the period has no wait step.
    func responses(_ p: PeriodStats) -> [String] {
        let waits = p.steps.filter { $0.response != nil }
        guard !waits.isEmpty else { return [] }
        var lines = ["  " + strings.responsesIn(p.period.label)]
        for step in waits {
            lines += TextLayout.hanging("    " + TextLayout.safe(step.step) + ": ", strings.responseSummary(step.response!), width: width)
        }
        return lines
    }
}
