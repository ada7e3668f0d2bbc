import Foundation

extension Distributions {
    /// Above this many degrees of freedom Student's t is replaced by the standard normal
    /// (the difference is below 1e-8 for |t| < 10).
    static let normalDegreesOfFreedom = 1e10

    /// P(T ≤ t) for Student's t with `df` > 0 degrees of freedom (fractional df allowed,
    /// as Welch's test needs). NaN for df ≤ 0 or NaN input.
    public static func studentTCDF(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        let tail = studentTUpperTail(abs(t), df: df)
        return t >= 0 ? 1 - tail : tail
    }

    /// Two-sided p-value P(|T| ≥ |t|) for Student's t with `df` degrees of freedom.
    public static func studentTTwoSidedP(_ t: Double, df: Double) -> Double {
        guard df > 0, !t.isNaN else { return .nan }
        return min(1, 2 * studentTUpperTail(abs(t), df: df))
    }

    /// The t with P(T ≤ t) = p for `df` > 0 degrees of freedom. Returns ∓∞ for p = 0 or 1
    /// and NaN for p outside [0, 1] or df ≤ 0.
    public static func studentTQuantile(_ p: Double, df: Double) -> Double {
        guard df > 0, p >= 0, p <= 1 else { return .nan }
        if p == 0 { return -.infinity }
        if p == 1 { return .infinity }
        if p == 0.5 { return 0 }
        if df > normalDegreesOfFreedom { return normalQuantile(p) }
        let t = positiveTForUpperTail(min(p, 1 - p), df: df)
        return p < 0.5 ? -t : t
    }

    /// P(T ≥ t) for t ≥ 0: ½·I_x(ν/2, ½) with x = ν/(ν+t²).
    static func studentTUpperTail(_ t: Double, df: Double) -> Double {
        if t == .infinity { return 0 }
        if df > normalDegreesOfFreedom { return normalCDF(-t) }
        let t2 = t * t
        let x = df / (df + t2)
        let y = t2 / (df + t2)
        return 0.5 * regularizedIncompleteBeta(x: x, y: y, a: df / 2, b: 0.5)
    }

    /// Natural log of Student's t density.
    static func studentTLogDensity(_ t: Double, df: Double) -> Double {
        lgamma((df + 1) / 2) - lgamma(df / 2) - 0.5 * log(df * Double.pi)
            - (df + 1) / 2 * log1p(t * t / df)
    }

    /// Solves P(T ≥ t) = q for t > 0, where 0 < q < ½: Newton's method on
    /// g(t) = ln P(T ≥ t) − ln q (decreasing in t), kept inside a bisection bracket.
    private static func positiveTForUpperTail(_ q: Double, df: Double) -> Double {
        let target = log(q)
        // Cornish–Fisher start from the normal quantile.
        let z = -normalQuantile(q)
        var t = z + (z * z * z + z) / (4 * df)
            + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * df * df)
        if !t.isFinite || t <= 0 { t = max(z, 1) }
        var low = 0.0
        var high = max(t, 1.0)
        while studentTUpperTail(high, df: df) > q, high < 1e300 { high *= 2 }
        t = min(max(t, low), high)
        for _ in 0..<400 {
            let tail = studentTUpperTail(t, df: df)
            let g = log(tail) - target
            if g == 0 { return t }
            if g > 0 { low = t } else { high = t }
            let slope = -exp(studentTLogDensity(t, df: df)) / tail
            var next = t - g / slope
            if !next.isFinite || next <= low || next >= high {
                next = low + (high - low) / 2
            }
            if abs(next - t) <= 1e-15 * next || high - low <= 1e-15 * high {
                return next
            }
            t = next
        }
        return t
    }
}
