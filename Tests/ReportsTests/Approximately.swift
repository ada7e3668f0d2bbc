/// True when `actual` is within `relative` of `expected` (or within `absolute` of it, for
/// expected values at or near zero).
func isClose(
    _ actual: Double?, _ expected: Double, relative: Double = 1e-6, absolute: Double = 1e-12
) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= max(relative * abs(expected), absolute)
}
