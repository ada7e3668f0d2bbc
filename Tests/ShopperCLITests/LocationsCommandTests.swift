import Foundation
import Testing

/// `shopper schema --locations` and `shopper check` of a locations registry, as a user runs them.
@Suite(.serialized) struct LocationsCommandTests {
    @Test func schemaLocationsPrintsTheCommittedCopy() throws {
        let result = try ShopperProcess.run(["schema", "--locations"])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = try String(contentsOf: ShopperProcess.packageRoot.appendingPathComponent("schema/locations.schema.json"),
                                   encoding: .utf8)
        #expect(result.stdout == committed,
                "schema/locations.schema.json is stale: run `swift run shopper schema --locations --output schema/locations.schema.json`")
    }

    @Test func aMalformedRegistryGetsPositionedErrors() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("""
            locations:
              - id: berlin
                name: Berlin
                timezone: Europe/Berln
                hours: {mon-fri: "09:00-18:00", fri: "10:00-12:00"}
                regoin: Germany

            """.utf8).write(to: dir.appendingPathComponent("locations.yaml"))
        let result = try ShopperProcess.run(["check", "locations.yaml"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == """
            locations.yaml:4:15: error: unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?
            locations.yaml:5:37: error: 'fri' is in both 'mon-fri' and 'fri' in the hours of location 'berlin'
            locations.yaml:5:13: note: 'mon-fri' is here
            locations.yaml:6:5: error: unknown key 'regoin' in location 'berlin'; did you mean 'region'?
            checked 1 file: 3 errors in 1 file

            """)
    }

    @Test func runRefusesAContextLocationTheRegistryDoesNotHave() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenarios = dir.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        for name in ["bus-tickets-prague.yaml", "touchpoints.yaml", "locations.yaml"] {
            try FileManager.default.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios/\(name)"),
                                             to: scenarios.appendingPathComponent(name))
        }
        let result = try ShopperProcess.run(["run", "bus-tickets-prague", "--plain", "--tester", "Ann",
                                             "--context", "location=Berln", "--runs", "runs"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr == "error: --context location=Berln: not a location id of scenarios/locations.yaml; did you mean 'berlin'?\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("runs").path))
    }
}
