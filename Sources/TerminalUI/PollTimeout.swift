/// The `poll()` timeout until a deadline: -1 (wait without limit) with no deadline, nil once the
/// deadline has passed, else the milliseconds left, rounded up so a wait never ends early.
enum PollTimeout {
    static func milliseconds(until deadline: ContinuousClock.Instant?, clock: ContinuousClock = ContinuousClock()) -> Int32? {
        guard let deadline else { return -1 }
        let left = clock.now.duration(to: deadline)
        if left <= .zero { return nil }
        let (seconds, attoseconds) = left.components
        let roundedUp = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
        return Int32(clamping: seconds * 1000 + roundedUp)
    }
}
