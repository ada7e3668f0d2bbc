import Foundation
@testable import Reports
import ShopperCore
import Testing

/// `Workspace.load` reads the scenarios of a folder, not the registries beside them.
@Suite struct WorkspaceTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func aLocationsRegistryIsNotReadAsAScenario() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shopper-workspace-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let samples = "\(Self.repository.path)/scenarios"
        for name in ["touchpoints.yaml", "bus-tickets-prague.yaml"] {
            try AtomicFile.write(try String(contentsOfFile: "\(samples)/\(name)", encoding: .utf8), to: "\(folder)/\(name)")
        }
        try AtomicFile.write(try String(contentsOfFile: "\(Self.repository.path)/scenarios/locations.yaml", encoding: .utf8),
                             to: "\(folder)/\(ScenarioLoader.locationsName)")
        let workspace = Workspace.load(scenariosFolder: folder)
        #expect(workspace.problems.map(\.formatted) == [])
        #expect(workspace.scenarios.keys.sorted() == ["bus-tickets-prague"])
    }
}
