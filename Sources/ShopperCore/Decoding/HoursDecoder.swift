import Foundation
import YAMLKit

/// Working hours as the locations registry and scenarios write them: `hours`
/// (`{mon-fri: "09:00-18:00", sat: "10:00-14:00"}`, several intervals a day allowed:
/// `"09:00-13:00, 14:00-18:00"`), `timezone` (an IANA name) and `holidays` (dates).
public enum HoursDecoder {
    /// One interval: `HH:MM-HH:MM`, opening from 00:00 to 23:59, closing up to 24:00.
    static let intervalPattern = "([01][0-9]|2[0-3]):[0-5][0-9]-(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)"
    /// One interval or several separated by commas (`09:00-13:00, 14:00-18:00`).
    public static let hoursPattern = "^\(intervalPattern)( *, *\(intervalPattern))*$"
    /// A weekday (`mon`) or a range of weekdays (`mon-fri`).
    public static let dayKeyPattern = "^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$"

    /// Whether a text is an IANA time zone name that Foundation knows (`Europe/Moscow`, `UTC`,
    /// `EST5EDT`, `Etc/GMT-3`). Foundation also accepts forms like `GMT+3`, which are not names
    /// (it loads them as `GMT+0300`) and are refused here. Its list of known names lacks some
    /// current ones (`Asia/Kolkata`, listed only under the old `Asia/Calcutta`; `EST5EDT`, `CET`),
    /// so a name that Foundation loads as itself counts too, unless it is such an offset
    /// (`GMT+0300` loads as itself).
    public static func isTimeZone(_ name: String) -> Bool {
        guard let zone = TimeZone(identifier: name) else { return false }
        if name == "UTC" || TimeZone.knownTimeZoneIdentifiers.contains(name) { return true }
        return zone.identifier == name && offset(name) == nil
    }

