import Foundation

/// Run ids name run files: UTC start time plus the tester's slug, e.g. `20261123T101500Z-anna-petrova`.
/// Distinct testers never collide, so runs from many machines merge by plain copy. A second run of
/// the same tester started in the same second gets a numeric suffix (`…-anna-petrova-2`): the time
/// in the id always matches the run's `started`.
public enum RunID {
    public static func make(started: Date, tester: String) -> String {
        "\(Timestamp.compact(started))-\(Slug.make(from: tester) ?? "tester")"
    }

    /// The `n`th candidate id for a run whose first candidate is `base`: `base` itself for 1,
    /// `base-2`, `base-3`… after that. Every candidate of a valid id is valid.
    public static func candidate(_ base: String, _ n: Int) -> String {
        n <= 1 ? base : "\(base)-\(n)"
    }

    /// Whether `text` has the shape of a run id (also what `run` ids are checked against).
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", maxSplits: 1)
        guard parts.count == 2, parts[0].count == 16, Slug.isValid(String(parts[1])) else { return false }
        let stamp = Array(parts[0].utf8)
        return stamp[8] == UInt8(ascii: "T") && stamp[15] == UInt8(ascii: "Z")
            && stamp.enumerated().allSatisfy { i, c in i == 8 || i == 15 || (c >= 48 && c <= 57) }
    }
}
