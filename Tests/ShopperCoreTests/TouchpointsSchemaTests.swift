import Foundation
import ShopperCore
import Testing
import TestSupport
import YAMLKit

@Suite("Touchpoints JSON Schema")
struct TouchpointsSchemaTests {
    @Test func committedCopyMatchesGeneratedSchema() throws {
        let committed = try String(contentsOf: PackagePaths.file("schema/touchpoints.schema.json"), encoding: .utf8)
        #expect(committed == TouchpointsSchema.json(),
                "schema/touchpoints.schema.json is stale: run `swift run shopper schema --touchpoints --output schema/touchpoints.schema.json`")
    }

    @Test func propertiesFollowTheDecoderKeyList() throws {
        let touchpoint = try #require(TouchpointsSchema.value()["$defs"]?["touchpoint"])
        guard case .object(let members) = touchpoint["properties"] ?? .null else {
            Issue.record("no properties")
            return
        }
        #expect(members.map(\.key) == TouchpointsDecoder.touchpointKeys)
    }

    typealias Row = SchemaRow

    static func doc(_ extra: String) -> String {
        "touchpoints:\n  - id: web-pay\n    name: Payment\n    channel: web\n    stage: purchase\n    importance: {customer: 5, business: 4}\n"
            + extra.split(separator: "\n").map { "    " + $0 + "\n" }.joined()
    }

    static let rows: [Row] = [
        Row(name: "minimal touchpoint, no owner", yaml: doc(""), validator: true, schema: true),
        Row(name: "every key", yaml: doc("""
            owner: Payments lead
            review_every: 90 days
            assessments: [{score: 7.5, date: 2026-03-01, by: Workshop}]
            actions:
              - {id: a, text: Fix, owner: Anna, due: 2026-12-01, status: done, done_on: 2026-11-20, barrier: card_declined}
              - {id: b, text: Try, status: idea}
            """), validator: true, schema: true),
        Row(name: "optional keys left empty", yaml: doc("owner:\nassessments:\nactions:\nreview_every:"), validator: true, schema: true),
        Row(name: "unknown key", yaml: doc("reviw_every: 90 days"), validator: false, schema: false),
        Row(name: "score above 10", yaml: doc("assessments: [{score: 11, date: 2026-03-01, by: A}]"), validator: false, schema: false),
        Row(name: "date of the wrong shape", yaml: doc("assessments: [{score: 1, date: 1 March, by: A}]"), validator: false, schema: false),
        Row(name: "unknown status", yaml: doc("actions: [{id: a, text: T, status: finished}]"), validator: false, schema: false),
        Row(name: "done without done_on", yaml: doc("actions: [{id: a, text: T, status: done}]"), validator: false, schema: false),
        Row(name: "done_on on an open action", yaml: doc("actions: [{id: a, text: T, status: doing, done_on: 2026-01-01}]"),
            validator: false, schema: false),
        Row(name: "bad interval", yaml: doc("review_every: 12 monthz"), validator: false, schema: false),
        Row(name: "date that does not exist", yaml: doc("assessments: [{score: 1, date: 2026-02-30, by: A}]"), validator: false,
            schema: true, limit: "a pattern cannot know the days of February"),
        Row(name: "duplicate action id", yaml: doc("actions: [{id: a, text: T, status: idea}, {id: a, text: U, status: idea}]"),
            validator: false, schema: true, limit: "a schema cannot compare ids across items"),
    ]

    @Test(arguments: rows)
    func validatorVerdict(_ row: Row) throws {
        let node = try #require(try YAMLParser().parse(bytes: Array(row.yaml.utf8)))
        let diagnostics = TouchpointsDecoder.decode(node).1
        #expect(!diagnostics.hasErrors == row.validator, "\(diagnostics.map(\.message))")
        #expect((row.validator == row.schema) == (row.limit == nil), "a disagreement needs a reason, and only a disagreement")
    }

    @Test(.enabled(if: PythonSchemaCheck.shouldRun, "needs python3 with the jsonschema and PyYAML packages (pip install jsonschema pyyaml); required when CI is set"))
    func schemaVerdicts() throws {
        let sample = try String(contentsOf: PackagePaths.file("scenarios/touchpoints.yaml"), encoding: .utf8)
        let rows = Self.rows + [Row(name: "the shipped sample", yaml: sample, validator: true, schema: true)]
        let verdicts = try PythonSchemaCheck.validate(rows.map(\.yaml), schema: TouchpointsSchema.json())
        try #require(verdicts.count == rows.count)
        for (row, verdict) in zip(rows, verdicts) {
            #expect(verdict.valid == row.schema, "\(row.name): \(verdict.errors)")
        }
        #expect(try PythonSchemaCheck.metaSchemaProblem(TouchpointsSchema.json()) == nil)
    }
}
