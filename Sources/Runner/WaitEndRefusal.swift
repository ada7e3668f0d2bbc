import Foundation
import ShopperCore

/// Why a wait cannot end as asked. These come from input (a typed time, `--now`, or a computer
/// whose clock is behind the one that recorded `sent`), so the runner and `shopper reply` check
/// them first and say so; `RunEngine.endWait` treats them as programmer errors.
public enum WaitEndRefusal: Sendable, Equatable {
    /// The answer's time is before `sent`.
    case answerBeforeSent(sent: Date)
    /// The present is before `sent` (this computer's clock is behind the one that recorded it).
    case nowBeforeSent(sent: Date, now: Date)
    /// The answer's time is after the present.
    case answerInFuture(now: Date)
    /// The wait would end more than `RunLimits.maxSeconds` (one year) after `sent`: the run file
    /// could not record it (`shopper check` caps `response_seconds` there).
    case pastLimit(sent: Date, end: Date)

    /// The refusal to end a wait sent at `sent`, answered at `answered` (nil: given up at `now`);
    /// nil when it may end so. Times are taken in whole seconds, as the run file keeps them.
    public static func check(sent: Date, answered: Date?, now: Date) -> WaitEndRefusal? {
        let present = RunEngine.wholeSeconds(now)
        // A present before `sent` is the clock's fault, whatever time is given.
        if present < sent { return .nowBeforeSent(sent: sent, now: now) }
        if let answered {
            let at = RunEngine.wholeSeconds(answered)
            if at < sent { return .answerBeforeSent(sent: sent) }
            if at > present { return .answerInFuture(now: now) }
            if at.timeIntervalSince(sent) > RunLimits.maxSeconds { return .pastLimit(sent: sent, end: at) }
            return nil
        }
        if present.timeIntervalSince(sent) > RunLimits.maxSeconds { return .pastLimit(sent: sent, end: present) }
        return nil
    }
}
