/// When a time misses its target, for `shopper show`: a done step's seconds (or a run's total
/// active seconds) over the step's (or the scenario's) `target`. Times under
/// `minimumStepSeconds` were recorded without being timed and are never marked.
enum TargetMark {
    /// The seconds over the target, rounded up to a tenth under 10 s so a miss never reads
    /// `+0.0s`; nil when the time is within the target, untimed, or the step was not done.
    static func excess(seconds: Double, target: Double, done: Bool = true) -> Double? {
        guard done, seconds.isFinite, target.isFinite, seconds >= minimumStepSeconds, seconds > target else { return nil }
        let over = seconds - target
        return over < 10 ? max(0.1, (over * 10).rounded(.up) / 10) : over
    }
}
