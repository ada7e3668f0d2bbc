extension Int {
    /// `x` rounded toward zero and held within `Int.min...Int.max`; 0 for NaN. Unlike
    /// `Int(_: Double)` it never traps, so numbers read from files can be converted safely.
    public init(clamping x: Double) {
        if x.isNaN {
            self = 0
        } else if x >= 9_223_372_036_854_775_808.0 {
            self = .max
        } else if x < -9_223_372_036_854_775_808.0 {
            self = .min
        } else {
            self = Int(x)
        }
    }
}
