import Foundation
import Testing
import YAMLKit
@testable import ShopperCore

/// `WorkingHours` against an independent implementation: `reference/working_hours_reference.py`
/// sums working time minute by minute with Python's zoneinfo over 200 random intervals (a third
/// of them around nights the clocks change, in eight zones, with holidays and lunch breaks) and
/// wrote `reference/working_hours_cases.json`. The schedules are read through the locations
/// decoder, so the `hours` form is exercised too.
@Suite struct WorkingHoursReferenceTests {
    struct Case: Decodable {
        struct Reach: Decodable {
            var working: Double
            var instant: Double
        }
        var zone: String
        var hours: [String: String]
        var holidays: [String]
        var start: Double
        var end: Double
        var seconds: Double
        var reach: Reach?
    }

    struct File: Decodable {
        var cases: [Case]
    }

    static func cases() throws -> [Case] {
        let url = PackagePaths.file("Tests/ShopperCoreTests/reference/working_hours_cases.json")
        return try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).cases
    }

    /// The schedule as a locations file would write it, decoded by `LocationsDecoder`.
    static func hours(_ c: Case) throws -> [Location.Hours] {
        let pairs = c.hours.sorted { $0.key < $1.key }.map { "\($0.key): \"\($0.value)\"" }.joined(separator: ", ")
        let text = "locations:\n  - {id: x, name: x, timezone: \(c.zone), hours: {\(pairs)}}\n"
        let node = try #require(try YAMLParser().parse(bytes: Array(text.utf8)))
        let (registry, diagnostics) = LocationsDecoder.decode(node)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        return try #require(registry?["x"]?.hours)
    }

    @Test func twoHundredRandomCasesMatchMinuteByMinuteSummation() throws {
        let cases = try Self.cases()
        #expect(cases.count == 200)
        var reached = 0
        for c in cases {
            let h = WorkingHours(hours: try Self.hours(c), timeZone: try #require(TimeZone(identifier: c.zone)),
                                 holidays: try c.holidays.map { try #require(CalendarDate(parsing: $0)) })
            let start = Date(timeIntervalSince1970: c.start), end = Date(timeIntervalSince1970: c.end)
            #expect(h.seconds(from: start, to: end) == c.seconds, "\(c.zone) \(c.hours) \(c.start)…\(c.end)")
            if let r = c.reach {
                reached += 1
                #expect(h.instant(after: start, working: r.working)?.timeIntervalSince1970 == r.instant,
                        "\(c.zone) \(c.hours) \(c.start) + \(r.working)")
            }
        }
        #expect(reached == 100)
    }
}
