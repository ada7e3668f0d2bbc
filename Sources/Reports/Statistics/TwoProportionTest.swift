/// The N − 1 two-proportion test (Campbell 2007; recommended by Sauro & Lewis, ch. 5, for
/// comparing completion rates of small samples), two-sided.
///
/// z = (p₁ − p₂)·√((N − 1)/N) / √(P·Q·(1/n₁ + 1/n₂)), with N = n₁ + n₂,
/// P = (x₁ + x₂)/N, Q = 1 − P; p from the standard normal. When P is 0 or 1 both groups
/// are identical (all fail or all succeed): z = 0, p = 1.
public struct TwoProportionTest: Sendable, Hashable {
    public let z: Double
    /// Two-sided p-value.
    public let p: Double
    /// p₁ − p₂.
    public let difference: Double

    /// Nil when either group is empty. Successes must lie within 0…n of their group.
    public init?(successes1: Int, of n1: Int, successes2: Int, of n2: Int) {
        precondition(successes1 >= 0 && successes1 <= n1 && successes2 >= 0 && successes2 <= n2,
                     "successes must lie within 0...n")
        guard n1 > 0, n2 > 0 else { return nil }
        let p1 = Double(successes1) / Double(n1)
        let p2 = Double(successes2) / Double(n2)
        difference = p1 - p2
        let total = Double(n1 + n2)
        let pooled = Double(successes1 + successes2) / total
        if pooled == 0 || pooled == 1 {
            z = 0
            p = 1
            return
        }
        let se = (pooled * (1 - pooled) * (1 / Double(n1) + 1 / Double(n2))).squareRoot()
        z = difference * ((total - 1) / total).squareRoot() / se
        p = Distributions.normalTwoSidedP(z)
    }
}
