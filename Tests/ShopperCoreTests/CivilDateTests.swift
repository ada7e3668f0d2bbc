import Foundation
import Testing
import ShopperCore

@Suite struct CivilDateTests {
    @Test func parsesOnlyDatesThatExist() {
        #expect(CivilDate("2026-12-31")?.description == "2026-12-31")
        #expect(CivilDate("2024-02-29") != nil)
        for bad in ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "26-01-01", "2026/01/01", "0000-01-01", "２０２６-01-01", ""] {
            #expect(CivilDate(bad) == nil, "\(bad)")
        }
    }

    @Test func daysAgreeWithFoundationsGregorianCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for text in ["1970-01-01", "1969-12-31", "2000-02-29", "2026-11-30", "1900-03-01", "9999-12-31", "1600-03-01"] {
            let date = CivilDate(text)!
            let parts = DateComponents(year: date.year, month: date.month, day: date.day)
            let seconds = calendar.date(from: parts)!.timeIntervalSince1970
            #expect(Double(date.days) * 86400 == seconds, "\(text)")
            #expect(CivilDate(days: date.days) == date)
        }
        // Foundation's calendar is Julian before 1582; Python's datetime(1, 1, 1, tzinfo=utc).timestamp().
        #expect(CivilDate("0001-01-01")!.days * 86400 == -62_135_596_800)
        #expect(CivilDate.weekday(days: CivilDate("2026-11-30")!.days) == .mon)
        #expect(CivilDate.weekday(days: CivilDate("1969-12-28")!.days) == .sun)
    }
}
