/// The JSON Schema (draft 2020-12) of the scenario format, version 1, for editors and other tools.
///
/// It is built from the same key lists, enums and rules as `ScenarioDecoder`, and describes a
/// scenario as a YAML reader sees it: text fields take any scalar (`title: 2024` is the text
/// "2024"), ids take non-negative whole numbers too (`id: 1` is the slug "1"), flags take
/// `true`/`false` and `yes`/`no`, and an optional key may be left empty (null).
///
/// What a schema cannot say, the validator still checks: ids unique within their list, steps
/// and barriers naming known steps and touchpoints, `min` below `max`, scale labels inside
/// the scale and at most 101 scale points, a wait's `clock`, `attempts` and `retry_after` only on a
/// wait step, `retry_after` only with two attempts or more, `hours` with a `timezone`, `clock:
/// working` only with hours (or a location asked for in `context`), zones and dates that exist.
public enum ScenarioSchema {
    public static let id = "https://shopper.invalid/schema/scenario.schema.json"
    public static let slugPattern = "^[a-z0-9][a-z0-9-]*$"
    public static let contextKeyPattern = "^[a-z0-9][a-z0-9_-]*$"
    /// `90` (seconds), `90s`, `2m`, `1h30m`, `1m30s`, `1h30s`: units h, m, s in that order, each at most once.
    public static let durationPattern = "^([0-9]+|[0-9]+h([0-9]+m)?([0-9]+s)?|[0-9]+m([0-9]+s)?|[0-9]+s)$"
    /// Durations made only of zeros (`0`, `0s`, `0h0m`), which the validator refuses.
    public static let zeroDurationPattern = "^[0hms]+$"
    /// A pass mark written as a percentage from 0% to 100%: `85%`, `92.5%`, `100%`.
    public static let percentPattern = "^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%$"
    /// Question types whose only keys are `id`, `ask`, `type` and `required`.
    public static let plainQuestionTypes = ["nps", "csat", "ces", "seq", "yesno", "text"]
    /// The keys that depend on the question type, and the types they belong to.
    public static let typedQuestionKeys: [(key: String, types: [String])] = [
        ("min", ["scale", "number"]), ("max", ["scale", "number"]), ("labels", ["scale"]),
        ("options", ["choice"]), ("unit", ["number"]),
    ]

    /// The schema as pretty-printed JSON, the same every time.
    public static func json() -> String {
        value().pretty()
    }

