import Foundation
import ShopperCore
import Testing
import TestSupport
import YAMLKit

@Suite("Scenario JSON Schema")
struct SchemaTests {
    // MARK: The schema as data

    @Test func committedCopyMatchesGeneratedSchema() throws {
        let committed = try String(contentsOf: PackagePaths.file("schema/scenario.schema.json"), encoding: .utf8)
        #expect(committed == ScenarioSchema.json(),
                "schema/scenario.schema.json is stale: run `swift run shopper schema --output schema/scenario.schema.json`")
    }

    @Test func outputIsDeterministicAndEndsWithNewline() {
        let first = ScenarioSchema.json()
        #expect(first == ScenarioSchema.json())
        #expect(first.hasSuffix("}\n"))
        #expect(first.hasPrefix("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": "))
    }

    @Test func propertiesFollowTheDecoderKeyLists() throws {
        let root = ScenarioSchema.value()
        let defs = try #require(root["$defs"])
        #expect(keys(root["properties"]) == ScenarioDecoder.scenarioKeys)
        #expect(keys(defs["step"]?["properties"]) == ScenarioDecoder.stepKeys)
        #expect(keys(defs["checklistItem"]?["properties"]) == ScenarioDecoder.checklistKeys)
        #expect(keys(defs["question"]?["properties"]) == ScenarioDecoder.questionKeys)
        #expect(keys(defs["barrier"]?["properties"]) == ScenarioDecoder.barrierKeys)
        #expect(keys(defs["contextField"]?["properties"]) == ScenarioDecoder.contextKeys)
        #expect(root["properties"]?["language"]?["enum"] == .array(Language.allCases.map { .string($0.rawValue) }))
        #expect(defs["stage"]?["enum"] == .array(JourneyStage.allCases.map { .string($0.rawValue) }))
        #expect(defs["question"]?["properties"]?["type"]?["enum"] == .array(Question.Kind.names.map { .string($0) }))
    }

    @Test func everyObjectForbidsUnknownKeysAndEveryPropertyIsDescribed() {
        var objects = 0, properties = 0
        var problems: [String] = []
        walk(ScenarioSchema.value(), path: "#") { value, path in
            if case .string("object") = value["type"] ?? .null, value["properties"] != nil {
                objects += 1
                if value["additionalProperties"] != .bool(false) { problems.append("\(path) allows unknown keys") }
            }
            // Conditions of `if` only select a branch; editors show the descriptions of the rest.
            if !path.hasSuffix("/if"), case .object(let members) = value["properties"] ?? .null {
                for member in members where member.value != .bool(false) {
                    properties += 1
                    if case .string = member.value["description"] ?? .null {} else {
                        problems.append("\(path)/properties/\(member.key) has no description")
                    }
                }
            }
        }
        #expect(problems == [])
        #expect(objects == 6)  // scenario, context field, step, checklist item, question, barrier
        let decoderKeys = [ScenarioDecoder.scenarioKeys, ScenarioDecoder.contextKeys, ScenarioDecoder.stepKeys,
                           ScenarioDecoder.checklistKeys, ScenarioDecoder.questionKeys, ScenarioDecoder.barrierKeys].joined().count
        #expect(properties == decoderKeys + 3)  // plus min and max for scale, options for choice
    }

    @Test func durationPatternAgreesWithDurationText() throws {
        let pattern = try Regex(ScenarioSchema.durationPattern)
        let zero = try Regex(ScenarioSchema.zeroDurationPattern)
        let samples = ["90", "90s", "2m", "1h30m", "1m30s", "1h30s", "1h", "0", "0s", "0h0m", "00", "2m1h", "1s1s", "90 s",
                       "1.5", "h", "1x", "", "-5", "1h2m3s", "10m0s"]
        for text in samples {
            let bySchema = text.wholeMatch(of: pattern) != nil && text.wholeMatch(of: zero) == nil
            let byValidator = (DurationText.parse(text) ?? 0) > 0
            #expect(bySchema == byValidator, "\(text)")
        }
    }

    // MARK: Schema and validator agree

    /// One scenario document, the validator's verdict and the schema's. Where they differ,
    /// `limit` says what a JSON Schema cannot express; `shopper check` catches those.
    typealias Row = SchemaRow

    static func doc(top: String = "", step: String = "", survey: String = "", steps: String? = nil) -> String {
        var text = """
            scenario: demo
            title: Demo
            language: en
            brief: Buy a ticket.

            """
        if !top.isEmpty { text += top + "\n" }
        text += steps ?? """
            steps:
              - id: pay
                title: Pay
                do: Pay for the ticket.
                touchpoint: website
                stage: purchase

            """
        if !step.isEmpty { text += step.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n") + "\n" }
        if !survey.isEmpty { text += "survey:\n  - id: q\n    ask: Question?\n" + survey.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n") + "\n" }
        return text
    }

    static let rows: [Row] = [
        // Valid documents.
        Row(name: "minimal scenario", yaml: doc(), validator: true, schema: true),
        Row(name: "every optional top-level key", yaml: doc(top: """
            version: 3
            persona: A student
            context: [location, app_version, device-type]
            target: 1h30m
            barriers:
              - {id: slow, step: pay, text: Slow page}
            """), validator: true, schema: true),
        Row(name: "context fields with prompts", yaml: doc(top: """
            context:
              - location
              - {key: os_version, ask: "Which OS version?"}
              - key: app_version
              - {key: visit_time, ask: ~}
            """), validator: true, schema: true),
        Row(name: "durations in every form", yaml: doc(top: "target: 1h30s", step: "target: 90"), validator: true, schema: true),
        Row(name: "minutes and seconds", yaml: doc(top: "target: 1m30s", step: "target: 2m"), validator: true, schema: true),
        Row(name: "flags as yes/no", yaml: doc(step: """
            score: no
            checklist:
              - {id: receipt, text: Receipt given, weight: 2.5, critical: yes}
            """), validator: true, schema: true),
        Row(name: "optional keys left empty", yaml: doc(top: "persona:\ntarget: ~\nsurvey:", step: "expect:\nscore:"),
            validator: true, schema: true),
        Row(name: "numbers where text is expected", yaml: doc(top: "persona: 2024", step: "expect: [10, true]"),
            validator: true, schema: true),
        Row(name: "a number as a step id", yaml: doc(steps: """
            steps:
              - {id: 1, title: One, do: Go., touchpoint: website, stage: awareness}
            """), validator: true, schema: true),
        Row(name: "scale with labels", yaml: doc(survey: "type: scale\nmin: 1\nmax: 5\nlabels: {1: Bad, 5: Good}"),
            validator: true, schema: true),
        Row(name: "choice with options", yaml: doc(survey: "type: choice\noptions: [Bus, Train]"), validator: true, schema: true),
        Row(name: "choice options that are numbers in their own places", yaml: doc(survey: "type: choice\noptions: [\"1\", \"2\", 3 or more]"),
            validator: true, schema: true),
        Row(name: "number with range and unit", yaml: doc(survey: "type: number\nmin: 0\nmax: 99.5\nunit: EUR"),
            validator: true, schema: true),
        Row(name: "optional text question", yaml: doc(survey: "type: text\nrequired: false"), validator: true, schema: true),
        Row(name: "every rating type", yaml: doc(top: """
            survey:
              - {id: a, ask: Rate A, type: nps}
              - {id: b, ask: Rate B, type: csat}
              - {id: c, ask: Rate C, type: ces}
              - {id: d, ask: Rate D, type: seq}
              - {id: e, ask: Rate E, type: yesno}
            """), validator: true, schema: true),

        Row(name: "pass mark as a percentage", yaml: doc(top: "pass: 85%"), validator: true, schema: true),
        Row(name: "pass mark with a decimal percentage", yaml: doc(top: "pass: 92.5%"), validator: true, schema: true),
        Row(name: "pass mark as a fraction", yaml: doc(top: "pass: 0.85"), validator: true, schema: true),
        Row(name: "pass mark of 100%", yaml: doc(top: "pass: 100%"), validator: true, schema: true),
        Row(name: "pass mark of one", yaml: doc(top: "pass: 1"), validator: true, schema: true),
        Row(name: "pass mark left empty", yaml: doc(top: "pass:"), validator: true, schema: true),
        // Invalid for both.
        Row(name: "unknown top-level key", yaml: doc(top: "tilte: Typo"), validator: false, schema: false),
        Row(name: "unknown step key", yaml: doc(step: "expects: [x]"), validator: false, schema: false),
        Row(name: "unknown question key", yaml: doc(survey: "type: text\nhint: x"), validator: false, schema: false),
        Row(name: "bad scenario slug", yaml: doc().replacingOccurrences(of: "scenario: demo", with: "scenario: Demo Trip"),
            validator: false, schema: false),
        Row(name: "underscore in a step id", yaml: doc().replacingOccurrences(of: "id: pay", with: "id: pay_now"),
            validator: false, schema: false),
        Row(name: "bad context key", yaml: doc(top: "context: [App Version]"), validator: false, schema: false),
        Row(name: "context field without a key", yaml: doc(top: "context:\n  - {ask: Which city?}"), validator: false, schema: false),
        Row(name: "unknown key in a context field", yaml: doc(top: "context:\n  - {key: city, prompt: Which city?}"),
            validator: false, schema: false),
        Row(name: "bad key in a context field", yaml: doc(top: "context:\n  - {key: OS Version, ask: Which OS?}"),
            validator: false, schema: false),
        Row(name: "blank context prompt", yaml: doc(top: "context:\n  - {key: city, ask: \"  \"}"), validator: false, schema: false),
        Row(name: "bad stage", yaml: doc().replacingOccurrences(of: "stage: purchase", with: "stage: checkout"),
            validator: false, schema: false),
        Row(name: "bad language", yaml: doc().replacingOccurrences(of: "language: en", with: "language: de"),
            validator: false, schema: false),
        Row(name: "version zero", yaml: doc(top: "version: 0"), validator: false, schema: false),
        Row(name: "duration with words", yaml: doc(step: "target: 90 seconds"), validator: false, schema: false),
        Row(name: "duration units out of order", yaml: doc(step: "target: 2m1h"), validator: false, schema: false),
        Row(name: "zero duration", yaml: doc(top: "target: 0s"), validator: false, schema: false),
        Row(name: "fractional duration", yaml: doc(top: "target: 1.5"), validator: false, schema: false),
        Row(name: "no steps", yaml: doc(steps: "steps: []\n"), validator: false, schema: false),
        Row(name: "missing brief", yaml: doc().replacingOccurrences(of: "brief: Buy a ticket.\n", with: ""),
            validator: false, schema: false),
        Row(name: "blank title", yaml: doc().replacingOccurrences(of: "title: Demo", with: "title: \"  \""),
            validator: false, schema: false),
        Row(name: "title as a list", yaml: doc().replacingOccurrences(of: "title: Demo", with: "title: [a, b]"),
            validator: false, schema: false),
        Row(name: "steps as a mapping", yaml: doc(steps: "steps: {pay: now}\n"), validator: false, schema: false),
        Row(name: "score not a flag", yaml: doc(step: "score: maybe"), validator: false, schema: false),
        Row(name: "zero weight", yaml: doc(step: "checklist:\n  - {id: a, text: A, weight: 0}"), validator: false, schema: false),
        Row(name: "weight as text", yaml: doc(step: "checklist:\n  - {id: a, text: A, weight: heavy}"), validator: false, schema: false),
        Row(name: "expect as text", yaml: doc(step: "expect: fast"), validator: false, schema: false),
        Row(name: "unknown question type", yaml: doc(survey: "type: rating"), validator: false, schema: false),
        Row(name: "scale without max", yaml: doc(survey: "type: scale\nmin: 1"), validator: false, schema: false),
        Row(name: "scale with fractional min", yaml: doc(survey: "type: scale\nmin: 0.5\nmax: 5"), validator: false, schema: false),
        Row(name: "choice with one option", yaml: doc(survey: "type: choice\noptions: [Bus]"), validator: false, schema: false),
        Row(name: "choice with repeated options", yaml: doc(survey: "type: choice\noptions: [Bus, Bus]"),
            validator: false, schema: false),
        Row(name: "choice without options", yaml: doc(survey: "type: choice"), validator: false, schema: false),
        Row(name: "options on nps", yaml: doc(survey: "type: nps\noptions: [a, b]"), validator: false, schema: false),
        Row(name: "min on yesno", yaml: doc(survey: "type: yesno\nmin: 1"), validator: false, schema: false),
        Row(name: "unit on scale", yaml: doc(survey: "type: scale\nmin: 1\nmax: 5\nunit: points"), validator: false, schema: false),
        Row(name: "labels on number", yaml: doc(survey: "type: number\nlabels: {1: Low}"), validator: false, schema: false),
        Row(name: "required not a flag", yaml: doc(survey: "type: text\nrequired: sometimes"), validator: false, schema: false),
        Row(name: "barrier without text", yaml: doc(top: "barriers:\n  - {id: slow, step: pay}"), validator: false, schema: false),
        Row(name: "pass mark above one", yaml: doc(top: "pass: 85"), validator: false, schema: false),
        Row(name: "negative pass mark", yaml: doc(top: "pass: -0.1"), validator: false, schema: false),
        Row(name: "pass mark above 100%", yaml: doc(top: "pass: 120%"), validator: false, schema: false),
        Row(name: "pass mark with a leading zero", yaml: doc(top: "pass: 085%"), validator: false, schema: false),
        Row(name: "pass mark in words", yaml: doc(top: "pass: high"), validator: false, schema: false),
        Row(name: "pass mark as quoted text", yaml: doc(top: "pass: '0.85'"), validator: false, schema: false),
        Row(name: "required key left empty", yaml: doc().replacingOccurrences(of: "title: Demo", with: "title:"),
            validator: false, schema: false),

        // Waits and working hours (issue 11).
        Row(name: "a wait in working hours", yaml: doc(top: "hours: {mon-fri: \"09:00-13:00, 14:00-18:00\"}\ntimezone: Europe/Moscow\nholidays: [2027-01-01, '2027-01-07']",
                                                   step: "wait: reply\nclock: working\ntarget: 3h\nattempts: 2\nretry_after: 24h"),
            validator: true, schema: true),
        Row(name: "a wait on the wall clock", yaml: doc(step: "wait: reply\ntarget: 5m"), validator: true, schema: true),
        Row(name: "unknown wait kind", yaml: doc(step: "wait: call"), validator: false, schema: false),
        Row(name: "unknown clock", yaml: doc(step: "wait: reply\nclock: business"), validator: false, schema: false),
        Row(name: "zero attempts", yaml: doc(step: "wait: reply\nattempts: 0"), validator: false, schema: false),
        Row(name: "too many attempts", yaml: doc(step: "wait: reply\nattempts: 11"), validator: false, schema: false),
        Row(name: "holiday that is not a date", yaml: doc(top: "holidays: [christmas]"), validator: false, schema: false),
        Row(name: "malformed hours", yaml: doc(top: "hours: {mon: \"9-18\"}\ntimezone: UTC"), validator: false, schema: false),
        Row(name: "clock on a step that does not wait", yaml: doc(step: "clock: working"), validator: false, schema: true,
            limit: "kept simple: the schema does not tie clock, attempts and retry_after to wait"),
        Row(name: "retry_after with one attempt", yaml: doc(step: "wait: reply\nretry_after: 1h"), validator: false, schema: true,
            limit: "a schema cannot compare two values"),
        Row(name: "working clock without hours", yaml: doc(step: "wait: reply\nclock: working"), validator: false, schema: true,
            limit: "a schema cannot look up other parts of the document"),
        Row(name: "working clock with the location's hours", yaml: doc(top: "context: [location]", step: "wait: reply\nclock: working"),
            validator: true, schema: true),
        Row(name: "hours without a time zone", yaml: doc(top: "hours: {mon-fri: \"09:00-18:00\"}"), validator: false, schema: true,
            limit: "kept simple: the schema does not tie hours to timezone"),
        Row(name: "holiday that does not exist", yaml: doc(top: "holidays: [2026-02-30]"), validator: false, schema: true,
            limit: "a pattern does not know month lengths"),

        // What only the validator can see.
        Row(name: "scale min not below max", yaml: doc(survey: "type: scale\nmin: 5\nmax: 5"), validator: false, schema: true,
            limit: "a schema cannot compare two values"),
        Row(name: "number min above max", yaml: doc(survey: "type: number\nmin: 10\nmax: 1"), validator: false, schema: true,
            limit: "a schema cannot compare two values"),
        Row(name: "scale label outside the scale", yaml: doc(survey: "type: scale\nmin: 1\nmax: 5\nlabels: {9: Huh}"),
            validator: false, schema: true, limit: "a schema cannot compare keys with values"),
        Row(name: "duplicate step ids", yaml: doc(steps: """
            steps:
              - {id: pay, title: A, do: A., touchpoint: website, stage: purchase}
              - {id: pay, title: B, do: B., touchpoint: website, stage: purchase}
            """), validator: false, schema: true, limit: "a schema cannot require a property to be unique across items"),
        Row(name: "barrier at an unknown step", yaml: doc(top: "barriers:\n  - {id: slow, step: pya, text: Slow}"),
            validator: false, schema: true, limit: "a schema cannot look up other parts of the document"),
        Row(name: "choice option that is another option's number", yaml: doc(survey: "type: choice\noptions: [Один, Два, \"2\"]"),
            validator: false, schema: true,
            limit: "a schema cannot compare an item with the position of another item in the list"),
        Row(name: "touchpoint not in the registry", yaml: doc().replacingOccurrences(of: "touchpoint: website", with: "touchpoint: kiosk"),
            validator: false, schema: true, limit: "the registry is another file"),
    ]

    static let registry = TouchpointRegistry(touchpoints: [
        Touchpoint(id: "website", name: "Website", channel: "web", stage: .purchase, owner: "Web team",
                   importance: .init(customer: 3, business: 3)),
    ])

    static func validatorAccepts(_ yaml: String) -> (Bool, [String]) {
        switch SourceFile.parse(bytes: Array(yaml.utf8)) {
        case .failure(let d): return (false, [d.formatted(path: "doc")])
        case .success(let node):
            let diagnostics = ScenarioDecoder.decode(node, registry: registry).1
            return (!diagnostics.hasErrors, diagnostics.map { $0.formatted(path: "doc") })
        }
    }

    @Test(arguments: rows)
    func validatorVerdict(_ row: Row) {
        let (valid, diagnostics) = Self.validatorAccepts(row.yaml)
        #expect(valid == row.validator, "\(diagnostics)")
        #expect((row.validator == row.schema) == (row.limit == nil), "a disagreement needs a reason, and only a disagreement")
    }

    @Test(.enabled(if: PythonSchemaCheck.shouldRun, "needs python3 with the jsonschema and PyYAML packages (pip install jsonschema pyyaml); required when CI is set"))
    func schemaVerdicts() throws {
        let verdicts = try PythonSchemaCheck.validate(Self.rows.map(\.yaml), schema: ScenarioSchema.json())
        try #require(verdicts.count == Self.rows.count)
        for (row, verdict) in zip(Self.rows, verdicts) {
            #expect(verdict.valid == row.schema, "\(row.name): \(verdict.errors)")
        }
    }

    @Test(.enabled(if: PythonSchemaCheck.shouldRun, "needs python3 with the jsonschema and PyYAML packages (pip install jsonschema pyyaml); required when CI is set"))
    func schemaIsAValidDraft202012Schema() throws {
        #expect(try PythonSchemaCheck.metaSchemaProblem(ScenarioSchema.json()) == nil)
    }

    /// Every sample in scenarios/ (when there are any) and both starters validate against the schema.
    @Test(.enabled(if: PythonSchemaCheck.shouldRun, "needs python3 with the jsonschema and PyYAML packages (pip install jsonschema pyyaml); required when CI is set"))
    func samplesAndStartersValidate() throws {
        var documents: [(String, String)] = Language.allCases.map {
            ("starter (\($0.rawValue))", StarterScenario.text(id: "starter", language: $0))
        }
        let folder = PackagePaths.file("scenarios")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard let node = try? YAMLParser().parse(bytes: Array(text.utf8)), Checker.kind(of: node) == .scenario else { continue }
            documents.append(("scenarios/\(name)", text))
        }
        let verdicts = try PythonSchemaCheck.validate(documents.map(\.1), schema: ScenarioSchema.json())
        for ((name, _), verdict) in zip(documents, verdicts) {
            #expect(verdict.valid, "\(name): \(verdict.errors)")
        }
        #expect(verdicts.count == documents.count)
    }

    // MARK: Helpers

    private func keys(_ value: JSONValue?) -> [String] {
        guard case .object(let members) = value ?? .null else { return [] }
        return members.map(\.key)
    }

    private func walk(_ value: JSONValue, path: String, _ visit: (JSONValue, String) -> Void) {
        visit(value, path)
        switch value {
        case .object(let members):
            for member in members { walk(member.value, path: "\(path)/\(member.key)", visit) }
        case .array(let items):
            for (i, item) in items.enumerated() { walk(item, path: "\(path)/\(i)", visit) }
        default: break
        }
    }
}


