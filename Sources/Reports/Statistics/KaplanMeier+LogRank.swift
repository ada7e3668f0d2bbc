import Foundation

extension KaplanMeier {
    /// The log-rank test (Mantel–Cox) that two groups of waits share one curve: at each time
    /// with answers, O − E of the first group and its hypergeometric variance
    /// n₁n₂d(n − d) / (n²(n − 1)); statistic (ΣO − ΣE)² / ΣV, p from χ² with one degree of
    /// freedom (as lifelines' `logrank_test`).
    public struct LogRank: Sendable, Hashable {
        public let statistic: Double
        /// Two-sided p-value.
        public let p: Double
        /// Answers observed minus expected in the first group: negative when it was answered later.
        public let observedMinusExpected: Double

        /// Nil when there is nothing to compare: a group is empty, or no wait was answered.
        public init?(_ first: [Observation], _ second: [Observation]) {
            let a = first.filter { $0.time.isFinite && $0.time >= 0 }, b = second.filter { $0.time.isFinite && $0.time >= 0 }
            guard !a.isEmpty, !b.isEmpty else { return nil }
            let all = (a.map { ($0, 0) } + b.map { ($0, 1) }).sorted { $0.0.time < $1.0.time }
            var atRisk = [a.count, b.count]
            var difference = 0.0, variance = 0.0
            var i = 0
            while i < all.count {
                let time = all[i].0.time
                var d = [0, 0], leaving = [0, 0]
                while i < all.count, all[i].0.time == time {
                    let (o, g) = all[i]
                    if o.answered { d[g] += 1 }
                    leaving[g] += 1
                    i += 1
                }
                let n = Double(atRisk[0] + atRisk[1]), deaths = Double(d[0] + d[1])
                if deaths > 0 {
                    let share = Double(atRisk[0]) / n
                    difference += Double(d[0]) - deaths * share
                    if n > 1 { variance += deaths * share * (1 - share) * (n - deaths) / (n - 1) }
                }
                atRisk[0] -= leaving[0]
                atRisk[1] -= leaving[1]
            }
            guard variance > 0 else { return nil }
            observedMinusExpected = difference
            statistic = difference * difference / variance
            p = Distributions.normalTwoSidedP(statistic.squareRoot())
        }
    }
}
