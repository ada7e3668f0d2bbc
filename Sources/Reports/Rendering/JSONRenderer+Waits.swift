import ShopperCore

// A wait step's `response` in `--format json` (docs/report.md, JSON contract).
extension JSONRenderer {
    /// `{target, clock, within_target: {rate, low, high, n}, unanswered: {rate, n}, median:
    /// {seconds, low, high}, left_out}`; null for a step that is not a wait. Unknown values are
    /// null: no target, no median (fewer than half answered), an open end of the median's interval.
    static func response(_ r: ResponseStats?) -> JSONValue {
        guard let r else { return .null }
        let interval = r.medianInterval
        return [
            "target": .number(r.target),
            "clock": .string(r.clock.rawValue),
            "within_target": completion(r.withinTarget),
            "unanswered": ["rate": .number(r.unansweredShare), "n": .int(r.n)],
            "median": ["seconds": .number(r.median), "low": .number(interval.low), "high": .number(interval.high)],
            "left_out": .int(r.leftOut),
        ]
    }
}