/// Validates documents against a JSON Schema with Python's `jsonschema`, for the tests that
/// check the schema agrees with the validator. YAML is read with PyYAML through a loader that
/// resolves scalars the way shopper's YAML reader does (YAML 1.2 core schema plus yes/no as
/// booleans; no timestamps, no sexagesimal or octal-by-leading-zero numbers), then passed
/// through JSON so mapping keys become strings, as in a JSON document.
enum PythonSchemaCheck {
    struct Verdict: Equatable {
        var valid: Bool
        var errors: [String]
    }

    /// The python3 with jsonschema and PyYAML: the one in `.venv-test/` at the package root (which
    /// `.ci/run` makes), else the `python3` on the path; nil when neither has both.
    static let python: String? = PythonProcess.find(importing: "jsonschema, yaml")

    static var isAvailable: Bool { python != nil }
    /// Run when python with both packages is here, and always in CI (`CI` set), where its absence
    /// fails the tests instead of skipping them.
    static var shouldRun: Bool { isAvailable || !(ProcessInfo.processInfo.environment["CI"] ?? "").isEmpty }

    private static func run(_ arguments: [String], input: String?) throws -> PythonProcess.Result {
        guard let python else {
            throw Failure(message: "python3 with jsonschema and PyYAML is required when CI is set; .ci/run installs them into .venv-test")
        }
        return try PythonProcess.run(python, arguments, input: input)
    }

