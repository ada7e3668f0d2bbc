import Foundation
import YAMLKit

/// Turns a `locations.yaml` document into a registry, reporting every problem it finds.
public enum LocationsDecoder {
    public static let locationKeys = ["id", "name", "region", "manager", "address", "timezone", "hours", "tags"]
    /// `HH:MM-HH:MM`, or several separated by commas (`HoursDecoder.hoursPattern`).
    public static let hoursPattern = HoursDecoder.hoursPattern
    /// A weekday (`mon`) or a range of weekdays (`mon-fri`).
    public static let dayKeyPattern = HoursDecoder.dayKeyPattern

    public static func decode(_ root: Node) -> (LocationRegistry?, [Diagnostic]) {
        let d = NodeDecoder()
        var locations: [Location] = []
        if let f = d.fields(root, what: "locations file", known: ["locations"], required: ["locations"]),
           let items = d.list(f["locations"], "locations") {
            var marks: [(String, Mark)] = []
            for (index, item) in items.enumerated() {
                let what = item["id"]?.scalar.map { "location \(Echo.quoted($0.value))" } ?? "location \(index + 1)"
                guard let l = d.fields(item, what: what, known: locationKeys, required: ["id", "name"]) else { continue }
                let id = d.slug(l["id"], "id")
                let name = d.string(l["name"], "name")
                let region = d.string(l["region"], "region")
                let manager = d.string(l["manager"], "manager")
                let address = d.string(l["address"], "address")
                let timezone = self.timezone(l["timezone"], d)
                let hours = l["hours"].map { self.hours($0, of: what, d) } ?? []
                var tags: [String] = []
                if let list = d.list(l["tags"], "tags") {
                    tags = list.compactMap { d.slug($0, "tags") }
                }
                if let id { marks.append((id, l.values["id"]!.mark)) }
                if let id, let name {
                    locations.append(Location(id: id, name: name, region: region, manager: manager, address: address,
                                              timezone: timezone, hours: hours, tags: tags))
                }
            }
            d.checkUnique(marks, what: "location id")
        }
        let diagnostics = d.diagnostics.sortedByPosition()
        return (diagnostics.hasErrors ? nil : LocationRegistry(locations: locations), diagnostics)
    }

    /// Whether a text is an IANA time zone name that Foundation knows (`Europe/Moscow`, `UTC`).
    public static func isTimeZone(_ name: String) -> Bool { HoursDecoder.isTimeZone(name) }

    static func timezone(_ node: Node?, _ d: NodeDecoder) -> String? { HoursDecoder.timezone(node, d) }

    static func hours(_ node: Node, of what: String, _ d: NodeDecoder) -> [Location.Hours] { HoursDecoder.hours(node, of: what, d) }

    /// A single `HH:MM-HH:MM` as minutes after midnight, or nil when malformed or several.
    public static func times(_ text: String) -> (Int, Int)? {
        guard let intervals = HoursDecoder.intervals(text), intervals.count == 1 else { return nil }
        return (intervals[0].opens, intervals[0].closes)
    }
}
