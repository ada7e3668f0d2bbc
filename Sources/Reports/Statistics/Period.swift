import Foundation

/// A reporting period in UTC: an ISO week (`2026-W47`), a month (`2026-11`) or a quarter
/// (`2026-Q4`). Weeks use the ISO week-year, so 2027-01-01 is in `2026-W53` and
/// 2024-12-30 is in `2025-W01`.
///
/// Periods order by start, then by unit (week < month < quarter) when two start together;
/// within one unit that is chronological order.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let unit: PeriodUnit
    /// The calendar year, or the ISO week-year for weeks.
    public let year: Int
    /// Week 1…52/53, month 1…12 or quarter 1…4.
    public let number: Int

    /// Nil when `number` is out of range for the unit and year, or the year is not 1…9999.
    public init?(unit: PeriodUnit, year: Int, number: Int) {
        guard (1...9999).contains(year) else { return nil }
        let highest = switch unit {
        case .week: CivilDay.isoWeeksInYear(year)
        case .month: 12
        case .quarter: 4
        }
        guard (1...highest).contains(number) else { return nil }
        self.unit = unit
        self.year = year
        self.number = number
    }

    /// The period of `unit` that contains `date`, in UTC.
    public init(containing date: Date, unit: PeriodUnit) {
        let days = Int((date.timeIntervalSince1970 / 86_400).rounded(.down))
        self.unit = unit
        switch unit {
        case .week:
            (year, number) = CivilDay.isoWeek(days: days)
        case .month:
            let civil = CivilDay.date(days: days)
            (year, number) = (civil.year, civil.month)
        case .quarter:
            let civil = CivilDay.date(days: days)
            (year, number) = (civil.year, (civil.month - 1) / 3 + 1)
        }
    }

    /// Parses `YYYY-Www`, `YYYY-MM` or `YYYY-Qn` (exact digit counts, upper-case W and Q).
    public init?(parsing label: String) {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Self.digits(parts[0]) else {
            return nil
        }
        let rest = parts[1]
        if rest.first == "W", rest.count == 3, let week = Self.digits(rest.dropFirst()) {
            self.init(unit: .week, year: year, number: week)
        } else if rest.first == "Q", rest.count == 2, let quarter = Self.digits(rest.dropFirst()) {
            self.init(unit: .quarter, year: year, number: quarter)
        } else if rest.count == 2, let month = Self.digits(rest) {
            self.init(unit: .month, year: year, number: month)
        } else {
            return nil
        }
    }

    /// `2026-W47`, `2026-11` or `2026-Q4`.
    public var label: String {
        let yearText = Self.padded(year, width: 4)
        return switch unit {
        case .week: "\(yearText)-W\(Self.padded(number, width: 2))"
        case .month: "\(yearText)-\(Self.padded(number, width: 2))"
        case .quarter: "\(yearText)-Q\(number)"
        }
    }

    public var description: String { label }

    /// The first instant of the period (00:00 UTC of its first day).
    public var start: Date { Self.date(days: startDay) }

    /// The first instant after the period: the `start` of `next`. Periods are half-open,
    /// [start, end).
    public var end: Date { Self.date(days: endDay) }

    /// The period of the same unit just before this one.
    public var previous: Period { Period(containingDay: startDay - 1, unit: unit) }

    /// The period of the same unit just after this one.
    public var next: Period { Period(containingDay: endDay, unit: unit) }

    /// Whether `date` falls in [start, end).
    public func contains(_ date: Date) -> Bool { date >= start && date < end }

    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.startDay, lhs.unit) < (rhs.startDay, rhs.unit)
    }

    // MARK: Private

    private init(containingDay days: Int, unit: PeriodUnit) {
        self.init(containing: Self.date(days: days), unit: unit)
    }

    private var startDay: Int {
        switch unit {
        case .week: CivilDay.isoWeekOneMonday(year: year) + 7 * (number - 1)
        case .month: CivilDay.days(year: year, month: number, day: 1)
        case .quarter: CivilDay.days(year: year, month: 3 * (number - 1) + 1, day: 1)
        }
    }

    private var endDay: Int {
        switch unit {
        case .week:
            return startDay + 7
        case .month:
            return number == 12
                ? CivilDay.days(year: year + 1, month: 1, day: 1)
                : CivilDay.days(year: year, month: number + 1, day: 1)
        case .quarter:
            return number == 4
                ? CivilDay.days(year: year + 1, month: 1, day: 1)
                : CivilDay.days(year: year, month: 3 * number + 1, day: 1)
        }
    }

    private static func date(days: Int) -> Date {
        Date(timeIntervalSince1970: Double(days) * 86_400)
    }

    private static func digits(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    private static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
