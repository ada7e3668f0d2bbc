import Foundation
import Testing
import ShopperCore

/// `CalendarDate` as holidays use it: exact `YYYY-MM-DD` dates that exist, days that agree with
/// Foundation's Gregorian calendar, and weekdays.
@Suite struct CalendarDateWeekdayTests {
    @Test func parsesOnlyDatesThatExist() {
        #expect(CalendarDate(parsing: "2026-12-31")?.description == "2026-12-31")
        #expect(CalendarDate(parsing: "2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "0000-01-01", "２０２６-01-01", ""] {
            #expect(CalendarDate(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test func daysAgreeWithFoundationsGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for text in ["1970-01-01", "2000-02-29", "2026-11-30", "2100-03-01", "9999-12-31"] {
            let date = CalendarDate(parsing: text)!
            let parts = DateComponents(year: date.year, month: date.month, day: date.day)
            let seconds = calendar.date(from: parts)!.timeIntervalSince1970
            #expect(Double(date.days) * 86400 == seconds, "\(text)")
            #expect(CalendarDate(days: date.days) == date)
        }
        #expect(CalendarDate.weekday(days: CalendarDate(parsing: "2026-11-30")!.days) == .mon)
        #expect(CalendarDate.weekday(days: CalendarDate(parsing: "1970-01-04")!.days) == .sun)
        #expect(CalendarDate.weekday(days: -4) == .sun)  // 1969-12-28, before the epoch
    }
}
