/// A calendar date without a time or a zone (`2026-11-23`), as the touchpoints registry writes
/// assessment, due and done dates and scenarios their holidays. Day arithmetic is pure integer arithmetic on days since 1970-01-01 (Howard
/// Hinnant's `days_from_civil` / `civil_from_days`), independent of `Calendar` and the time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let days: Int

    /// The shape of `YYYY-MM-DD` as JSON Schemas state it; whether the date exists (and lies in
    /// the years `init(parsing:)` takes) is for `shopper check` to say.
    public static let pattern = "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"

    public init(days: Int) {
        self.days = days
    }

    /// Nil unless year, month and day make a real date in `RunLimits.years`.
    public init?(year: Int, month: Int, day: Int) {
        guard RunLimits.years.contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        days = Self.days(year: year, month: month, day: day)
    }

    /// Nil unless `text` is exactly `YYYY-MM-DD` naming a real date.
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == 45, b[7] == 45 else { return nil }
        func num(_ range: Range<Int>) -> Int? {
            var v = 0
            for i in range {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public var year: Int { Self.civil(days).year }
    public var month: Int { Self.civil(days).month }
    public var day: Int { Self.civil(days).day }

    public var description: String {
        let c = Self.civil(days)
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: max(0, n - String(v).count)) + String(v) }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    public static func < (a: CalendarDate, b: CalendarDate) -> Bool { a.days < b.days }

    public func adding(days n: Int) -> CalendarDate { CalendarDate(days: days + n) }

    /// The same day `n` months later, or the month's last day when it is shorter (31 January + 1
    /// month = 28 or 29 February).
    public func adding(months n: Int) -> CalendarDate {
        let c = Self.civil(days)
        let total = c.year * 12 + (c.month - 1) + n
        let year = total >= 0 ? total / 12 : (total - 11) / 12
        let month = total - year * 12 + 1
        return CalendarDate(days: Self.days(year: year, month: month, day: min(c.day, Self.daysIn(month: month, year: year))))
    }

    /// ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
    /// The weekday of a count of days since 1970-01-01 (a Thursday), as opening hours name it.
    public static func weekday(days: Int) -> Location.Weekday {
        let r = (days + 3) % 7
        return Location.Weekday.allCases[r < 0 ? r + 7 : r]
    }

    public var isoWeekday: Int {
        let r = (days + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (month 1…12, day 1…31), any year.
    public static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01, any year.
    public static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
