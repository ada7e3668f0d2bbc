import Foundation

extension Wait.Clock {
    /// The time from `start` to `end` on this clock: every second for `wall` (0 when `end` is
    /// not after `start`), the working seconds for `working`; nil for `working` without hours.
    public func seconds(from start: Date, to end: Date, hours: WorkingHours?) -> Double? {
        switch self {
        case .wall:
            let s = end.timeIntervalSince(start)
            return s.isFinite ? max(0, s) : nil
        case .working:
            return hours?.seconds(from: start, to: end)
        }
    }

    /// When a wait sent at `sent` with a `target` on this clock becomes overdue; nil for
    /// `working` without hours, or when working time never reaches the target.
    public func deadline(sent: Date, target: Double, hours: WorkingHours?) -> Date? {
        guard target.isFinite, target >= 0 else { return nil }
        switch self {
        case .wall: return sent.addingTimeInterval(target)
        case .working: return hours?.instant(after: sent, working: target)
        }
    }
}
