import Foundation

/// Run ids name run files: UTC start time plus the tester's slug, e.g. `20261123T101500Z-anna-petrova`.
/// Distinct testers never collide, so runs from many machines merge by plain copy.
public enum RunID {
    public static func make(started: Date, tester: String) -> String {
        "\(Timestamp.compact(started))-\(Slug.make(from: tester) ?? "tester")"
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
