import Foundation
import Testing

/// The crash inputs of issue 7: one merged run file from one tester, with numbers out of range,
/// must never take a command down. `check` names the value; every reader reports it the same way
/// and leaves the file out; JSON stays strict.
@Suite(.serialized) struct HostileRunFileTests {
    static let target = "20261126T135200Z-farah-haddad"
    static let others = ["20261125T135900Z-anna-petrova", "20261130T164000Z-chen-li"]

    /// A workspace with the sample scenarios and three bus-tickets runs, the target edited.
    static func workspace(replacing old: String, with new: String) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shopper-hostile-\(UUID().uuidString)")
        let fm = FileManager.default
        let runs = root.appendingPathComponent("reports/runs/bus-tickets-prague")
        try fm.createDirectory(at: runs, withIntermediateDirectories: true)
        try fm.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios"),
                        to: root.appendingPathComponent("scenarios"))
        let samples = ShopperProcess.packageRoot.appendingPathComponent("reports/runs/bus-tickets-prague")
        for id in others where fm.fileExists(atPath: samples.appendingPathComponent("\(id).yaml").path) {
            try fm.copyItem(at: samples.appendingPathComponent("\(id).yaml"), to: runs.appendingPathComponent("\(id).yaml"))
        }
        let text = try String(contentsOf: samples.appendingPathComponent("\(target).yaml"), encoding: .utf8)
        let range = try #require(text.range(of: old), "the sample has \(old)")
        try text.replacingCharacters(in: range, with: new)
            .write(to: runs.appendingPathComponent("\(target).yaml"), atomically: true, encoding: .utf8)
        return root
    }

    static let inputs: [(String, String, String)] = [
        ("  seconds: 26.7\n", "  seconds: 1e19\n", "'seconds' must be at most 31536000 seconds"),
        ("  paused_seconds: 60\n", "  paused_seconds: 1e19\n", "'paused_seconds' must be at most 31536000 seconds"),
        ("  seconds: 26.7\n", "  seconds: 1e303\n", "'seconds' must be at most 31536000 seconds"),
        ("  nps: 9\n", "  nps: 9223372036854775808\n", "answer 9223372036854775808 to 'nps' is too large"),
        ("  nps: 9\n", "  nps: 1e308\n", "answer 1e308 to 'nps' is too large"),
        ("  effort: 3\n", "  effort: 99\n", "answer 99 to 'effort' is outside 1 to 7"),
        ("started: \"2026-11-26T13:52:00Z\"", "started: 0000-11-26T13:52:00Z", "'started' must be an ISO 8601 time"),
        ("finished: \"2026-11-26T14:13:56Z\"", "finished: 2026-11-26T14:13:56+99:99", "'finished' must be an ISO 8601 time"),
    ]

    @Test(arguments: 0..<inputs.count)
    func aRunFileOutOfRangeIsAPositionedErrorInEveryCommandAndNeverACrash(_ index: Int) throws {
        let (old, new, message) = Self.inputs[index]
        let root = try Self.workspace(replacing: old, with: new)
        defer { try? FileManager.default.removeItem(at: root) }
        let path = "reports/runs/bus-tickets-prague/\(Self.target).yaml"
        let line = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).firstIndex { new.contains($0) && !$0.isEmpty }! + 1
        let positioned = "\(path):\(line):"

        let check = try ShopperProcess.run(["check", "scenarios", "reports/runs"], in: root)
        #expect(check.status == 1)
        #expect(check.stdout.contains(positioned) || check.stderr.contains(positioned), "\(check.stdout)\(check.stderr)")
        #expect((check.stdout + check.stderr).contains(message))

        for arguments in [["report", "--format", "json"], ["report", "--format", "csv"], ["report", "--format", "text"],
                          ["report", "--format", "markdown"], ["report", "--format", "html"], ["runs"], ["touchpoints"],
                          ["show", Self.target]] {
            let result = try ShopperProcess.run(arguments, in: root)
            // A trap is a signal: status 132 (SIGILL) or more as the shell shows it, never 0 or 1.
            #expect(result.status == 0 || result.status == 1, "\(arguments): status \(result.status)\n\(result.stderr)")
            #expect(!result.stderr.contains("Fatal error"), "\(arguments)")
            // `show` reads one run for display and holds it to the bounds of every number, not to
            // rating scales (it shows what was recorded).
            if arguments.first != "show" || !message.contains("outside") {
                #expect(result.stderr.contains(positioned) && result.stderr.contains(message), "\(arguments): \(result.stderr)")
            }
            if arguments.last == "json" {
                // Strict: Foundation's parser has no NaN or Infinity.
                #expect(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) is [String: Any])
            }
        }
    }
}
