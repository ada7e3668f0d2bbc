/// Weighted checklist compliance: Σ weight of "yes" / Σ weight of "yes" and "no", a
/// fraction 0…1. Any critical item answered "no" makes the score 0.
///
/// Items answered n/a (`passed == nil`) count in neither sum. When nothing weighted was
/// answered (all n/a, or only zero weights) and no critical item failed, the score is nil:
/// there is nothing to score. Negative weights are a programmer error.
public struct Compliance: Sendable, Hashable {
    /// One checklist answer.
    public struct Item: Sendable, Hashable {
        public let weight: Double
        public let critical: Bool
        /// true = yes, false = no, nil = n/a.
        public let passed: Bool?

        public init(weight: Double = 1, critical: Bool = false, passed: Bool?) {
            precondition(weight >= 0 && weight.isFinite, "checklist weights must be finite and ≥ 0")
            self.weight = weight
            self.critical = critical
            self.passed = passed
        }
    }

    /// Σ weight of items answered yes.
    public let earned: Double
    /// Σ weight of items answered yes or no.
    public let possible: Double
    /// True when a critical item was answered no.
    public let criticalFailed: Bool
    /// 0…1; 0 if a critical item failed; nil when nothing was scored.
    public let score: Double?

    public init(items: [Item]) {
        var earned = 0.0
        var possible = 0.0
        var criticalFailed = false
        for item in items {
            guard let passed = item.passed else { continue }
            possible += item.weight
            if passed { earned += item.weight } else if item.critical { criticalFailed = true }
        }
        self.earned = earned
        self.possible = possible
        self.criticalFailed = criticalFailed
        if criticalFailed {
            score = 0
        } else if possible > 0 {
            score = earned / possible
        } else {
            score = nil
        }
    }
}
