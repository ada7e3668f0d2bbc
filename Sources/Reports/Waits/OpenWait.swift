import Foundation
import ShopperCore

/// A wait step whose answer has not been recorded yet (`shopper waiting`): how long it has been
/// waiting at a given instant, on the wall clock and in working time, against its target.
public struct OpenWait: Sendable, Hashable {
    public var run: String
    public var scenario: String
    public var step: String
    public var tester: String
    public var sent: Date
    /// Wall seconds from `sent` to the reference instant.
    public var elapsedSeconds: Double
    /// Working seconds in the same span; nil when the run has no working hours.
    public var workingSeconds: Double?
    /// The step's target (the promised response time), on `clock`; nil when the step has none
    /// or the scenario is not found.
    public var target: Double?
    public var clock: Wait.Clock
    /// The target has passed on its clock.
    public var overdue: Bool

    /// The open waits of `runs` at `now`, overdue first, then the longest waiting first (by
    /// `sent`), then by run id. Working hours and targets come from the run's scenario (and its
    /// location in `locations`); a run whose scenario is missing is listed with wall time only.
    public static func find(in runs: [Run], scenarios: [String: Scenario], locations: LocationRegistry?, now: Date) -> [OpenWait] {
        var waits: [OpenWait] = []
        for run in runs where run.status == .inProgress {
            let scenario = scenarios[run.scenario]
            let location = locations?.locations.first { $0.id == run.context["location"] }
            let hours = scenario?.workingHours(at: location)
            for record in run.steps {
                guard let wait = record.wait, wait.isOpen else { continue }
                let sent = wait.last.sent
                let step = scenario?.step(record.step)
                let clock = step?.wait?.clock ?? .wall
                let target = step?.target
                let deadline = target.flatMap { clock.deadline(sent: sent, target: $0, hours: hours) }
                waits.append(OpenWait(run: run.id, scenario: run.scenario, step: record.step, tester: run.tester, sent: sent,
                                      elapsedSeconds: max(0, now.timeIntervalSince(sent)),
                                      workingSeconds: hours.map { $0.seconds(from: sent, to: now) },
                                      target: target, clock: clock, overdue: deadline.map { $0 <= now } ?? false))
            }
        }
        return waits.sorted { a, b in
            if a.overdue != b.overdue { return a.overdue }
            if a.sent != b.sent { return a.sent < b.sent }
            return a.run < b.run
        }
    }
}
