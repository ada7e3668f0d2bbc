/// The Benjamini–Hochberg adjustment of p-values (false-discovery rate), as
/// `scipy.stats.false_discovery_control(ps, method="bh")`.
///
/// With the m p-values sorted ascending, p₍ᵢ₎ becomes min over j ≥ i of m·p₍ⱼ₎/j, capped at 1.
/// Flagging the tests whose adjusted value q is below α keeps the expected share of false
/// flags among all flags at or below α (Benjamini & Hochberg 1995; independent or positively
/// dependent tests). Non-finite p-values are a programmer error.
public enum BenjaminiHochberg {
    /// The adjusted values, in the order of `ps`.
    public static func adjust(_ ps: [Double]) -> [Double] {
        precondition(ps.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 }, "p-values must lie within 0...1")
        let m = ps.count
        guard m > 0 else { return [] }
        let order = ps.indices.sorted { (ps[$0], $0) < (ps[$1], $1) }
        var q = [Double](repeating: 1, count: m)
        var running = 1.0
        for rank in stride(from: m, through: 1, by: -1) {
            let index = order[rank - 1]
            running = min(running, ps[index] * Double(m) / Double(rank))
            q[index] = min(1, running)
        }
        return q
    }
}
