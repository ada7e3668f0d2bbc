import Foundation
import ShopperCore
import Testing
import TestSupport
import YAMLKit

@Suite("Locations JSON Schema")
struct LocationsSchemaTests {
    @Test func committedCopyMatchesGeneratedSchema() throws {
        let committed = try String(contentsOf: PackagePaths.file("schema/locations.schema.json"), encoding: .utf8)
        #expect(committed == LocationsSchema.json(),
                "schema/locations.schema.json is stale: run `swift run shopper schema --locations --output schema/locations.schema.json`")
    }

    @Test func propertiesFollowTheDecoderKeyList() throws {
        let location = try #require(LocationsSchema.value()["$defs"]?["location"])
        guard case .object(let members) = location["properties"] ?? .null else {
            Issue.record("no properties")
            return
        }
        #expect(members.map(\.key) == LocationsDecoder.locationKeys)
        #expect(location["additionalProperties"] == .bool(false))
    }

    @Test func hoursPatternAgreesWithTheDecoder() throws {
        let pattern = try Regex(LocationsDecoder.hoursPattern)
        for text in ["09:00-18:00", "00:00-24:00", "9:00-18:00", "09:00-25:00", "24:00-24:00", "09:60-10:00", "09:00 - 18:00", "x",
                     "09:00-13:00, 14:00-18:00", "09:00-13:00,14:00-18:00", "09:00-13:00,", ", 09:00-13:00", "09:00-13:00; 14:00-18:00"] {
            let bySchema = text.wholeMatch(of: pattern) != nil
            #expect(bySchema == (HoursDecoder.intervals(text) != nil), "\(text)")
        }
    }

    typealias Row = SchemaRow

    static func doc(_ location: String) -> String {
        "locations:\n  - id: berlin\n    name: Berlin\n" + location.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
    }

    static let rows: [Row] = [
        Row(name: "minimal location", yaml: doc(""), validator: true, schema: true),
        Row(name: "every key", yaml: doc("""
            region: Germany
            manager: Anna
            address: Alexanderplatz 7
            timezone: Europe/Berlin
            hours: {mon-fri: "09:00-18:00", sat: "10:00-16:00"}
            tags: [flagship, city-centre]
            """), validator: true, schema: true),
        Row(name: "optional keys left empty", yaml: doc("region:\ntimezone:\nhours:\ntags:"), validator: true, schema: true),
        Row(name: "no locations yet", yaml: "locations: []\n", validator: true, schema: true),
        Row(name: "unknown key", yaml: doc("regoin: Germany"), validator: false, schema: false),
        Row(name: "missing name", yaml: "locations:\n  - id: berlin\n", validator: false, schema: false),
        Row(name: "id not a slug", yaml: doc("").replacingOccurrences(of: "id: berlin", with: "id: Berlin"), validator: false, schema: false),
        Row(name: "unknown day", yaml: doc("hours: {satt: \"10:00-16:00\"}"), validator: false, schema: false),
        Row(name: "malformed time", yaml: doc("hours: {sat: \"9-5\"}"), validator: false, schema: false),
        Row(name: "tag not a slug", yaml: doc("tags: [Flag Ship]"), validator: false, schema: false),
        Row(name: "time zone that does not exist", yaml: doc("timezone: Europe/Berln"), validator: false, schema: true,
            limit: "the schema knows the shape of a zone name, not the zones"),
        Row(name: "closing before opening", yaml: doc("hours: {sat: \"16:00-10:00\"}"), validator: false, schema: true,
            limit: "a pattern cannot compare two times"),
        Row(name: "a lunch break", yaml: doc("hours: {mon-fri: \"09:00-13:00, 14:00-18:00\"}"), validator: true, schema: true),
        Row(name: "intervals out of order", yaml: doc("hours: {mon: \"14:00-18:00, 09:00-13:00\"}"), validator: false, schema: true,
            limit: "a pattern cannot compare two times"),
        Row(name: "overlapping days", yaml: doc("hours: {mon-fri: \"09:00-18:00\", fri: \"10:00-12:00\"}"), validator: false, schema: true,
            limit: "a schema cannot see days shared by two keys"),
        Row(name: "duplicate id", yaml: "locations:\n  - {id: a, name: A}\n  - {id: a, name: B}\n", validator: false, schema: true,
            limit: "a schema cannot compare ids across items"),
    ]

    @Test(arguments: rows)
    func validatorVerdict(_ row: Row) throws {
        let node = try #require(try YAMLParser().parse(bytes: Array(row.yaml.utf8)))
        let diagnostics = LocationsDecoder.decode(node).1
        #expect(!diagnostics.hasErrors == row.validator, "\(diagnostics.map(\.message))")
        #expect((row.validator == row.schema) == (row.limit == nil), "a disagreement needs a reason, and only a disagreement")
    }

    @Test(.enabled(if: PythonSchemaCheck.shouldRun, "needs python3 with the jsonschema and PyYAML packages (pip install jsonschema pyyaml); required when CI is set"))
    func schemaVerdicts() throws {
        let sample = try String(contentsOf: PackagePaths.file("scenarios/locations.yaml"), encoding: .utf8)
        let rows = Self.rows + [Row(name: "the shipped sample", yaml: sample, validator: true, schema: true)]
        let verdicts = try PythonSchemaCheck.validate(rows.map(\.yaml), schema: LocationsSchema.json())
        try #require(verdicts.count == rows.count)
        for (row, verdict) in zip(rows, verdicts) {
            #expect(verdict.valid == row.schema, "\(row.name): \(verdict.errors)")
        }
        #expect(try PythonSchemaCheck.metaSchemaProblem(LocationsSchema.json()) == nil)
    }
}