    /// Checks the schema against the draft 2020-12 meta-schema; nil when it is valid, else the error.
    static func metaSchemaProblem(_ schema: String) throws -> String? {
        let result = try run(["-c", """
            import sys, json, jsonschema
            schema = json.loads(sys.stdin.read())
            try:
                jsonschema.Draft202012Validator.check_schema(schema)
            except jsonschema.SchemaError as e:
                print(e.message)
            """], input: schema)
        let out = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard result.status == 0 else { return "python failed: \(result.stderr)" }
        return out.isEmpty ? nil : out
    }

    /// The schema's verdict on each YAML document, in order.
    static func validate(_ documents: [String], schema: String) throws -> [Verdict] {
        let payload = try JSONSerialization.data(withJSONObject: ["schema": schema, "documents": documents])
        let result = try run(["-c", script], input: String(decoding: payload, as: UTF8.self))
        guard result.status == 0 else { throw Failure(message: "python failed: \(result.stderr)") }
        guard let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]] else {
            throw Failure(message: "unexpected output: \(result.stdout)")
        }
        return items.map { Verdict(valid: $0["valid"] as? Bool ?? false, errors: $0["errors"] as? [String] ?? []) }
    }

    struct Failure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    private static let script = #"""
        import sys, json, re, yaml, jsonschema

        class Loader(yaml.SafeLoader):
            pass

        Loader.yaml_implicit_resolvers = {}
        def resolver(tag, pattern, first):
            Loader.add_implicit_resolver(tag, re.compile(pattern), list(first))
        resolver('tag:yaml.org,2002:null', r'^(?:~|null|Null|NULL|)$', ['~', 'n', 'N', ''])
        resolver('tag:yaml.org,2002:bool', r'^(?:true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO)$', 'tTfFyYnN')
        resolver('tag:yaml.org,2002:int', r'^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+|0o[0-7]+)$', '-+0123456789')
        resolver('tag:yaml.org,2002:float',
                 r'^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$',
                 '-+0123456789.')

        def construct_bool(loader, node):
            return loader.construct_scalar(node) in ('true', 'True', 'TRUE', 'yes', 'Yes', 'YES')
        def construct_int(loader, node):
            text = loader.construct_scalar(node)
            if text.startswith('0x'): return int(text[2:], 16)
            if text.startswith('0o'): return int(text[2:], 8)
            return int(text, 10)
        def construct_float(loader, node):
            text = loader.construct_scalar(node).lower()
            if text.endswith('inf'): return float('-inf') if text.startswith('-') else float('inf')
            if text.endswith('nan'): return float('nan')
            return float(text)
        Loader.add_constructor('tag:yaml.org,2002:bool', construct_bool)
        Loader.add_constructor('tag:yaml.org,2002:int', construct_int)
        Loader.add_constructor('tag:yaml.org,2002:float', construct_float)

        payload = json.loads(sys.stdin.read())
        validator = jsonschema.Draft202012Validator(json.loads(payload['schema']))
        results = []
        for text in payload['documents']:
            try:
                document = json.loads(json.dumps(yaml.load(text, Loader=Loader)))
            except yaml.YAMLError as e:
                results.append({'valid': False, 'errors': ['YAML: ' + str(e)]})
                continue
            errors = ['/'.join(str(p) for p in e.absolute_path) + ': ' + e.message for e in validator.iter_errors(document)]
            results.append({'valid': not errors, 'errors': errors})
        print(json.dumps(results))
        """#

}

/// Paths in the package, found from this file's location.
enum PackagePaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func file(_ relative: String) -> URL {
        root.appendingPathComponent(relative)
    }
}
