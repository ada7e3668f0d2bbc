import Foundation

/// The smallest step time, in seconds, used by log-scale statistics.
///
/// A step cannot really take 0 s; a recorded 0 (or a negative value from a clock glitch)
/// would make ln undefined, so such values are raised to this floor rather than dropped,
/// keeping n honest. Used by `GeometricMean` and `WelchTest.onLogSeconds`.
public let minimumStepSeconds = 0.1

/// ln of each finite value after raising it to `minimumStepSeconds`; non-finite values
/// are dropped.
func flooredLogSeconds(_ seconds: [Double]) -> [Double] {
    seconds.filter(\.isFinite).map { log(max($0, minimumStepSeconds)) }
}
