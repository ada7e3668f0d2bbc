import Foundation

extension Scenario {
    /// The working hours a run follows: the location's `hours` and `timezone` where it has
    /// them, the scenario's otherwise (each overridden on its own: a chain's common hours in
    /// each branch's zone), with the scenario's holidays. Nil when there are no hours or no
    /// zone to read them in: a `clock: working` wait cannot be counted then.
    public func workingHours(at location: Location? = nil) -> WorkingHours? {
        let hours = location.map(\.hours).flatMap { $0.isEmpty ? nil : $0 } ?? self.hours
        guard !hours.isEmpty, let name = location?.timezone ?? timezone, let zone = TimeZone(identifier: name) else { return nil }
        return WorkingHours(hours: hours, timeZone: zone, holidays: holidays)
    }

    /// Whether any step is a wait counted in working time.
    public var needsWorkingHours: Bool {
        steps.contains { $0.wait?.clock == .working }
    }
}
