import Foundation
import Testing
@testable import ShopperCore

/// `WorkingHours`: hand-worked cases (the examples, the nights clocks change, holidays,
/// the turn of the year, lunch breaks) and its totality. `WorkingHoursReferenceTests` checks
/// 200 random cases against an independent minute-by-minute implementation.
@Suite struct WorkingHoursTests {
    static let weekdays: [Location.Weekday] = [.mon, .tue, .wed, .thu, .fri]

    static func schedule(_ hours: [Location.Hours], _ zone: String, holidays: [String] = []) -> WorkingHours {
        WorkingHours(hours: hours, timeZone: TimeZone(identifier: zone)!, holidays: holidays.map { CalendarDate(parsing: $0)! })
    }

    static let officeHours = [Location.Hours(key: "mon-fri", days: weekdays, opens: 9 * 60, closes: 18 * 60)]
    static let allDay = [Location.Hours(key: "mon-sun", days: Location.Weekday.allCases, opens: 0, closes: 1440)]

    /// An instant from a local wall-clock reading in a zone (`2026-11-27 17:00`), unambiguous in the cases used.
    static func at(_ text: String, _ zone: String) -> Date {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: zone)!
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.date(from: text)!
    }

    @Test func fridayFivePMToMondayTenAMIsTwoHours() {
        let h = Self.schedule(Self.officeHours, "Europe/Berlin")
        #expect(h.seconds(from: Self.at("2026-11-27 17:00", "Europe/Berlin"), to: Self.at("2026-11-30 10:00", "Europe/Berlin")) == 2 * 3600)
    }

    @Test func aRequestSentOnSaturdayStartsCountingOnMondayAtNine() {
        let h = Self.schedule(Self.officeHours, "Europe/Berlin")
        let sent = Self.at("2026-11-28 12:00", "Europe/Berlin")
        #expect(h.seconds(from: sent, to: Self.at("2026-11-30 09:00", "Europe/Berlin")) == 0)
        #expect(h.seconds(from: sent, to: Self.at("2026-11-30 09:30", "Europe/Berlin")) == 1800)
        #expect(h.instant(after: sent, working: 3 * 3600) == Self.at("2026-11-30 12:00", "Europe/Berlin"))
        // Three working hours from Friday 16:00: two on Friday, one on Monday.
        #expect(h.instant(after: Self.at("2026-11-27 16:00", "Europe/Berlin"), working: 3 * 3600)
                == Self.at("2026-11-30 10:00", "Europe/Berlin"))
    }

    @Test func theDayBerlinsClocksGoForwardHas23HoursAndTheDayTheyGoBack25() {
        let h = Self.schedule(Self.allDay, "Europe/Berlin")
        // 2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET.
        #expect(h.seconds(from: Self.at("2026-03-29 00:00", "Europe/Berlin"), to: Self.at("2026-03-30 00:00", "Europe/Berlin")) == 23 * 3600)
        #expect(h.seconds(from: Self.at("2026-10-25 00:00", "Europe/Berlin"), to: Self.at("2026-10-26 00:00", "Europe/Berlin")) == 25 * 3600)
        // An hour that covers the change: the skipped hour is not worked, the repeated one twice.
        let night = Self.schedule([Location.Hours(key: "sun", days: [.sun], opens: 120, closes: 180)], "Europe/Berlin")
        let week = (Self.at("2026-03-23 00:00", "Europe/Berlin"), Self.at("2026-04-06 00:00", "Europe/Berlin"))
        #expect(night.seconds(from: week.0, to: week.1) == 3600)  // 29 March: none; 5 April: one hour
        #expect(night.seconds(from: Self.at("2026-10-24 00:00", "Europe/Berlin"), to: Self.at("2026-10-26 00:00", "Europe/Berlin")) == 7200)
        // Office hours are untouched by a change at night: Friday 17:00 to Monday 10:00 is still 2 h.
        let office = Self.schedule(Self.officeHours, "Europe/Berlin")
        #expect(office.seconds(from: Self.at("2026-03-27 17:00", "Europe/Berlin"), to: Self.at("2026-03-30 10:00", "Europe/Berlin")) == 7200)
        #expect(office.seconds(from: Self.at("2026-10-23 17:00", "Europe/Berlin"), to: Self.at("2026-10-26 10:00", "Europe/Berlin")) == 7200)
    }

    @Test func moscowHasKeptOneOffsetSince2014() {
        let h = Self.schedule(Self.allDay, "Europe/Moscow")
        // The nights Berlin changes, Moscow does not.
        #expect(h.seconds(from: Self.at("2026-03-29 00:00", "Europe/Moscow"), to: Self.at("2026-03-30 00:00", "Europe/Moscow")) == 24 * 3600)
        #expect(h.seconds(from: Self.at("2026-10-25 00:00", "Europe/Moscow"), to: Self.at("2026-10-26 00:00", "Europe/Moscow")) == 24 * 3600)
        // 2011-03-27: +03 → +04 for good (23 h); 2014-10-26: +04 → +03 (25 h).
        #expect(h.seconds(from: Self.at("2011-03-27 00:00", "Europe/Moscow"), to: Self.at("2011-03-28 00:00", "Europe/Moscow")) == 23 * 3600)
        #expect(h.seconds(from: Self.at("2014-10-26 00:00", "Europe/Moscow"), to: Self.at("2014-10-27 00:00", "Europe/Moscow")) == 25 * 3600)
        // No change from 2015 on: a whole year of all-day hours is 365 days.
        #expect(h.seconds(from: Self.at("2025-01-01 00:00", "Europe/Moscow"), to: Self.at("2026-01-01 00:00", "Europe/Moscow")) == 365 * 86400)
    }

    @Test func holidaysAreClosedAndTheYearTurnsAtLocalMidnight() {
        let zone = "Europe/Berlin"
        let h = Self.schedule(Self.officeHours, zone, holidays: ["2026-12-31", "2027-01-01"])
        // Wednesday 17:00 to Monday 10:00: 1 h on Wednesday, Thursday and Friday are holidays, 1 h on Monday.
        #expect(h.seconds(from: Self.at("2026-12-30 17:00", zone), to: Self.at("2027-01-04 10:00", zone)) == 2 * 3600)
        #expect(h.instant(after: Self.at("2026-12-30 17:00", zone), working: 3 * 3600) == Self.at("2027-01-04 11:00", zone))
        let night = (Self.at("2026-12-31 22:00", zone), Self.at("2027-01-01 02:00", zone))
        #expect(Self.schedule(Self.allDay, zone).seconds(from: night.0, to: night.1) == 4 * 3600)
        #expect(Self.schedule(Self.allDay, zone, holidays: ["2027-01-01"]).seconds(from: night.0, to: night.1) == 2 * 3600)
        // The holiday is the date in the schedule's zone: in Moscow the new year starts two hours earlier.
        let moscow = Self.schedule(Self.allDay, "Europe/Moscow", holidays: ["2027-01-01"])
        #expect(moscow.seconds(from: night.0, to: night.1) == 0)
    }

    @Test func severalIntervalsADayLeaveTheBreakOut() {
        let lunch = [Location.Hours(key: "mon-fri", days: Self.weekdays,
                                    intervals: [.init(opens: 540, closes: 780), .init(opens: 840, closes: 1080)])]
        let h = Self.schedule(lunch, "Europe/Moscow")
        #expect(h.seconds(from: Self.at("2026-11-30 12:00", "Europe/Moscow"), to: Self.at("2026-11-30 15:00", "Europe/Moscow")) == 7200)
        #expect(h.seconds(from: Self.at("2026-11-30 00:00", "Europe/Moscow"), to: Self.at("2026-12-07 00:00", "Europe/Moscow")) == 5 * 8 * 3600)
        // An hour from 12:30: half before lunch, half after it.
        #expect(h.instant(after: Self.at("2026-11-30 12:30", "Europe/Moscow"), working: 3600) == Self.at("2026-11-30 14:30", "Europe/Moscow"))
    }

    @Test func partsOfSecondsAreKept() {
        let h = Self.schedule(Self.allDay, "UTC")
        let start = Date(timeIntervalSince1970: 1_700_000_000.25)
        #expect(h.seconds(from: start, to: start.addingTimeInterval(90.5)) == 90.5)
    }

    @Test func isTotal() {
        let h = Self.schedule(Self.officeHours, "Europe/Berlin")
        let a = Self.at("2026-11-30 10:00", "Europe/Berlin")
        #expect(h.seconds(from: a, to: a) == 0)
        #expect(h.seconds(from: a, to: a.addingTimeInterval(-3600)) == 0)
        #expect(h.seconds(from: Date(timeIntervalSince1970: .nan), to: a) == 0)
        #expect(h.seconds(from: Date(timeIntervalSince1970: -.infinity), to: a) == 0)
        #expect(h.instant(after: a, working: 0) == a)
        #expect(h.instant(after: a, working: -1) == nil)
        #expect(h.instant(after: a, working: .nan) == nil)
        #expect(h.instant(after: a, working: .infinity) == nil)
        #expect(Self.schedule([], "UTC").instant(after: a, working: 60) == nil)
        #expect(Self.schedule([], "UTC").seconds(from: a, to: a.addingTimeInterval(1e12)) == 0)
        // Hours out of range from a hand-built value are clipped to the day, not trusted.
        let odd = Self.schedule([Location.Hours(key: "mon", days: [.mon], opens: -60, closes: 2000)], "UTC")
        #expect(odd.seconds(from: Self.at("2026-11-30 00:00", "UTC"), to: Self.at("2026-12-01 06:00", "UTC")) == 86400)
    }

    @Test func instantsBeyondTheCalendarCountAsItsBounds() {
        let h = Self.schedule(Self.officeHours, "Europe/Berlin")
        let all = h.seconds(from: Date(timeIntervalSince1970: -1e300), to: Date(timeIntervalSince1970: 1e300))
        #expect(all.isFinite && all > 0)
        // About 45 h a week over 9999 years, give or take the ends of the range.
        #expect(abs(all - 9999 * 365.2425 / 7 * 45 * 3600) < 2 * 7 * 86400)
        #expect(h.instant(after: Self.at("2026-11-30 10:00", "Europe/Berlin"), working: 1e15) == nil)
    }

    @Test func decadesAreCountedWithoutIteratingMinutes() {
        // 2000–2040 in Berlin: every week has 45 office hours, DST or not; 40 years hold
        // 14610 days, 10436 of them weekdays (counted by the calendar below).
        let h = Self.schedule(Self.officeHours, "Europe/Berlin")
        let start = Self.at("2000-01-01 00:00", "Europe/Berlin"), end = Self.at("2040-01-01 00:00", "Europe/Berlin")
        let from = CalendarDate(year: 2000, month: 1, day: 1)!.days, to = CalendarDate(year: 2040, month: 1, day: 1)!.days
        let weekdays = (from..<to).filter { ![.sat, .sun].contains(CalendarDate.weekday(days: $0)) }.count
        #expect(h.seconds(from: start, to: end) == Double(weekdays * 9 * 3600))
        let late = h.instant(after: start, working: Double(weekdays * 9 * 3600))
        #expect(late == Self.at("2039-12-30 18:00", "Europe/Berlin"))  // the last weekday of 2039 is Friday 30 December
    }
}
