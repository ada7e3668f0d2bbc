import Foundation

/// The shortest step or task time, in seconds, that time statistics take as a measurement.
///
/// A person cannot finish a step in under a second; a recorded 0 (or 0.3, or a negative value
/// from a clock glitch) means the step was recorded without being timed, not that it was fast.
/// On the log scale such a value is wildly far from every real time (ln 0.1 against ln 300)
/// and turns an interval into nonsense such as "0.0s–573646h32m"; raising it to a floor
/// would still drag the geometric mean down. So times below this are left out of the time
/// statistics (`GeometricMean`, `WelchTest.onLogSeconds`) and counted separately
/// (`StepStats.untimed`, `PeriodStats.untimed`); the attempt still counts for completion.
public let minimumStepSeconds = 1.0

/// Whether a time is a measurement: finite and at least `minimumStepSeconds`.
public func isMeasuredTime(_ seconds: Double) -> Bool {
    seconds.isFinite && seconds >= minimumStepSeconds
}

/// Finite times below `minimumStepSeconds`: recorded without being timed.
public func untimedCount(_ seconds: [Double]) -> Int {
    seconds.count { $0.isFinite && $0 < minimumStepSeconds }
}

/// ln of each measured time; the others are dropped.
func measuredLogSeconds(_ seconds: [Double]) -> [Double] {
    seconds.filter(isMeasuredTime).map { log($0) }
}
