import Foundation
import Testing

/// `shopper check` of another workspace's runs holds them to that workspace's scenarios and
/// locations registry, not to the current folder's.
@Suite(.serialized) struct CheckScenariosFolderTests {
    /// A workspace in a temporary folder: the bus scenario, its registry, a locations registry
    /// with the one id `lisbon`, and one sample bus run whose location is rewritten to `place`.
    private func workspace(location place: String) throws -> (URL, String) {
        let dir = try ShopperProcess.temporaryFolder()
        let root = ShopperProcess.packageRoot
        let scenarios = dir.appendingPathComponent("ws/scenarios")
        let runs = dir.appendingPathComponent("ws/runs/bus-tickets-prague")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        for name in ["bus-tickets-prague.yaml", "touchpoints.yaml"] {
            try FileManager.default.copyItem(at: root.appendingPathComponent("scenarios/\(name)"),
                                             to: scenarios.appendingPathComponent(name))
        }
        try Data("locations:\n  - id: lisbon\n    name: Lisboa\n".utf8).write(to: scenarios.appendingPathComponent("locations.yaml"))
        let sampleFolder = root.appendingPathComponent("reports/runs/bus-tickets-prague")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: sampleFolder.path).sorted().first { $0.hasSuffix(".yaml") })
        var text = try String(contentsOf: sampleFolder.appendingPathComponent(name), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("location:") })
        text = text.replacingOccurrences(of: String(line), with: "  location: \(place)")
        try Data(text.utf8).write(to: runs.appendingPathComponent(name))
        return (dir, "ws/runs/bus-tickets-prague/\(name)")
    }

    @Test func runsAreHeldToTheGivenWorkspacesLocations() throws {
        let (dir, _) = try workspace(location: "lisbon")
        defer { try? FileManager.default.removeItem(at: dir) }
        // From the package root's parent the current folder has no scenarios/ at all; from the
        // temporary folder, `ws/scenarios` is the one given folder holding a registry.
        let result = try ShopperProcess.run(["check", "ws/scenarios", "ws/runs"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func anUnknownLocationIsFoundAgainstTheGivenWorkspace() throws {
        let (dir, runPath) = try workspace(location: "berlin")
        defer { try? FileManager.default.removeItem(at: dir) }
        for arguments in [["check", "ws/scenarios", "ws/runs"], ["check", "ws/runs", "--scenarios", "ws/scenarios"]] {
            let result = try ShopperProcess.run(arguments, in: dir)
            #expect(result.status == 1)
            #expect(result.stderr.contains("\(runPath):"))
            #expect(result.stderr.contains("unknown location 'berlin'"), "\(result.stderr)")
        }
    }

    @Test func aMissingScenariosFolderIsAnError() throws {
        let (dir, _) = try workspace(location: "lisbon")
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ShopperProcess.run(["check", "ws/runs", "--scenarios", "nowhere"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "error: --scenarios: no folder 'nowhere'\n")
    }
}
