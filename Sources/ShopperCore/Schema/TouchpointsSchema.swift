/// The JSON Schema (draft 2020-12) of the touchpoints registry (`touchpoints.yaml`), built from
/// `TouchpointsDecoder`'s key lists, read as a YAML reader sees the file, like `ScenarioSchema`.
///
/// What a schema cannot say, `shopper check` still checks: ids (of touchpoints and of actions)
/// unique, and dates that exist (2026-02-30 has the shape of a date).
public enum TouchpointsSchema {
    public static let id = "https://shopper.invalid/schema/touchpoints.schema.json"

    public static func json() -> String {
        value().pretty()
    }

    public static func value() -> JSONValue {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(id),
            "title": "shopper touchpoints registry",
            "description": """
                Every place where a customer meets the business (scenarios/touchpoints.yaml): owner, importance, \
                the team's own assessment, the action plan and how often a run must check it. Check a file with \
                `shopper check`, which also verifies unique ids and real dates.
                """,
            "type": "object",
            "required": ["touchpoints"],
            "properties": [
                "touchpoints": [
                    "description": "The touchpoints, each with an id that scenario steps name in `touchpoint:`.",
                    "type": "array",
                    "items": ScenarioSchema.ref("touchpoint"),
                ],
            ],
            "additionalProperties": false,
            "$defs": definitions,
        ]
    }

    static var definitions: JSONValue {
        [
            "slug": [
                "description": "A lowercase ASCII id: a letter or digit, then letters, digits and hyphens ([a-z0-9][a-z0-9-]*).",
                "anyOf": [["type": "string", "pattern": .string(ScenarioSchema.slugPattern)], ["type": "integer", "minimum": 0]],
            ],
            "text": [
                "description": "Text that is not blank.",
                "type": ["string", "number", "boolean"],
                "pattern": "\\S",
            ],
            "date": [
                "description": "A date written YYYY-MM-DD, e.g. 2026-11-23.",
                "type": "string",
                "pattern": .string(CalendarDate.pattern),
            ],
            "touchpoint": touchpoint,
            "assessment": assessment,
            "action": action,
        ]
    }

    static var touchpoint: JSONValue {
        let importance: JSONValue = [
            "description": "How much it matters, 1 (little) to 5 (a lot), to the customer and to the business.",
            "type": "object",
            "required": ["customer", "business"],
            "properties": [
                "customer": ["type": "integer", "minimum": 1, "maximum": 5],
                "business": ["type": "integer", "minimum": 1, "maximum": 5],
            ],
            "additionalProperties": false,
        ]
        let props: [String: JSONValue] = [
            "id": ScenarioSchema.described("The touchpoint id that steps name; never rename it once runs exist.", ScenarioSchema.ref("slug")),
            "name": ScenarioSchema.described("The touchpoint's name as reports show it.", ScenarioSchema.ref("text")),
            "channel": ScenarioSchema.described("The channel: web, app, phone, email, office, store, print, sms…", ScenarioSchema.ref("text")),
            "stage": ScenarioSchema.described("The journey stage where this touchpoint mostly lives.",
                                              ["enum": .array(JourneyStage.allCases.map { .string($0.rawValue) })]),
            "owner": ScenarioSchema.nullable("Who answers for the touchpoint (role and team); leave it out while nobody does.",
                                             ScenarioSchema.ref("text")),
            "importance": importance,
            "assessments": ScenarioSchema.nullable("The team's own 0–10 scores of the touchpoint as it is today; the latest by date counts.",
                                                   ["type": "array", "items": ScenarioSchema.ref("assessment")]),
            "actions": ScenarioSchema.nullable("The improvement plan for this touchpoint.",
                                               ["type": "array", "items": ScenarioSchema.ref("action")]),
            "review_every": ScenarioSchema.nullable("How often a run must check the touchpoint, e.g. 90 days or 12 months.",
                                                    ["type": "string", "pattern": .string(Touchpoint.ReviewInterval.pattern)],
                                                    default: "12 months"),
        ]
        return [
            "description": "A place where a customer meets the business.",
            "type": "object",
            "required": ["id", "name", "channel", "stage", "importance"],
            "properties": ScenarioSchema.properties(TouchpointsDecoder.touchpointKeys, from: props),
            "additionalProperties": false,
        ]
    }

    static var assessment: JSONValue {
        let props: [String: JSONValue] = [
            "score": ScenarioSchema.described("The team's score, 0 (broken) to 10 (perfect).", ["type": "number", "minimum": 0, "maximum": 10]),
            "date": ScenarioSchema.described("When the team scored it.", ScenarioSchema.ref("date")),
            "by": ScenarioSchema.described("Who scored it: a person or a workshop.", ScenarioSchema.ref("text")),
        ]
        return [
            "description": "The team's own assessment of the touchpoint.",
            "type": "object",
            "required": ["score", "date", "by"],
            "properties": ScenarioSchema.properties(ProgrammeFields.assessmentKeys, from: props),
            "additionalProperties": false,
        ]
    }

    static var action: JSONValue {
        let props: [String: JSONValue] = [
            "id": ScenarioSchema.described("The action id, unique in the registry.", ScenarioSchema.ref("slug")),
            "text": ScenarioSchema.described("What is to be done.", ScenarioSchema.ref("text")),
            "owner": ScenarioSchema.nullable("Who does it; the touchpoint's owner when left out.", ScenarioSchema.ref("text")),
            "due": ScenarioSchema.nullable("When it is due.", ScenarioSchema.ref("date")),
            "status": ScenarioSchema.described("idea, planned, doing, done or dropped.",
                                               ["enum": .array(Touchpoint.Action.Status.allCases.map { .string($0.rawValue) })]),
            "done_on": ScenarioSchema.nullable("When it was done: required for done actions, and only for them.", ScenarioSchema.ref("date")),
            "barrier": ScenarioSchema.nullable("The id of a barrier the action addresses.",
                                               ["type": "string", "pattern": .string(ScenarioSchema.contextKeyPattern)]),
        ]
        return [
            "description": "One step of the touchpoint's improvement plan.",
            "type": "object",
            "required": ["id", "text", "status"],
            "properties": ScenarioSchema.properties(ProgrammeFields.actionKeys, from: props),
            "additionalProperties": false,
            "if": ["properties": ["status": ["const": "done"]], "required": ["status"]],
            "then": ["required": ["done_on"], "properties": ["done_on": ScenarioSchema.ref("date")]],
            "else": ["properties": ["done_on": ["type": "null"]]],
        ]
    }
}
