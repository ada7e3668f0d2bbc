import Foundation
import Testing
import Reports

/// Expected ISO weeks from Python's `datetime.date.isocalendar()`; timestamps from
/// `datetime.datetime(..., tzinfo=timezone.utc).timestamp()`.
struct PeriodTests {
    private func utc(_ year: Int, _ month: Int, _ day: Int, hour: Int = 12) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour))!
    }

    @Test(arguments: [
        ((2026, 12, 31), "2026-W53"),  // Thursday
        ((2027, 1, 1), "2026-W53"),  // Friday, still in 2026's last week
        ((2024, 12, 30), "2025-W01"),  // Monday, first week of 2025
        ((2025, 12, 29), "2026-W01"),
        ((2026, 11, 18), "2026-W47"),
        ((2021, 1, 3), "2020-W53"),  // Sunday
        ((2021, 1, 4), "2021-W01"),
    ])
    func isoWeekUsesWeekYear(day: (Int, Int, Int), label: String) {
        let period = Period(containing: utc(day.0, day.1, day.2), unit: .week)
        #expect(period.label == label)
    }

    @Test func monthAndQuarterLabels() {
        let date = utc(2026, 11, 18)
        #expect(Period(containing: date, unit: .month).label == "2026-11")
        #expect(Period(containing: date, unit: .quarter).label == "2026-Q4")
        #expect(Period(containing: utc(2026, 3, 31), unit: .quarter).label == "2026-Q1")
        #expect(Period(containing: utc(2026, 4, 1), unit: .quarter).label == "2026-Q2")
        #expect(Period(containing: utc(812, 2, 1), unit: .month).label == "0812-02")
    }

    @Test func boundariesAreUTC() {
        // 2026-12-31T23:59:59Z = 1798761599; 2027-01-01T00:00:00Z = 1798761600
        let lastSecond = Date(timeIntervalSince1970: 1_798_761_599)
        let firstSecond = Date(timeIntervalSince1970: 1_798_761_600)
        #expect(Period(containing: lastSecond, unit: .month).label == "2026-12")
        #expect(Period(containing: firstSecond, unit: .month).label == "2027-01")
        #expect(Period(containing: firstSecond, unit: .quarter).label == "2027-Q1")
    }

    @Test func weekStartAndEnd() throws {
        let week = try #require(Period(parsing: "2026-W53"))
        // 2026-12-28T00:00:00Z = 1798416000; 2027-01-04T00:00:00Z = 1799020800
        #expect(week.start == Date(timeIntervalSince1970: 1_798_416_000))
        #expect(week.end == Date(timeIntervalSince1970: 1_799_020_800))
        #expect(week.contains(utc(2027, 1, 3, hour: 23)))
        #expect(!week.contains(utc(2027, 1, 4, hour: 0)))
    }

    @Test func monthAndQuarterStartAndEnd() throws {
        let december = try #require(Period(parsing: "2026-12"))
        #expect(december.start == utc(2026, 12, 1, hour: 0))
        #expect(december.end == utc(2027, 1, 1, hour: 0))
        let february = try #require(Period(parsing: "2024-02"))
        #expect(february.end == utc(2024, 3, 1, hour: 0))
        let q3 = try #require(Period(parsing: "2026-Q3"))
        #expect(q3.start == utc(2026, 7, 1, hour: 0))
        #expect(q3.end == utc(2026, 10, 1, hour: 0))
    }

    @Test func previousCrossesYears() throws {
        #expect(try #require(Period(parsing: "2027-W01")).previous.label == "2026-W53")
        #expect(try #require(Period(parsing: "2026-W01")).previous.label == "2025-W52")
        #expect(try #require(Period(parsing: "2027-01")).previous.label == "2026-12")
        #expect(try #require(Period(parsing: "2027-Q1")).previous.label == "2026-Q4")
        #expect(try #require(Period(parsing: "2026-W53")).next.label == "2027-W01")
    }

    @Test(arguments: ["2026-W47", "2026-W01", "2026-W53", "2026-11", "2026-01", "2026-Q4"])
    func parsingRoundTrips(label: String) throws {
        let period = try #require(Period(parsing: label))
        #expect(period.label == label)
        #expect(Period(containing: period.start, unit: period.unit) == period)
        #expect(Period(containing: period.end.addingTimeInterval(-1), unit: period.unit) == period)
    }

    @Test(arguments: [
        "2025-W53",  // 2025 has 52 ISO weeks
        "2026-W00", "2026-W54", "2026-W1", "2026-13", "2026-00", "2026-Q5", "2026-Q0",
        "2026-q4", "2026-w47", "26-11", "2026-11-01", "2026", "", "2026-1", "२०२६-11",
    ])
    func parsingRejectsMalformedLabels(label: String) {
        #expect(Period(parsing: label) == nil)
    }

    @Test func weekYearsHaveFiftyTwoOrFiftyThreeWeeks() {
        // date(y, 12, 28).isocalendar().week: 2020 → 53, 2021 → 52, 2026 → 53, 2027 → 52
        #expect(Period(unit: .week, year: 2020, number: 53) != nil)
        #expect(Period(unit: .week, year: 2021, number: 53) == nil)
        #expect(Period(unit: .week, year: 2026, number: 53) != nil)
        #expect(Period(unit: .week, year: 2027, number: 53) == nil)
    }

    @Test func ordersChronologically() throws {
        let labels = ["2026-W02", "2025-W52", "2026-W01", "2026-W53"]
        let sorted = try labels.map { try #require(Period(parsing: $0)) }.sorted().map(\.label)
        #expect(sorted == ["2025-W52", "2026-W01", "2026-W02", "2026-W53"])
        let months = try ["2026-10", "2025-12", "2026-02"].map { try #require(Period(parsing: $0)) }
        #expect(months.sorted().map(\.label) == ["2025-12", "2026-02", "2026-10"])
    }
}
