import ShopperCore

// A wait step's responses in one period (docs/report.md, "Response times").
extension ReportBuilder {
    /// What one period holds of a wait step's responses.
    struct ResponseFigures {
        var clock: Wait.Clock
        /// The promised response time (the wait step's `target`); nil without one.
        var target: Double?
        /// Every observed wait on `clock`: answered at its response time, or censored at the
        /// time its last attempt was watched.
        var observations: [KaplanMeier.Observation] = []
        /// Observed waits answered within `target` (unanswered ones never are).
        var within = 0
        /// Waits with no time on `clock`: still open in a counted (abandoned) run, or without
        /// working seconds on a working clock.
        var leftOut = 0
    }

    /// The responses of step `id` in `records`; nil when the scenario does not make it a wait and
    /// none of its records holds one. The clock and target are the scenario step's; without the
    /// scenario (or for a step that is no wait there) the wall clock and no target.
    ///
    /// A still-open wait in a counted run (an abandoned run whose tester stopped before the
    /// answer) is left out, not censored at the report's time: nobody watched it after the run
    /// ended, so "no answer up to now" is not known, and the report stays the same whenever it
    /// is made.
    static func responseFigures(_ id: String, records: StepRecords, scenario: Scenario?) -> ResponseFigures? {
        let definition = scenario?.step(id)
        let wait = definition?.wait
        var f = ResponseFigures(clock: wait?.clock ?? .wall, target: wait == nil ? nil : definition?.target)
        var seen = wait != nil
        for entry in records[id] {
            let run = records.runs.all[entry.run]
            guard !run.waits.isEmpty, let summary = run.wait(atStep: entry.step) else { continue }
            seen = true
            guard let seconds = summary.seconds(on: f.clock) else {
                f.leftOut += 1
                continue
            }
            let answered = summary.result == .answered
            f.observations.append(KaplanMeier.Observation(time: seconds, answered: answered))
            if answered, let target = f.target, seconds <= target { f.within += 1 }
        }
        return seen ? f : nil
    }

    /// The period's `ResponseStats` of step `id`; nil when it is not a wait (see `responseFigures`).
    static func responseStats(_ id: String, records: StepRecords, scenario: Scenario?) -> ResponseStats? {
        guard let f = responseFigures(id, records: records, scenario: scenario) else { return nil }
        let n = f.observations.count
        return ResponseStats(target: f.target, clock: f.clock,
                             withinTarget: f.target == nil ? nil : CompletionRate(successes: f.within, of: n),
                             n: n, unanswered: f.observations.count { !$0.answered },
                             curve: KaplanMeier(f.observations), leftOut: f.leftOut)
    }
}