    /// The offset from UTC in hours and minutes written by `GMT+3`, `UTC-03:00`, `+0530` (a
    /// fixed offset, not a time zone name); nil for anything else.
    static func offset(_ text: String) -> (sign: Int, hours: Int, minutes: Int)? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        for prefix in ["GMT", "UTC", "gmt", "utc"] where rest.hasPrefix(prefix) { rest = rest.dropFirst(prefix.count); break }
        rest = rest.drop { $0 == " " }
        guard let signCharacter = rest.first, signCharacter == "+" || signCharacter == "-" else { return nil }
        let digits = rest.dropFirst().split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(digits.count), digits.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        var hours: Int, minutes = 0
        if digits.count == 2 {
            guard digits[0].count <= 2, digits[1].count == 2, let h = Int(digits[0]), let m = Int(digits[1]) else { return nil }
            (hours, minutes) = (h, m)
        } else if digits[0].count <= 2, let h = Int(digits[0]) {
            hours = h
        } else if digits[0].count == 4, let hm = Int(digits[0]) {
            (hours, minutes) = (hm / 100, hm % 100)
        } else {
            return nil
        }
        guard hours <= 23, minutes <= 59 else { return nil }
        return (signCharacter == "+" ? 1 : -1, hours, minutes)
    }

    /// What to say after "unknown time zone 'X'": for a fixed offset in whole hours, the tzdata
    /// name of that offset (whose sign is reversed: `Etc/GMT-3` is 3 hours ahead of UTC), never
    /// a zone of another offset; else the nearest known name, or an example.
    static func timezoneHint(_ value: String) -> String {
        let place = "the name of a place (Area/City) is better: it follows the place's changes of offset"
        if let (sign, hours, minutes) = offset(value) {
            if hours == 0 && minutes == 0 { return "; a fixed offset is not a time zone name: did you mean 'UTC'?" }
            let etc = "Etc/GMT\(sign > 0 ? "-" : "+")\(hours)"
            guard minutes == 0, sign > 0 ? hours <= 14 : hours <= 12, TimeZone(identifier: etc) != nil else {
                return "; a fixed offset is not a time zone name: use the IANA name (Area/City) of a place with that offset"
            }
            return "; a fixed offset is not a time zone name: did you mean '\(etc)'? (tzdata writes the sign the other way: "
                + "\(etc) is \(hours) hour\(hours == 1 ? "" : "s") \(sign > 0 ? "ahead of" : "behind") UTC); \(place)"
        }
        let hint = Suggestion.hint(for: value, in: TimeZone.knownTimeZoneIdentifiers)
        return hint.isEmpty ? "; use an IANA name such as 'Europe/Berlin'" : hint
    }

    static func timezone(_ node: Node?, _ d: NodeDecoder) -> String? {
        guard let node, let value = d.string(node, "timezone") else { return nil }
        guard isTimeZone(value) else {
            d.error("unknown time zone \(Echo.quoted(value))" + timezoneHint(value), at: node.mark)
            return nil
        }
        return value
    }

    /// Holidays: a list of `YYYY-MM-DD` dates that exist, none twice.
    static func holidays(_ node: Node?, _ d: NodeDecoder) -> [CalendarDate]? {
        guard let items = d.list(node, "holidays") else { return nil }
        var result: [CalendarDate] = []
        var marks: [(String, Mark)] = []
        for item in items {
            guard let text = d.string(item, "holidays") else { continue }
            // CalendarDate reads exactly YYYY-MM-DD (the shape of `CalendarDate.pattern`) and knows month lengths.
            guard let date = CalendarDate(parsing: text) else {
                d.error("holidays must be dates that exist, written YYYY-MM-DD, in the years 1970 to 9999, such as 2026-12-31; found \(d.describe(item))", at: item.mark)
                continue
            }
            result.append(date)
            marks.append((date.description, item.mark))
        }
        d.checkUnique(marks, what: "holiday")
        return result
    }

    /// Opening hours: weekday or weekday-range keys to `HH:MM-HH:MM` intervals; no day in two keys.
    static func hours(_ node: Node, of what: String, _ d: NodeDecoder) -> [Location.Hours] {
        guard let pairs = node.mapping else {
            d.error("expected 'hours' to be a mapping of weekdays to times such as {mon-fri: \"09:00-18:00\"}, found \(node.kindDescription)",
                    at: node.mark)
            return []
        }
        // `hours: {}` would be no working time at all: a `clock: working` wait could count nothing,
        // and a location's empty hours would silently fall back to the scenario's.
        if pairs.isEmpty {
            d.error("the hours of \(what) name no open day: a schedule with no open hours cannot count working time; "
                    + "give days such as {mon-fri: \"09:00-18:00\"}, or leave 'hours' out", at: node.mark)
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
            guard let intervals = intervals(time) else {
                d.error("opening hours for '\(key)' must be HH:MM-HH:MM such as \"09:00-18:00\" (or several: \"09:00-13:00, 14:00-18:00\"), found \(d.describe(pair.value))",
                        at: pair.value.mark)
                continue
            }
            if let wrong = intervals.first(where: { $0.opens >= $0.closes }) {
                d.error("opening hours for '\(key)' must open before they close, found \(Echo.quoted(text(wrong)))", at: pair.value.mark)
                continue
            }
            if let index = intervals.indices.dropFirst().first(where: { intervals[$0].opens < intervals[$0 - 1].closes }) {
                d.error("opening hours for '\(key)' must be in time order without overlapping: \(Echo.quoted(text(intervals[index])))"
                        + " starts before \(Echo.quoted(text(intervals[index - 1]))) ends", at: pair.value.mark)
                continue
            }
            result.append(Location.Hours(key: key, days: days, intervals: intervals))
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

    /// `HH:MM-HH:MM[, HH:MM-HH:MM …]` as intervals in minutes after midnight, as written (not yet
    /// checked for order), or nil when malformed.
    public static func intervals(_ text: String) -> [Location.Hours.Interval]? {
        guard let pattern = try? Regex(hoursPattern), text.wholeMatch(of: pattern) != nil else { return nil }
        let digits = text.split(whereSeparator: { $0 == ":" || $0 == "-" || $0 == "," || $0 == " " }).compactMap { Int($0) }
        guard !digits.isEmpty, digits.count % 4 == 0 else { return nil }
        return stride(from: 0, to: digits.count, by: 4).map {
            .init(opens: digits[$0] * 60 + digits[$0 + 1], closes: digits[$0 + 2] * 60 + digits[$0 + 3])
        }
    }

    static func text(_ i: Location.Hours.Interval) -> String {
        func hm(_ m: Int) -> String {
            let h = m / 60, mm = m % 60
            return (h < 10 ? "0" : "") + "\(h):" + (mm < 10 ? "0" : "") + "\(mm)"
        }
        return "\(hm(i.opens))-\(hm(i.closes))"
    }
}
