import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// `TouchpointsDecoder`: the programme keys (assessments, actions, review_every) and their errors.
@Suite struct TouchpointsProgrammeDecoderTests {
    func decode(_ text: String) throws -> (TouchpointRegistry?, [Diagnostic]) {
        let node = try #require(try YAMLParser().parse(bytes: Array(text.utf8)))
        return TouchpointsDecoder.decode(node)
    }

    static let head = """
        touchpoints:
          - id: web-pay
            name: Payment
            channel: web
            stage: purchase
            importance: {customer: 5, business: 4}

        """

    @Test func aFullProgrammeDecodes() throws {
        let (registry, diagnostics) = try decode(Self.head + """
                owner: Payments lead
                review_every: 90 days
                assessments:
                  - {score: 6, date: 2026-03-01, by: Workshop}
                  - {score: 8.5, date: 2026-09-14, by: Anna}
                  - {score: 7, date: 2026-05-01, by: Boris}
                actions:
                  - {id: fix-3ds, text: Fix the 3-D Secure loop, due: 2026-11-20, status: doing, barrier: card_declined}
                  - {id: apple-pay, text: Add Apple Pay, owner: Mobile team, status: done, done_on: 2026-11-25}
                  - {id: new-psp, text: Change the provider, status: dropped}
            """)
        #expect(diagnostics == [])
        let t = try #require(registry?["web-pay"])
        #expect(t.reviewEvery == .days(90))
        #expect(t.team == Touchpoint.Assessment(score: 8.5, date: CalendarDate(year: 2026, month: 9, day: 14)!, by: "Anna"))
        #expect(t.actions.map(\.id) == ["fix-3ds", "apple-pay", "new-psp"])
        #expect(t.actions[0].due == CalendarDate(parsing: "2026-11-20") && t.actions[0].owner == nil && t.actions[0].barrier == "card_declined")
        #expect(t.actions[1].owner == "Mobile team" && t.actions[1].doneOn == CalendarDate(parsing: "2026-11-25"))
        #expect(t.actions[2].status == .dropped && !t.actions[2].status.isOpen)
    }

    @Test func theOldShapeStillDecodesWithDefaults() throws {
        let (registry, diagnostics) = try decode(Self.head + "    owner: Payments lead\n")
        #expect(diagnostics == [])
        let t = try #require(registry?["web-pay"])
        #expect(t.owner == "Payments lead" && t.assessments == [] && t.actions == [] && t.reviewEvery == .months(12) && t.team == nil)
    }

    @Test func anOwnerMayBeLeftOutButNotEmpty() throws {
        #expect(try decode(Self.head).0?["web-pay"]?.owner == nil)
        let (registry, diagnostics) = try decode(Self.head + "    owner: \"  \"\n")
        #expect(registry == nil && diagnostics.map(\.message) == ["'owner' must not be empty"])
    }

    @Test func theLaterAssessmentOnTheSameDayCounts() throws {
        let (registry, _) = try decode(Self.head + """
                assessments:
                  - {score: 3, date: 2026-03-01, by: A}
                  - {score: 4, date: 2026-03-01, by: B}
            """)
        #expect(registry?["web-pay"]?.team?.by == "B")
    }

