import Foundation
import ShopperCore

/// Builds the weekly page from the runs, the scenarios and the registry. Pure.
///
/// - The focus five are the report's focus list with the week as the touchpoint period (a
///   touchpoint scored fewer than `TouchpointScore.minimumFocusN` (5) times in the week is not ranked, as in the report).
/// - `previous` is the measured score of the week before.
/// - Actions: done = `done_on` in the week; overdue = open with `due` before the week's Monday;
///   due = open with `due` from the week's Monday to 7 days after the reference date.
/// - Everything is as of the reference date `today` (to reproduce an old meeting): runs started
///   after the week or after `today` are not counted, nor assessments dated after `today`; an
///   action done after `today` is still open (`TouchpointRegistry.asOf`).
public struct WeeklyBuilder: Sendable {
    public var scenarios: [String: Scenario]
    public var registry: TouchpointRegistry?
    public var filter: RunFilter

    public init(scenarios: [String: Scenario] = [:], registry: TouchpointRegistry?, filter: RunFilter = RunFilter()) {
        self.scenarios = scenarios
        self.registry = registry
        self.filter = filter
    }

    public func build(_ runs: [RunSummary], week: Period, today: CalendarDate) -> WeeklyPage {
        let registry = registry?.asOf(today)
        var options = ReportOptions(unit: .week)
        options.until = min(week.end, Programme.end(of: today))
        options.current = week
        options.filter = filter
        let builder = ReportBuilder(scenarios: scenarios, registry: registry, options: options)
        let report = builder.build(runs)
        let counted = runs.filter { builder.matches($0) && $0.isCounted }
        let monday = Programme.day(of: week.start)
        let sunday = monday.adding(days: 6)
        let dueUntil = today.adding(days: 7)

        func actions(of id: String) -> [WeeklyPage.Action] {
            guard let t = registry?[id] else { return [] }
            return t.actions.map { .init(id: $0.id, touchpoint: id, text: $0.text, owner: $0.owner ?? t.owner, due: $0.due, doneOn: $0.doneOn) }
        }
        func split(_ id: String) -> (done: [WeeklyPage.Action], overdue: [WeeklyPage.Action], due: [WeeklyPage.Action]) {
            guard let t = registry?[id] else { return ([], [], []) }
            let all = actions(of: id)
            var result: ([WeeklyPage.Action], [WeeklyPage.Action], [WeeklyPage.Action]) = ([], [], [])
            for (a, shown) in zip(t.actions, all) {
                if a.status == .done, let d = a.doneOn, d >= monday, d <= sunday { result.0.append(shown) }
                guard a.status.isOpen, let due = a.due else { continue }
                if due < monday { result.1.append(shown) } else if due <= dueUntil { result.2.append(shown) }
            }
            result.1.sort { ($0.due!, $0.id) < ($1.due!, $1.id) }
            result.2.sort { ($0.due!, $0.id) < ($1.due!, $1.id) }
            return result
        }

        let newBarriers = Self.newBarriers(counted, week: week)
        let previousWeek = week.previous
        let focus = report.focus.map { t -> WeeklyPage.Focus in
            let team = registry?[t.id]?.team?.score
            let previous = t.trend.first { $0.period == previousWeek }?.value
            let (done, overdue, due) = split(t.id)
            return .init(rank: t.focus!, id: t.id, name: t.name, owner: t.owner, score: t.score, previous: previous, team: team,
                         gap: team.flatMap { tm in t.score.map { tm - $0 } }, newBarriers: newBarriers[t.id] ?? [],
                         done: done, overdue: overdue, due: due)
        }

        let checked = Programme.lastChecked(counted)
        let recheck = report.touchpoints.compactMap { t -> WeeklyPage.Recheck? in
            let interval = registry?[t.id]?.reviewEvery ?? .default
            guard Programme.recheckDue(lastChecked: checked[t.id], every: interval, today: today) else { return nil }
            return .init(id: t.id, name: t.name, owner: t.owner, lastChecked: checked[t.id], reviewEvery: interval)
        }.sorted { a, b in
            switch (a.lastChecked, b.lastChecked) {
            case (nil, nil): a.id < b.id
            case (nil, _): true
            case (_, nil): false
            case let (x?, y?): (x, a.id) < (y, b.id)
            }
        }

        let ids = report.touchpoints.map(\.id)
        var page = WeeklyPage(week: week, today: today, focus: focus, recheck: recheck,
                              noOwner: report.touchpoints.filter { $0.owner == nil }.map(\.id).sorted(),
                              actionsWithoutOwner: ids.flatMap(actions(of:)).filter { $0.owner == nil }.map(\.id).sorted(),
                              allDone: [], allOverdue: [], allDue: [],
                              latestScoredWeek: Self.latestScoredWeek(counted))
        page.thin = report.touchpoints.compactMap { t -> WeeklyPage.Thin? in
            guard t.isThin, let score = t.score else { return nil }
            return .init(id: t.id, name: t.name, owner: t.owner, score: score, n: t.n)
        }.sorted { ($0.score, $0.id) < ($1.score, $1.id) }
        for id in ids {
            let (done, overdue, due) = split(id)
            page.allDone += done
            page.allOverdue += overdue
            page.allDue += due
        }
        page.allDone.sort { ($0.doneOn!, $0.id) < ($1.doneOn!, $1.id) }
        page.allOverdue.sort { ($0.due!, $0.id) < ($1.due!, $1.id) }
        page.allDue.sort { ($0.due!, $0.id) < ($1.due!, $1.id) }
        return page
    }

    /// The week of the latest counted run with a scored attempt; nil when none has one.
    static func latestScoredWeek(_ runs: [RunSummary]) -> Period? {
        runs.filter { $0.steps.contains { $0.isAttempt && $0.score != nil } }.map(\.started).max()
            .map { Period(containing: $0, unit: .week) }
    }

    /// Per touchpoint, the barrier ids recorded at it in `week` and in no earlier run, sorted.
    static func newBarriers(_ runs: [RunSummary], week: Period) -> [String: [String]] {
        var before: [String: Set<String>] = [:]
        var during: [String: Set<String>] = [:]
        for run in runs where run.started < week.end {
            let inWeek = week.contains(run.started)
            for record in run.steps {
                for barrier in record.barriers {
                    if inWeek { during[record.touchpoint, default: []].insert(barrier.id) } else {
                        before[record.touchpoint, default: []].insert(barrier.id)
                    }
                }
            }
        }
        return during.mapValues { $0 }.reduce(into: [:]) { result, pair in
            let fresh = pair.value.subtracting(before[pair.key] ?? []).sorted()
            if !fresh.isEmpty { result[pair.key] = fresh }
        }
    }
}
