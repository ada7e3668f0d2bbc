// ColourPolicy: whether escapes for colour and attributes may be written.
//
// In order, first match wins:
// 1. NO_COLOR set to a non-empty value → off (no-color.org: "present and not an empty string";
//    it beats FORCE_COLOR, because the user asked for no colour).
// 2. FORCE_COLOR set: "0" or "false" → off; any other value (even empty) → on, even when not a
//    tty or TERM=dumb.
// 3. TERM=dumb → off.
// 4. Output not a tty → off.
// 5. Otherwise on.

/// Decides whether styled output may contain ANSI escapes.
public enum ColourPolicy {
    public static func allowed(isTTY: Bool, environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if let force = environment["FORCE_COLOR"] {
            return !["0", "false"].contains(force.lowercased())
        }
        if environment["TERM"] == "dumb" { return false }
        return isTTY
    }
}
