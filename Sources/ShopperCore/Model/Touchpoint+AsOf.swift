/// The registry as the team knew it on a past day, for reproducing an old meeting
/// (`shopper weekly --week`, `--today`). What the file cannot tell is kept as it stands today:
/// an action's earlier states are not recorded (only `done_on` is dated), `dropped` has no date,
/// and an action or touchpoint added later has no date of its own either.
extension Touchpoint {
    /// Assessments dated after `day` removed (the latest on or before it then counts); an action
    /// done after `day` is open on it (`doing`, its earlier state not being recorded).
    public func asOf(_ day: CalendarDate) -> Touchpoint {
        var copy = self
        copy.assessments = assessments.filter { $0.date <= day }
        copy.actions = actions.map { action in
            guard action.status == .done, let done = action.doneOn, done > day else { return action }
            var open = action
            open.status = .doing
            open.doneOn = nil
            return open
        }
        return copy
    }
}

extension TouchpointRegistry {
    /// Every touchpoint `asOf(day)`.
    public func asOf(_ day: CalendarDate) -> TouchpointRegistry {
        TouchpointRegistry(touchpoints: touchpoints.map { $0.asOf(day) })
    }
}
