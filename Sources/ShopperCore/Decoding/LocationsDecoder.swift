import Foundation
import YAMLKit

/// Turns a `locations.yaml` document into a registry, reporting every problem it finds.
public enum LocationsDecoder {
    public static let locationKeys = ["id", "name", "region", "manager", "address", "timezone", "hours", "tags"]
    /// `HH:MM-HH:MM`, opening from 00:00 to 23:59, closing up to 24:00.
    public static let hoursPattern = "^([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$"
    /// A weekday (`mon`) or a range of weekdays (`mon-fri`).
    public static let dayKeyPattern = "^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$"

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
    /// Foundation also accepts forms like `GMT+3`, which are not names and are refused here.
    public static func isTimeZone(_ name: String) -> Bool {
        guard TimeZone(identifier: name) != nil else { return false }
        return name == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(name)
    }

    static func timezone(_ node: Node?, _ d: NodeDecoder) -> String? {
        guard let node, let value = d.string(node, "timezone") else { return nil }
        guard isTimeZone(value) else {
            let hint = Suggestion.hint(for: value, in: TimeZone.knownTimeZoneIdentifiers)
            d.error("unknown time zone \(Echo.quoted(value))" + (hint.isEmpty ? "; use an IANA name such as 'Europe/Berlin'" : hint),
                    at: node.mark)
            return nil
        }
        return value
    }

    /// Opening hours: weekday or weekday-range keys to `HH:MM-HH:MM`; no day in two keys.
    static func hours(_ node: Node, of what: String, _ d: NodeDecoder) -> [Location.Hours] {
        guard let pairs = node.mapping else {
            d.error("expected 'hours' to be a mapping of weekdays to times such as {mon-fri: \"09:00-18:00\"}, found \(node.kindDescription)",
                    at: node.mark)
            return []
        }
        let dayNames = Location.Weekday.allCases.map(\.rawValue)
        var seen: [Location.Weekday: (key: String, mark: Mark)] = [:]
        var result: [Location.Hours] = []
        for pair in pairs {
            guard let key = pair.key.scalar?.value else {
                d.error("keys in the hours of \(what) must be weekdays such as mon or mon-fri, found \(pair.key.kindDescription)",
                        at: pair.key.mark)
                continue
            }
            guard let days = self.days(key, pair.key.mark, of: what, names: dayNames, d) else { continue }
            for day in days {
                if let first = seen[day] {
                    d.error("'\(day.rawValue)' is in both '\(first.key)' and '\(key)' in the hours of \(what)", at: pair.key.mark,
                            notes: [.init("'\(first.key)' is here", at: first.mark)])
                    break
                }
            }
            for day in days where seen[day] == nil { seen[day] = (key, pair.key.mark) }
            guard let time = d.string(pair.value, key) else { continue }
            guard let (opens, closes) = times(time) else {
                d.error("opening hours for '\(key)' must be HH:MM-HH:MM such as \"09:00-18:00\", found \(d.describe(pair.value))",
                        at: pair.value.mark)
                continue
            }
            guard opens < closes else {
                d.error("opening hours for '\(key)' must open before they close, found \(Echo.quoted(time))", at: pair.value.mark)
                continue
            }
            result.append(Location.Hours(key: key, days: days, opens: opens, closes: closes))
        }
        return result
    }

    static func days(_ key: String, _ mark: Mark, of what: String, names: [String], _ d: NodeDecoder) -> [Location.Weekday]? {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2 else {
            d.error("unknown day \(Echo.quoted(key)) in the hours of \(what); use mon … sun or a range such as mon-fri", at: mark)
            return nil
        }
        var days: [Location.Weekday] = []
        for part in parts {
            guard let day = Location.Weekday(rawValue: part) else {
                d.error("unknown day \(Echo.quoted(part)) in the hours of \(what); use mon … sun or a range such as mon-fri"
                        + Suggestion.hint(for: part, in: names), at: mark)
                return nil
            }
            days.append(day)
        }
        guard days.count == 2 else { return days }
        guard days[0] < days[1] else {
            d.error("the day range '\(key)' in the hours of \(what) must run from an earlier to a later day (mon before sun)", at: mark)
            return nil
        }
        let all = Location.Weekday.allCases
        return Array(all[all.firstIndex(of: days[0])!...all.firstIndex(of: days[1])!])
    }

    /// `HH:MM-HH:MM` as minutes after midnight, or nil when malformed.
    public static func times(_ text: String) -> (Int, Int)? {
        guard let pattern = try? Regex(hoursPattern), text.wholeMatch(of: pattern) != nil else { return nil }
        let digits = text.split(whereSeparator: { $0 == ":" || $0 == "-" }).compactMap { Int($0) }
        guard digits.count == 4 else { return nil }
        return (digits[0] * 60 + digits[1], digits[2] * 60 + digits[3])
    }
}
