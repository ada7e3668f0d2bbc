/// The difference of two Net Promoter Scores, two-sided z test.
///
/// z = (NPS₂ − NPS₁)/√(v₁/n₁ + v₂/n₂), with vᵢ = 100²·(Pᵢ + Dᵢ − (Pᵢ − Dᵢ)²) the variance of
/// one answer's score (+100 promoter, 0 passive, −100 detractor) in group i; p from the
/// standard normal. When both variances are 0 (every answer in one group in each period), equal
/// scores give z = 0, p = 1 and different ones z = ±∞, p = 0, as `WelchTest` does.
public struct NPSDifferenceTest: Sendable, Hashable {
    public let z: Double
    /// Two-sided p-value.
    public let p: Double
    /// NPS₂ − NPS₁, in points.
    public let difference: Double

    /// `current` against `baseline`; a positive difference means the current NPS is higher.
    public init(current: NPS, baseline: NPS) {
        func variance(_ s: NPS) -> Double {
            let p = Double(s.promoters) / Double(s.n), d = Double(s.detractors) / Double(s.n)
            return 100 * 100 * max(0, p + d - (p - d) * (p - d))
        }
        difference = current.score - baseline.score
        let se2 = variance(current) / Double(current.n) + variance(baseline) / Double(baseline.n)
        if se2 == 0 {
            z = difference == 0 ? 0 : (difference > 0 ? .infinity : -.infinity)
            p = difference == 0 ? 1 : 0
            return
        }
        z = difference / se2.squareRoot()
        p = Distributions.normalTwoSidedP(z)
    }
}
