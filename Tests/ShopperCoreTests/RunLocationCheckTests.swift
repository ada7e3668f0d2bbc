import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// `shopper check` holds a run's `context.location` to `locations.yaml` when it exists, and
/// leaves it free text when it does not.
@Suite struct RunLocationCheckTests {
    let root: String

    init() throws {
        root = try CheckerWorkspace.make("shopper-locations")
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: root)
    }

    static let registry = """
        locations:
          - {id: berlin, name: Berlin, region: Germany, timezone: Europe/Berlin}
          - {id: kazan, name: Казань, region: Россия, timezone: Europe/Moscow}

        """

    /// A run of `trip` at `location` (marked text allowed), written where reports keep it.
    func writeRun(location: String) throws -> (path: String, marks: [String: Mark]) {
        let text = RunScenarioCheckTests.run(steps: RunScenarioCheckTests.cleanSteps)
            .replacingOccurrences(of: "status: in-progress\n", with: "status: in-progress\ncontext:\n  device: phone\n  location: \(location)\n")
        let (clean, marks) = marked(text + "\n")
        let path = "\(root)/reports/runs/trip/20261123T101500Z-anna.yaml"
        try AtomicFile.write(clean, to: path)
        return (path, marks)
    }

    func check(_ paths: [String]) -> [FileDiagnostic] {
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        return checker.check(paths).problems
    }

    @Test func withoutARegistryLocationIsFreeText() throws {
        defer { cleanUp() }
        let run = try writeRun(location: "Berlin, near the station")
        #expect(check([run.path]).map(\.formatted) == [])
    }

    @Test func aKnownLocationIdIsClean() throws {
        defer { cleanUp() }
        try AtomicFile.write(Self.registry, to: "\(root)/scenarios/locations.yaml")
        let run = try writeRun(location: "kazan")
        #expect(check(["\(root)/scenarios", run.path]).map(\.formatted) == [])
    }

    @Test func anUnknownLocationIsAnErrorAtTheValueWithASuggestion() throws {
        defer { cleanUp() }
        try AtomicFile.write(Self.registry, to: "\(root)/scenarios/locations.yaml")
        let run = try writeRun(location: "1️⃣Berlin")
        let problems = check([run.path])
        #expect(problems.map(\.diagnostic.message)
            == ["unknown location 'Berlin'; did you mean 'berlin'? (locations are the ids in \(root)/scenarios/locations.yaml)"])
        #expect(problems.first?.diagnostic.mark == run.marks["1️⃣"])
        #expect(problems.first?.path == run.path)
    }

    @Test func anUnknownLocationMarkedWithADashIsAccepted() throws {
        defer { cleanUp() }
        try AtomicFile.write(Self.registry, to: "\(root)/scenarios/locations.yaml")
        let run = try writeRun(location: "\"-\"")
        #expect(check([run.path]).map(\.formatted) == [])
    }

    @Test func aFarOffLocationGetsNoSuggestion() throws {
        defer { cleanUp() }
        try AtomicFile.write(Self.registry, to: "\(root)/scenarios/locations.yaml")
        let run = try writeRun(location: "1️⃣Vladivostok")
        let problems = check([run.path])
        #expect(problems.map(\.diagnostic.message)
            == ["unknown location 'Vladivostok' (locations are the ids in \(root)/scenarios/locations.yaml)"])
        #expect(problems.first?.diagnostic.mark == run.marks["1️⃣"])
    }

    @Test func aBrokenRegistryIsReportedOnceAndLocationsAreNotChecked() throws {
        defer { cleanUp() }
        try AtomicFile.write("locations:\n  - {id: berlin, name: Berlin, timezone: Europe/Berln}\n",
                             to: "\(root)/scenarios/locations.yaml")
        let run = try writeRun(location: "Somewhere")
        let problems = check([run.path])
        #expect(problems.map(\.path) == ["\(root)/scenarios/locations.yaml"])
        #expect(problems.map(\.diagnostic.message) == ["unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?"])
        // Checked in its own right, the registry's problem is listed once, under the registry.
        #expect(check(["\(root)/scenarios", run.path]).count == 1)
    }

    @Test func theRegistryIsCheckedAsItsOwnKindOfFile() throws {
        defer { cleanUp() }
        try AtomicFile.write(Self.registry, to: "\(root)/scenarios/locations.yaml")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check(["\(root)/scenarios"])
        #expect(result.problems.map(\.formatted) == [])
        #expect(result.files.first { $0.path.hasSuffix("locations.yaml") }?.kind == .locations)
    }
}
