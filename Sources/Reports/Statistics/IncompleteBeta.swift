import Foundation

/// The regularized incomplete beta function I_x(a, b), for a, b > 0 and 0 ≤ x ≤ 1.
///
/// `y` must be 1 − x, passed separately so callers that know it exactly (Student's t:
/// x = ν/(ν+t²), y = t²/(ν+t²)) keep full precision in the tails. Evaluated with the
/// continued fraction of Numerical Recipes §6.4 (modified Lentz), using the symmetry
/// I_x(a, b) = 1 − I_y(b, a) where the fraction converges slowly.
func regularizedIncompleteBeta(x: Double, y: Double, a: Double, b: Double) -> Double {
    if x.isNaN || y.isNaN || a.isNaN || b.isNaN { return .nan }
    if x <= 0 { return 0 }
    if y <= 0 { return 1 }
    let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log(y)
    if x < (a + 1) / (a + b + 2) {
        return exp(logFront) * betaContinuedFraction(x: x, a: a, b: b) / a
    }
    return 1 - exp(logFront) * betaContinuedFraction(x: y, a: b, b: a) / b
}

/// The continued fraction for I_x(a, b); converges quickly for x < (a+1)/(a+b+2).
private func betaContinuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-16
    let qab = a + b, qap = a + 1, qam = a - 1
    var c = 1.0
    var d = 1 - qab * x / qap
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var h = d
    for step in 1...20_000 {
        let m = Double(step), m2 = 2 * m
        var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1 + aa * d
        if abs(d) < tiny { d = tiny }
        c = 1 + aa / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1 + aa * d
        if abs(d) < tiny { d = tiny }
        c = 1 + aa / c
        if abs(c) < tiny { c = tiny }
        d = 1 / d
        let delta = d * c
        h *= delta
        if abs(delta - 1) < epsilon { break }
    }
    return h
}