    public static func value() -> JSONValue {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(id),
            "title": "shopper scenario (format version 1)",
            "description": """
                A customer task, step by step, for mystery shopping and scenario usability tests. \
                Check a file with `shopper check`; the checker also verifies what a schema cannot: \
                unique ids, touchpoints from touchpoints.yaml, barrier steps and min below max.
                """,
            "type": "object",
            "required": ["scenario", "title", "language", "brief", "steps"],
            "properties": properties(ScenarioDecoder.scenarioKeys, from: scenarioProperties),
            "additionalProperties": false,
            "$defs": definitions,
        ]
    }

    // MARK: Top level

    static let scenarioProperties: [String: JSONValue] = [
        "scenario": described("The scenario id: a lowercase slug that names its files and folders, e.g. bus-tickets-prague.",
                              ref("slug")),
        "title": described("A short title shown to testers and in reports.", ref("text")),
        "version": [
            "description": "The scenario's version, a whole number from 1 (default 1). Raise it when steps change in a way that makes old runs incomparable.",
            "type": ["integer", "null"],
            "minimum": 1,
            "maximum": .int(Int(Int32.max)),
            "default": 1,
        ],
        "language": [
            "description": "The language of the scenario's texts: en (English) or ru (Russian).",
            "type": "string",
            "enum": .array(Language.allCases.map { .string($0.rawValue) }),
        ],
        "persona": nullable("Who the tester pretends to be: age, situation, what they know and want.", ref("text")),
        "brief": described("The task as told to the tester before the first step.", ref("text")),
        "context": [
            "description": "Run facts the runner asks for at the start, e.g. [location, device, app_version]: lowercase names, underscores allowed, each once. An item may be {key: os_version, ask: Which OS version?} to word the prompt; otherwise the key is shown with spaces for underscores.",
            "type": ["array", "null"],
            "items": ["anyOf": [ref("contextKey"), ref("contextField")]],
            "uniqueItems": true,
        ],
        "target": nullable("Time budget for the whole task: 90s, 2m, 1h30m, 1m30s or whole seconds.", ref("duration")),
        "pass": nullable("The pass mark: the least shop score with which a run passes, as a percentage (85%) or a fraction from 0 to 1 (0.85). A run with a critical failure fails whatever its score; without a pass mark, a run passes when it has no critical failure.",
                         [
                             "anyOf": [
                                 ["type": "number", "minimum": 0, "maximum": 1],
                                 ["type": "string", "pattern": .string(percentPattern)],
                             ],
                         ]),
        "hours": nullable("Working hours for waits counted in working time (clock: working): a weekday (mon … sun) or a range of weekdays (mon-fri) to \"HH:MM-HH:MM\", or several intervals in time order (\"09:00-13:00, 14:00-18:00\"); days not listed are closed. Needs timezone. A run's location with hours of its own overrides them.",
                          hoursValue),
        "timezone": nullable("The IANA time zone the hours follow, e.g. Europe/Moscow; a run's location with a time zone of its own overrides it.",
                             ["type": "string", "pattern": .string(LocationsSchema.timezonePattern)]),
        "holidays": [
            "description": "Dates on which nothing is open (YYYY-MM-DD), each once, in the hours' time zone.",
            "type": ["array", "null"],
            "items": ["type": "string", "pattern": .string(CalendarDate.pattern)],
            "uniqueItems": true,
        ],
        "steps": [
            "description": "The steps of the task, in order; at least one. Step ids are unique in the file.",
            "type": "array",
            "minItems": 1,
            "items": ref("step"),
        ],
        "survey": [
            "description": "Questions asked at the end of the run. Question ids are unique in the survey.",
            "type": ["array", "null"],
            "items": ref("question"),
        ],
        "barriers": [
            "description": "Barriers the author already knows of, offered to testers at their step. Barrier ids are unique.",
            "type": ["array", "null"],
            "items": ref("barrier"),
        ],
    ]

    // MARK: Definitions

    static var definitions: JSONValue {
        [
            "slug": [
                "description": "A lowercase ASCII id: a letter or digit, then letters, digits and hyphens ([a-z0-9][a-z0-9-]*).",
                "anyOf": [["type": "string", "pattern": .string(slugPattern)], ["type": "integer", "minimum": 0]],
            ],
            "contextKey": [
                "description": "A run fact's name: a letter or digit, then letters, digits, hyphens and underscores ([a-z0-9][a-z0-9_-]*).",
                "anyOf": [["type": "string", "pattern": .string(contextKeyPattern)], ["type": "integer", "minimum": 0]],
            ],
            "contextField": contextField,
            "text": [
                "description": "Text that is not blank.",
                "type": ["string", "number", "boolean"],
                "pattern": "\\S",
            ],
            "flag": [
                "description": "true or false (yes and no work too).",
                "anyOf": [["type": "boolean"], ["type": "string", "enum": ["yes", "no", "Yes", "No", "YES", "NO"]]],
            ],
            "duration": [
                "description": "A duration: 90s, 2m, 1h30m, 1m30s, or whole seconds; longer than zero, at most one year (8760h).",
                "anyOf": [
                    ["type": "integer", "minimum": 1],
                    ["type": "string", "pattern": .string(durationPattern), "not": ["pattern": .string(zeroDurationPattern)]],
                ],
            ],
            "stage": [
                "description": "The stage of the customer journey.",
                "type": "string",
                "enum": .array(JourneyStage.allCases.map { .string($0.rawValue) }),
            ],
            "step": step,
            "checklistItem": checklistItem,
            "question": question,
            "barrier": barrier,
        ]
    }

    static var step: JSONValue {
        let props: [String: JSONValue] = [
            "id": described("The step id, a lowercase slug unique in the scenario, e.g. pay.", ref("slug")),
            "title": described("A short title of the step.", ref("text")),
            "do": described("The instruction: what the tester does at this step.", ref("text")),
            "touchpoint": described("The touchpoint where the step happens: an id from touchpoints.yaml.", ref("slug")),
            "stage": described("The customer-journey stage of the step: "
                               + JourneyStage.allCases.map(\.rawValue).joined(separator: ", ") + ".", ref("stage")),
            "expect": [
                "description": "What good looks like: a list of expectations shown to the tester.",
                "type": ["array", "null"],
                "items": ref("text"),
            ],
            "target": nullable("Time target for the step: 90s, 2m, 1h30m, 1m30s or whole seconds. For a wait step, the promised response time, on the step's clock.", ref("duration")),
            "wait": nullable("Makes the step a wait for the business's answer: reply (the tester sends a request and waits for the reply).",
                             ["type": "string", "enum": .array(Wait.Kind.allCases.map { .string($0.rawValue) })]),
            "clock": nullable("How a wait step's time counts: wall (every second, the default) or working (only working hours: the scenario's hours, or the run location's). Only with wait.",
                              ["type": "string", "enum": .array(Wait.Clock.allCases.map { .string($0.rawValue) })], default: "wall"),
            "attempts": [
                "description": "How many times the tester tries before giving up, e.g. 2 calls (default 1). Only with wait.",
                "type": ["integer", "null"],
                "minimum": 1,
                "maximum": .int(Wait.maxAttempts),
                "default": 1,
            ],
            "retry_after": nullable("The least time between two attempts, e.g. 24h for calls on different days; needs attempts of 2 or more. Only with wait.",
                                    ref("duration")),
            "score": nullable("Ask the tester for a 0 to 10 score of the step (default true).", ref("flag"), default: true),
            "checklist": [
                "description": "Items the tester answers yes, no or n/a after the step. Item ids are unique in the step.",
                "type": ["array", "null"],
                "items": ref("checklistItem"),
            ],
            "questions": [
                "description": "Questions asked after the step. Question ids are unique in the step.",
                "type": ["array", "null"],
                "items": ref("question"),
            ],
        ]
        return [
            "description": "One step of the task: what the tester does, where, and what good looks like.",
            "type": "object",
            "required": ["id", "title", "do", "touchpoint", "stage"],
            "properties": properties(ScenarioDecoder.stepKeys, from: props),
            "additionalProperties": false,
        ]
    }

    static var checklistItem: JSONValue {
        let props: [String: JSONValue] = [
            "id": described("The item id, a lowercase slug unique in the step.", ref("slug")),
            "text": described("What the tester checks, as a yes/no statement.", ref("text")),
            "weight": [
                "description": "The item's weight in the step's compliance score: a number greater than 0, at most 1000 (default 1).",
                "type": ["number", "null"],
                "exclusiveMinimum": 0,
                "maximum": .int(Int(ScenarioDecoder.maxWeight)),
                "default": 1,
            ],
            "critical": nullable("A critical item answered no sets the step's compliance to 0 (default false).",
                                 ref("flag"), default: false),
        ]
        return [
            "description": "A checklist item, answered yes, no or n/a.",
            "type": "object",
            "required": ["id", "text"],
            "properties": properties(ScenarioDecoder.checklistKeys, from: props),
            "additionalProperties": false,
        ]
    }

    static let questionTypeHelp = """
        nps (0 to 10), csat (1 to 5), ces (1 to 7), seq (single ease question, 1 to 7), \
        scale (min to max, optional labels), yesno, choice (options), number (optional min, max, unit), text
        """

    static let questionProperties: [String: JSONValue] = [
        "id": described("The question id, a lowercase slug unique in its list.", ref("slug")),
        "ask": described("The question as shown to the tester.", ref("text")),
        "type": [
            "description": .string("The kind of answer: \(questionTypeHelp)."),
            "type": "string",
            "enum": .array(Question.Kind.names.map { .string($0) }),
        ],
        "required": nullable("Whether an answer is required (default true); false lets the tester leave it empty.",
                             ref("flag"), default: true),
        "min": [
            "description": "scale: the lowest point, a whole number (required). number: the lowest accepted value (optional).",
            "type": ["number", "null"],
            "minimum": .int(-Int(RunLimits.maxNumber)),
            "maximum": .int(Int(RunLimits.maxNumber)),
        ],
        "max": [
            "description": "scale: the highest point, a whole number greater than min (required). number: the highest accepted value (optional).",
            "type": ["number", "null"],
            "minimum": .int(-Int(RunLimits.maxNumber)),
            "maximum": .int(Int(RunLimits.maxNumber)),
        ],
        "labels": [
            "description": "scale only: texts for some points, e.g. {1: Very hard, 7: Very easy}.",
            "type": ["object", "null"],
            "propertyNames": ["pattern": "^[-+]?[0-9]+$"],
            "additionalProperties": ref("text"),
        ],
        "options": [
            "description": "choice only: the answers to choose from, at least two, all different.",
            "type": "array",
            "items": ref("text"),
        ],
        "unit": nullable("number only: the unit shown with the answer, e.g. minutes or EUR.", ref("text")),
    ]

    static var question: JSONValue {
        [
            "description": .string("A question: \(questionTypeHelp)."),
            "type": "object",
            "required": ["id", "ask", "type"],
            "properties": properties(ScenarioDecoder.questionKeys, from: questionProperties),
            "additionalProperties": false,
            "allOf": [
                when(types: plainQuestionTypes, then: ["properties": forbidden(except: [])]),
                when(types: ["scale"], then: [
                    "required": ["min", "max"],
                    "properties": .object([
                        .init("min", ["description": "The lowest point of the scale, a whole number from -1000 to 1000.",
                                      "type": "integer", "minimum": .int(ScenarioDecoder.scaleBounds.lowerBound),
                                      "maximum": .int(ScenarioDecoder.scaleBounds.upperBound)]),
                        .init("max", ["description": "The highest point of the scale, a whole number greater than min, at most 1000.",
                                      "type": "integer", "minimum": .int(ScenarioDecoder.scaleBounds.lowerBound),
                                      "maximum": .int(ScenarioDecoder.scaleBounds.upperBound)]),
                    ] + forbiddenMembers(except: ["min", "max", "labels"])),
                ]),
                when(types: ["choice"], then: [
                    "required": ["options"],
                    "properties": .object([
                        .init("options", [
                            "description": "The answers to choose from, at least two, all different.",
                            "type": "array",
                            "minItems": 2,
                            "uniqueItems": true,
                            "items": ref("text"),
                        ]),
                    ] + forbiddenMembers(except: ["options"])),
                ]),
                when(types: ["number"], then: ["properties": forbidden(except: ["min", "max", "unit"])]),
            ],
        ]
    }

    static var contextField: JSONValue {
        let props: [String: JSONValue] = [
            "key": described("The run fact's name, as stored with each run.", ref("contextKey")),
            "ask": nullable("What the runner asks the tester for this fact; without it, the key with spaces for underscores.",
                            ref("text")),
        ]
        return [
            "description": "A run fact with the prompt the runner shows for it.",
            "type": "object",
            "required": ["key"],
            "properties": properties(ScenarioDecoder.contextKeys, from: props),
            "additionalProperties": false,
        ]
    }

    static var barrier: JSONValue {
        let props: [String: JSONValue] = [
            "id": described("The barrier id, a lowercase slug unique in the scenario.", ref("slug")),
            "step": described("The id of the step where testers are offered this barrier.", ref("slug")),
            "text": described("What gets in the customer's way.", ref("text")),
        ]
        return [
            "description": "A barrier the author already knows of, offered to testers at a step.",
            "type": "object",
            "required": ["id", "step", "text"],
            "properties": properties(ScenarioDecoder.barrierKeys, from: props),
            "additionalProperties": false,
        ]
    }

    // MARK: Helpers

    /// Opening or working hours, shared with the locations registry's schema.
    static var hoursValue: JSONValue {
        [
            "type": "object",
            "propertyNames": ["pattern": .string(HoursDecoder.dayKeyPattern)],
            "additionalProperties": ["type": "string", "pattern": .string(HoursDecoder.hoursPattern)],
        ]
    }

    static func ref(_ name: String) -> JSONValue {
        ["$ref": .string("#/$defs/\(name)")]
    }

    /// A property schema with its hover help.
    static func described(_ description: String, _ schema: JSONValue) -> JSONValue {
        guard case .object(let members) = schema else { return schema }
        return .object([.init("description", .string(description))] + members)
    }

    /// An optional property that may also be left empty (null), which counts as absent.
    static func nullable(_ description: String, _ schema: JSONValue, default value: JSONValue? = nil) -> JSONValue {
        var members: [JSONValue.Member] = [.init("description", .string(description))]
        if let value { members.append(.init("default", value)) }
        members.append(.init("anyOf", [schema, ["type": "null"]]))
        return .object(members)
    }

    /// `properties` in the decoder's key order; every key the decoder knows must have a schema.
    static func properties(_ keys: [String], from table: [String: JSONValue]) -> JSONValue {
        precondition(Set(keys) == Set(table.keys), "schema and decoder disagree on keys: \(keys) vs \(table.keys.sorted())")
        return .object(keys.map { JSONValue.Member($0, table[$0]!) })
    }

    /// `if type is one of types then ...`.
    static func when(types: [String], then: JSONValue) -> JSONValue {
        let condition: JSONValue = types.count == 1 ? ["const": .string(types[0])] : ["enum": .array(types.map { .string($0) })]
        return [
            "if": ["properties": ["type": condition], "required": ["type"]],
            "then": then,
        ]
    }

    /// Type-dependent keys not allowed for this type, as `key: false`.
    static func forbiddenMembers(except allowed: [String]) -> [JSONValue.Member] {
        typedQuestionKeys.map(\.key).filter { !allowed.contains($0) }.map { JSONValue.Member($0, false) }
    }

    static func forbidden(except allowed: [String]) -> JSONValue {
        .object(forbiddenMembers(except: allowed))
    }
}