    @Test func problemsArePositionedWithSuggestions() throws {
        let (text, m) = marked(Self.head + """
                review_every: 1️⃣12 monthz
                assessments:
                  - {score: 2️⃣11, date: 3️⃣2026-02-30, by: Team}
                  - 4️⃣{score: 7, date: 2026-02-03}
                actions:
                  - {id: 5️⃣x, text: Fix, status: 6️⃣don}
                  - {id: y, text: Fix, status: 7️⃣done}
                  - {id: 8️⃣x, text: Fix, status: planned, 9️⃣done_on: 2026-01-01, due: 🔟tomorrow}
            """)
        let (registry, diagnostics) = try decode(text)
        #expect(registry == nil)
        #expect(diagnostics.map(\.mark) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"].map { m[$0]! })
        #expect(diagnostics.map(\.message) == [
            "'review_every' must be a whole number of days, weeks, months or years such as 90 days or 12 months, found '12 monthz'",
            "'score' must be from 0 to 10, found '11'",
            "'date' must be a date written YYYY-MM-DD, such as 2026-11-23, found '2026-02-30'",
            "missing required key 'by' in assessment 2 of touchpoint 'web-pay'",
            "'status' must be one of idea, planned, doing, done, dropped; found 'don'; did you mean 'done'?",
            "missing 'done_on' in action 'y' of touchpoint 'web-pay': a done action says when it was done (YYYY-MM-DD)",
            "duplicate action id 'x'",
            "'done_on' is only for done actions; action 'x' of touchpoint 'web-pay' is planned (set status: done, or remove done_on)",
            "'due' must be a date written YYYY-MM-DD, such as 2026-11-23, found 'tomorrow'",
        ])
        #expect(diagnostics[6].notes.first?.mark == m["5️⃣"])
    }

    @Test func unknownActionKeysSuggestTheKnownOne() throws {
        let (registry, diagnostics) = try decode(Self.head + """
                actions:
                  - {id: a, text: T, status: idea, ownr: B}
            """)
        #expect(registry == nil)
        #expect(diagnostics.map(\.message) == ["unknown key 'ownr' in action 'a' of touchpoint 'web-pay'; did you mean 'owner'?"])
    }

    @Test(arguments: [("90 days", Touchpoint.ReviewInterval.days(90)), ("1 day", .days(1)), ("6 weeks", .days(42)),
                      ("12 months", .months(12)), ("2 years", .months(24)), ("9999 years", .months(119_988))])
    func reviewIntervalsParse(_ text: String, _ expected: Touchpoint.ReviewInterval) {
        #expect(Touchpoint.ReviewInterval(parsing: text) == expected)
    }

    @Test(arguments: ["0 days", "012 months", "12  months", "12months", "12 Months", "1 fortnight", "-3 days", "10000 days", "", "12 months "])
    func badReviewIntervalsDoNot(_ text: String) {
        #expect(Touchpoint.ReviewInterval(parsing: text) == nil)
    }
}

/// `CalendarDate`: parsing and month arithmetic, against Foundation's Gregorian calendar.
@Suite struct CalendarDateTests {
    @Test func parsesOnlyRealDates() {
        #expect(CalendarDate(parsing: "2028-02-29")?.description == "2028-02-29")
        for bad in ["2026-02-29", "2026-13-01", "2026-1-01", "2026-01-01T00:00:00Z", "26-01-01", "1969-12-31", "２０２６-01-01"] {
            #expect(CalendarDate(parsing: bad) == nil, "\(bad)")
        }
    }

    /// Past the 28th, a shorter month clamps to its last day (Foundation on Linux rolls over into
    /// the next month instead, so these are worked by hand; the reference script agrees).
    @Test func monthsClampToTheLastDay() {
        let cases = [("2026-01-31", 1, "2026-02-28"), ("2028-01-31", 1, "2028-02-29"), ("2026-03-31", -1, "2026-02-28"),
                     ("2026-08-31", 1, "2026-09-30"), ("2026-12-15", 1, "2027-01-15"), ("2026-01-15", -13, "2024-12-15"),
                     ("2076-08-30", -30, "2074-02-28")]
        for (from, months, to) in cases {
            #expect(CalendarDate(parsing: from)!.adding(months: months).description == to, "\(from) + \(months)")
        }
    }

    @Test func dayCountsAndMonthsAgreeWithFoundation() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let days = Int.random(in: 0...40_000, using: &rng)
            let months = Int.random(in: -30...30, using: &rng)
            let date = CalendarDate(days: days)
            let foundation = Date(timeIntervalSince1970: Double(days) * 86_400)
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: foundation)
            let ours: [Int] = [date.year, date.month, date.day, date.isoWeekday]
            let theirs: [Int] = [c.year!, c.month!, c.day!, (c.weekday! + 5) % 7 + 1]
            #expect(ours == theirs)
            guard date.day <= 28 else { continue }  // clamping: monthsClampToTheLastDay
            let later = try #require(calendar.date(byAdding: .month, value: months, to: foundation))
            let expected = Int(later.timeIntervalSince1970 / 86_400)
            #expect(date.adding(months: months).days == expected, "\(date) + \(months) months")
        }
    }
}
