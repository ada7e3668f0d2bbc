/// Proleptic Gregorian date arithmetic on days since 1970-01-01 (UTC), after Howard
/// Hinnant's `days_from_civil` / `civil_from_days` algorithms. Pure integer arithmetic,
/// so period bucketing does not depend on `Calendar` or the host's time zone.
enum CivilDay {
    /// Days since 1970-01-01 of the given date (month 1…12, day 1…31).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count.
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
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
