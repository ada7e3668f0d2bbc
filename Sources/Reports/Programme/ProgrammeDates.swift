import Foundation
import ShopperCore

/// The dates and weeks `touchpoints`, `weekly` and `action` take on the command line: one range
/// for both, the days of `RunLimits.years` (1970-01-01 to 9999-12-31); a week is taken when all
/// its days are in it. The problems are worded for an `error: --OPTION: …` line.
public enum ProgrammeDates {
    public static let first = CalendarDate(days: CalendarDate.days(year: RunLimits.years.lowerBound, month: 1, day: 1))
    public static let last = CalendarDate(days: CalendarDate.days(year: RunLimits.years.upperBound, month: 12, day: 31))

    /// The first and last weeks whose seven days all lie in `first`…`last`.
    public static var firstWeek: Period {
        let week = Period(containing: date(first), unit: .week)
        return Programme.day(of: week.start) < first ? week.next : week
    }
    public static var lastWeek: Period {
        let week = Period(containing: date(last), unit: .week)
        return Programme.day(of: week.end).adding(days: -1) > last ? week.previous : week
    }

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// `YYYY-MM-DD` naming a real day from `first` to `last`.
    public static func date(parsing text: String) -> Result<CalendarDate, Problem> {
        if let day = CalendarDate(parsing: text) { return .success(day) }
        let b = Array(text.utf8)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { $0 < b.count && (48...57).contains(b[$0]) }
        guard b.count == 10, b[4] == 45, b[7] == 45, digits, let year = Int(text.prefix(4)) else {
            return .failure(Problem(message: "expected a date written YYYY-MM-DD, such as 2026-11-30, found \(quoted(text))"))
        }
        guard RunLimits.years.contains(year) else {
            return .failure(Problem(message: "\(quoted(text)) is outside the dates shopper takes, \(first) to \(last)"))
        }
        return .failure(Problem(message: "there is no day \(quoted(text)) in the calendar (month 01 to 12, day within the month)"))
    }

    /// `YYYY-Www`, an ISO week from `firstWeek` to `lastWeek`.
    public static func week(parsing text: String) -> Result<Period, Problem> {
        let shape = text.utf8.count == 8 && text.dropFirst(4).hasPrefix("-W") && text.prefix(4).allSatisfy(\.isASCII)
            && text.prefix(4).allSatisfy(\.isNumber) && text.suffix(2).allSatisfy { $0.isASCII && $0.isNumber }
        guard shape else {
            return .failure(Problem(message: "expected an ISO week written YYYY-Www, such as 2026-W48, found \(quoted(text))"))
        }
        let range = "\(firstWeek) (\(Programme.day(of: firstWeek.start))) to \(lastWeek) (ending \(Programme.day(of: lastWeek.end).adding(days: -1)))"
        guard let year = Int(text.prefix(4)), RunLimits.years.contains(year) else {
            return .failure(Problem(message: "\(quoted(text)) is outside the weeks shopper takes, \(range)"))
        }
        guard let week = Period(parsing: text), week.unit == .week else {
            return .failure(Problem(message: "\(year) has weeks 01 to \(CivilDay.isoWeeksInYear(year)), found \(quoted(text))"))
        }
        guard week >= firstWeek, week <= lastWeek else {
            return .failure(Problem(message: "\(quoted(text)) is outside the weeks shopper takes, \(range)"))
        }
        return .success(week)
    }

    static func date(_ day: CalendarDate) -> Date { Date(timeIntervalSince1970: Double(day.days) * 86_400) }
    static func quoted(_ text: String) -> String { Echo.quoted(text) }
}
