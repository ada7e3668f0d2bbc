import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A reading of the clock: wall time for timestamps in the run file, monotonic seconds for durations
/// (so a change of the system clock during a run does not bend step times).
public struct Moment: Sendable, Hashable {
    public var date: Date
    /// Monotonic seconds since an arbitrary origin.
    public var uptime: Double

    public init(date: Date, uptime: Double) {
        self.date = date
        self.uptime = uptime
    }
}

/// Where the runner gets its time; injected so tests are exact and fast.
public protocol RunClock: Sendable {
    func now() -> Moment
}

/// The real clock: `Date()` and `CLOCK_MONOTONIC`.
public struct SystemClock: RunClock {
    public init() {}

    public func now() -> Moment {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Moment(date: Date(), uptime: Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9)
    }
}

/// A clock that moves only when told to (test support).
public final class FakeClock: RunClock, @unchecked Sendable {
    private let lock = NSLock()
    private var current: Moment

    public init(date: Date = Date(timeIntervalSince1970: 1_795_428_900), uptime: Double = 1000) {
        current = Moment(date: date, uptime: uptime)
    }

    public func now() -> Moment {
        lock.withLock { current }
    }

    /// Moves wall and monotonic time forward together.
    public func advance(by seconds: Double) {
        lock.withLock {
            current.date = current.date.addingTimeInterval(seconds)
            current.uptime += seconds
        }
    }
}

/// The real clock's monotonic time, with wall time that starts at a given instant and runs on from
/// there (`shopper run --now TIME`: a wait resumed "a day later" in an end-to-end test, or a run
/// replayed at the time it happened).
public struct ShiftedClock: RunClock {
    private let base = SystemClock()
    private let offset: Double

    public init(startingAt start: Date) {
        offset = start.timeIntervalSince(base.now().date)
    }

    public func now() -> Moment {
        let m = base.now()
        return Moment(date: m.date.addingTimeInterval(offset), uptime: m.uptime)
    }
}
