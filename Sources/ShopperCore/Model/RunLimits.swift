/// The valid range of every number in a run file (see `docs/run-format.md`, "Ranges"). The run
/// decoder, the report's fast reader and `shopper check` all hold files to these, so a file
/// one of them accepts never takes another command down, and every conversion of a value
/// read from a run (to `Int`, to text, to JSON) stays in range.
public enum RunLimits {
    /// `seconds`, `paused_seconds` and every `at`: 0 to one year (365 days) in seconds.
    public static let maxSeconds: Double = 31_536_000

    /// Largest magnitude of a number answer: 10^15, so whole numbers stay exact and sums of
    /// many answers stay finite.
    public static let maxNumber: Double = 1e15

    /// Years a timestamp may name (UTC or local, before the offset is applied).
    public static let years: ClosedRange<Int> = 1970...9999

    /// Largest UTC offset of a timestamp, in minutes: ±14:00, the widest in use.
    public static let maxOffsetMinutes = 14 * 60

    /// Why a time in seconds is out of range, or nil when it is within 0 to `maxSeconds`.
    public static func secondsProblem(_ value: Double, name: String) -> String? {
        if value < 0 { return "'\(name)' must not be negative" }
        if value > maxSeconds {
            return "'\(name)' must be at most \(Int(maxSeconds)) seconds (one year), found \(Self.shown(value))"
        }
        return nil
    }

    /// A number for a message: whole numbers without a point, others as Swift prints them
    /// (`1e+19`), never a crash.
    public static func shown(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) <= 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
