import Foundation
import ShopperCore

/// A touchpoint in the programme: its measured score (from the report) beside the team's own
/// score, the perception gap, when a run last checked it and the state of its plan.
public struct TouchpointStatus: Sendable, Hashable {
    /// The measured side: score over the touchpoint period, trend, focus rank, owner, importance.
    public var measured: TouchpointScore
    /// Nil for a touchpoint runs name that is not in the registry.
    public var stage: JourneyStage?
    /// The latest team assessment (0–10); nil without one.
    public var team: Double?
    /// team − measured; nil unless both.
    public var gap: Double?
    /// The day (UTC) of the latest counted run with an attempt at the touchpoint; nil if never.
    public var lastChecked: CalendarDate?
    public var reviewEvery: Touchpoint.ReviewInterval
    /// Never checked, or the reference date is after `lastChecked` + `reviewEvery`.
    public var recheckDue: Bool
    /// Actions that are idea, planned or doing.
    public var openActions: Int
    /// Open actions due before the reference date.
    public var overdueActions: Int

    public init(measured: TouchpointScore, stage: JourneyStage?, team: Double?, gap: Double?, lastChecked: CalendarDate?,
                reviewEvery: Touchpoint.ReviewInterval, recheckDue: Bool, openActions: Int, overdueActions: Int) {
        self.measured = measured
        self.stage = stage
        self.team = team
        self.gap = gap
        self.lastChecked = lastChecked
        self.reviewEvery = reviewEvery
        self.recheckDue = recheckDue
        self.openActions = openActions
        self.overdueActions = overdueActions
    }

    public var id: String { measured.id }
    public var name: String { measured.name }
    public var owner: String? { measured.owner }
}

/// `shopper touchpoints`: every touchpoint's status at a reference date, and the focus list.
public struct TouchpointsOverview: Sendable, Hashable {
    public var today: CalendarDate
    public var period: Period?
    /// In the report's order (focus priority first) unless sorted otherwise.
    public var touchpoints: [TouchpointStatus]

    public init(today: CalendarDate, period: Period?, touchpoints: [TouchpointStatus]) {
        self.today = today
        self.period = period
        self.touchpoints = touchpoints
    }

    /// The focus list, in rank order, among the touchpoints listed.
    public var focus: [TouchpointStatus] {
        touchpoints.filter { $0.measured.focus != nil }.sorted { $0.measured.focus! < $1.measured.focus! }
    }
}

public enum Programme {
    /// The UTC day of an instant.
    public static func day(of date: Date) -> CalendarDate {
        CalendarDate(days: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// The first instant after `day` (00:00 UTC the next day): runs started from then on are
    /// after the reference date.
    public static func end(of day: CalendarDate) -> Date {
        Date(timeIntervalSince1970: Double(day.days + 1) * 86_400)
    }

    /// `shopper touchpoints` as of `today`: runs started after it are not counted, nor
    /// assessments dated after it; actions done after it are still open (`TouchpointRegistry.asOf`).
    public static func overview(scenarios: [String: Scenario], registry: TouchpointRegistry?, options: ReportOptions,
                                runs: [RunSummary], today: CalendarDate) -> TouchpointsOverview {
        var options = options
        options.until = min(options.until ?? end(of: today), end(of: today))
        let registry = registry?.asOf(today)
        let builder = ReportBuilder(scenarios: scenarios, registry: registry, options: options)
        return overview(builder.build(runs), registry: registry, runs: runs.lazy.filter(builder.matches), today: today)
    }

    /// The latest day each touchpoint had an attempt in a counted run among `runs`.
    public static func lastChecked(_ runs: some Sequence<RunSummary>) -> [String: CalendarDate] {
        var latest: [String: Date] = [:]
        for run in runs where run.isCounted {
            for record in run.steps where record.isAttempt {
                if let seen = latest[record.touchpoint], seen >= run.started { continue }
                latest[record.touchpoint] = run.started
            }
        }
        return latest.mapValues(day)
    }

    /// Whether a touchpoint last checked on `lastChecked` is due a check on `today`.
    public static func recheckDue(lastChecked: CalendarDate?, every interval: Touchpoint.ReviewInterval, today: CalendarDate) -> Bool {
        guard let lastChecked else { return true }
        return today > interval.after(lastChecked)
    }

    /// Open actions whose due date is before `day`.
    public static func overdue(_ actions: [Touchpoint.Action], before day: CalendarDate) -> [Touchpoint.Action] {
        actions.filter { $0.status.isOpen && ($0.due.map { $0 < day } ?? false) }
    }

    /// Each of the report's touchpoints with its programme status on `today`. `runs` are the
    /// runs the report counted (the same selection), for `lastChecked`.
    public static func overview(_ report: Report, registry: TouchpointRegistry?, runs: some Sequence<RunSummary>,
                                today: CalendarDate) -> TouchpointsOverview {
        let checked = lastChecked(runs)
        let list = report.touchpoints.map { score -> TouchpointStatus in
            let entry = registry?[score.id]
            let team = entry?.team?.score
            let interval = entry?.reviewEvery ?? .default
            let actions = entry?.actions ?? []
            return TouchpointStatus(
                measured: score, stage: entry?.stage, team: team,
                gap: team.flatMap { t in score.score.map { t - $0 } },
                lastChecked: checked[score.id], reviewEvery: interval,
                recheckDue: recheckDue(lastChecked: checked[score.id], every: interval, today: today),
                openActions: actions.filter(\.status.isOpen).count,
                overdueActions: overdue(actions, before: today).count)
        }
        return TouchpointsOverview(today: today, period: report.touchpointPeriod, touchpoints: list)
    }
}
