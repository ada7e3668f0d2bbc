/// The JSON Schema (draft 2020-12) of the locations registry (`locations.yaml`), for editors and
/// other tools. Built from `LocationsDecoder`'s key list and patterns, read as a YAML reader sees
/// the file, like `ScenarioSchema`.
///
/// What a schema cannot say, `shopper check` still checks: ids unique, time zones that exist,
/// each weekday in at most one `hours` key, day ranges from an earlier to a later day, and
/// opening before closing, several intervals of a day in time order.
public enum LocationsSchema {
    public static let id = "https://shopper.invalid/schema/locations.schema.json"
    /// The shape of an IANA time zone name (`UTC`, `Europe/Moscow`, `America/Argentina/Salta`);
    /// whether the zone exists is for `shopper check` to say.
    public static let timezonePattern = "^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9][A-Za-z0-9_+-]*)*$"

    /// The schema as pretty-printed JSON, the same every time.
    public static func json() -> String {
        value().pretty()
    }

    public static func value() -> JSONValue {
        [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": .string(id),
            "title": "shopper locations registry",
            "description": """
                The places a programme shops (branches, offices, cities), in scenarios/locations.yaml beside \
                touchpoints.yaml. When it exists, every run's context.location must be one of its ids. Check \
                a file with `shopper check`, which also verifies unique ids, known time zones and opening hours \
                that do not overlap and open before they close.
                """,
            "type": "object",
            "required": ["locations"],
            "properties": [
                "locations": [
                    "description": "The locations, each with an id that runs name in context.location.",
                    "type": "array",
                    "items": ScenarioSchema.ref("location"),
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
            "location": location,
        ]
    }

    static var location: JSONValue {
        let props: [String: JSONValue] = [
            "id": ScenarioSchema.described("The location id, which runs name in context.location: a lowercase slug, e.g. berlin-mitte.",
                                           ScenarioSchema.ref("slug")),
            "name": ScenarioSchema.described("The location's name as reports show it.", ScenarioSchema.ref("text")),
            "region": ScenarioSchema.nullable("The region the location belongs to; reports can roll locations up by it.",
                                              ScenarioSchema.ref("text")),
            "manager": ScenarioSchema.nullable("Who answers for the location.", ScenarioSchema.ref("text")),
            "address": ScenarioSchema.nullable("The postal address.", ScenarioSchema.ref("text")),
            "timezone": ScenarioSchema.nullable("The IANA time zone of the location, e.g. Europe/Moscow.",
                                                ["type": "string", "pattern": .string(timezonePattern)]),
            "hours": ScenarioSchema.nullable(
                "Opening hours: a weekday (mon … sun) or a range of weekdays (mon-fri) to \"HH:MM-HH:MM\", or several intervals in time order (\"09:00-13:00, 14:00-18:00\"); days not listed are closed.",
                ScenarioSchema.hoursValue),
            "tags": ScenarioSchema.nullable("Free tags (lowercase slugs) to group locations by, e.g. [flagship, mall].",
                                            ["type": "array", "items": ScenarioSchema.ref("slug")]),
        ]
        return [
            "description": "A place that is shopped.",
            "type": "object",
            "required": ["id", "name"],
            "properties": ScenarioSchema.properties(LocationsDecoder.locationKeys, from: props),
            "additionalProperties": false,
        ]
    }
}
