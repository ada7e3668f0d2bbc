import ShopperCore

/// ISO week arithmetic on days since 1970-01-01 (UTC) for report periods, over `CalendarDate`'s
/// day counts (Howard Hinnant's algorithms): pure integer arithmetic, so period bucketing does not
/// depend on `Calendar` or the host's time zone.
enum CivilDay {
    /// Days since 1970-01-01 of the given date (month 1…12, day 1…31).
    static func days(year: Int, month: Int, day: Int) -> Int {
        CalendarDate.days(year: year, month: month, day: day)
    }

    /// The date of a day count.
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        CalendarDate.civil(days)
    }

    /// ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday).
    static func isoWeekday(days: Int) -> Int {
        let r = (days + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The ISO week-year and week number of a day: the week belongs to the year that
    /// holds its Thursday.
    static func isoWeek(days: Int) -> (year: Int, week: Int) {
        let thursday = days + 4 - isoWeekday(days: days)
        let year = date(days: thursday).year
        let week = (thursday - CivilDay.days(year: year, month: 1, day: 1)) / 7 + 1
        return (year, week)
    }

    /// The Monday that starts week 1 of an ISO week-year (the week holding 4 January).
    static func isoWeekOneMonday(year: Int) -> Int {
        let january4 = days(year: year, month: 1, day: 4)
        return january4 - (isoWeekday(days: january4) - 1)
    }

    /// 52 or 53: the week number of 28 December, which is always in the year's last week.
    static func isoWeeksInYear(_ year: Int) -> Int {
        isoWeek(days: days(year: year, month: 12, day: 28)).week
    }
}
