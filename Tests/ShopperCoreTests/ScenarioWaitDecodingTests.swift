import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// Wait steps (`wait`, `clock`, `attempts`, `retry_after`) and the scenario's working hours
/// (`hours`, `timezone`, `holidays`): decoded, and every mistake at its position.
@Suite struct ScenarioWaitDecodingTests {
    func decode(_ text: String) throws -> (Scenario?, [Diagnostic]) {
        let node = try #require(try YAMLParser().parse(text))
        return ScenarioDecoder.decode(node, registry: nil)
    }

    func problems(_ fixture: String) throws -> (found: [(Mark, String)], marks: [String: Mark]) {
        let (text, marks) = marked(fixture)
        let (scenario, diagnostics) = try decode(text)
        #expect(scenario == nil)
        return (diagnostics.map { ($0.mark, $0.message) }, marks)
    }

    static let head = """
        scenario: proposal
        title: Proposal within 3 working hours
        language: en
        brief: Ask for a commercial proposal.

        """

    @Test func aWaitInWorkingHoursDecodes() throws {
        let (scenario, diagnostics) = try decode(Self.head + """
            hours: {mon-fri: "09:00-13:00, 14:00-18:00", sat: "10:00-14:00"}
            timezone: Europe/Moscow
            holidays: [2027-01-01, "2027-01-07"]
            steps:
              - {id: send, title: Send, do: Send the request., touchpoint: e-mail, stage: intent}
              - id: proposal
                title: Proposal arrives
                do: Wait for the proposal.
                touchpoint: e-mail
                stage: intent
                target: 3h
                wait: reply
                clock: working
                attempts: 2
                retry_after: 24h
            """)
        #expect(diagnostics == [])
        let s = try #require(scenario)
        #expect(s.timezone == "Europe/Moscow")
        #expect(s.holidays.map(\.description) == ["2027-01-01", "2027-01-07"])
        #expect(s.hours.map(\.key) == ["mon-fri", "sat"])
        #expect(s.hours.first?.intervals == [.init(opens: 540, closes: 780), .init(opens: 840, closes: 1080)])
        #expect(s.steps[0].wait == nil)
        #expect(s.steps[1].wait == Wait(kind: .reply, clock: .working, attempts: 2, retryAfter: 86400))
        #expect(s.steps[1].target == 10800)
        #expect(s.needsWorkingHours)
        let hours = try #require(s.workingHours())
        #expect(hours.timeZone.identifier == "Europe/Moscow" && hours.holidays.count == 2)
    }

    @Test func aWaitDefaultsToTheWallClockAndOneAttempt() throws {
        let (scenario, diagnostics) = try decode(Self.head + """
            steps:
              - {id: chat, title: Chat, do: Ask in the chat., touchpoint: chat, stage: intent, wait: reply, target: 5m}
            """)
        #expect(diagnostics == [])
        #expect(scenario?.steps[0].wait == Wait(kind: .reply, clock: .wall, attempts: 1, retryAfter: nil))
        #expect(scenario?.needsWorkingHours == false)
        #expect(scenario?.workingHours() == nil)
    }

    @Test func oldScenariosStayValidAndHaveNoWaits() throws {
        let (scenario, diagnostics) = try decode(Self.head + """
            steps:
              - {id: a, title: A, do: Do A., touchpoint: web, stage: intent, target: 2m}
            """)
        #expect(diagnostics == [])
        #expect(scenario?.steps[0].wait == nil && scenario?.hours == [] && scenario?.timezone == nil && scenario?.holidays == [])
    }

    @Test func waitKeysWithoutAWaitArePositionedErrors() throws {
        let (found, m) = try problems(Self.head + """
            steps:
              - id: a
                title: A
                do: Do A.
                touchpoint: web
                stage: intent
                1️⃣clock: working
                2️⃣attempts: 2
                3️⃣retry_after: 1h
            """)
        #expect(found.map(\.0) == [m["1️⃣"]!, m["2️⃣"]!, m["3️⃣"]!])
        #expect(found.map(\.1) == [
            "'clock' applies only to a wait step; add 'wait: reply' to step 'a' or remove 'clock'",
            "'attempts' applies only to a wait step; add 'wait: reply' to step 'a' or remove 'attempts'",
            "'retry_after' applies only to a wait step; add 'wait: reply' to step 'a' or remove 'retry_after'",
        ])
    }

    @Test func wrongWaitValuesArePositionedErrors() throws {
        let (found, m) = try problems(Self.head + """
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent, wait: 1️⃣replay}
              - {id: b, title: B, do: B., touchpoint: web, stage: intent, wait: reply, clock: 2️⃣wal}
              - {id: c, title: C, do: C., touchpoint: web, stage: intent, wait: reply, attempts: 3️⃣11}
              - {id: d, title: D, do: D., touchpoint: web, stage: intent, wait: reply, retry_after: 4️⃣1h}
              - {id: e, title: E, do: E., touchpoint: web, stage: intent, wait: reply, attempts: 2, retry_after: 5️⃣soon}
              - {id: f, title: F, do: F., touchpoint: web, stage: intent, wait: reply, clock: 6️⃣working}
            """)
        #expect(found.map(\.0) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"].map { m[$0]! })
        #expect(found.map(\.1) == [
            "'wait' must be one of reply; found 'replay'; did you mean 'reply'?",
            "'clock' must be one of wall, working; found 'wal'; did you mean 'wall'?",
            "'attempts' must be from 1 to 10, found 11",
            "'retry_after' is the time between attempts; it needs 'attempts' of 2 or more in step 'd'",
            "'retry_after' must be a duration such as 90s, 2m or 1h30m, found 'soon'",
            "'clock: working' in step 'f' needs working hours: give the scenario 'hours' and 'timezone', or ask for 'location' in 'context' so the location's hours apply",
        ])
    }

    @Test func aWorkingClockMayTakeTheLocationsHours() throws {
        let text = Self.head + """
            context: [location]
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent, wait: reply, clock: working}
            """
        let (scenario, diagnostics) = try decode(text)
        #expect(diagnostics == [])
        let s = try #require(scenario)
        #expect(s.workingHours() == nil)  // nothing to count with until a location brings hours and a zone
        let berlin = Location(id: "berlin", name: "Berlin", timezone: "Europe/Berlin",
                              hours: [Location.Hours(key: "mon-fri", days: [.mon, .tue, .wed, .thu, .fri], opens: 540, closes: 1080)])
        let hours = try #require(s.workingHours(at: berlin))
        #expect(hours.timeZone.identifier == "Europe/Berlin")
        #expect(hours.week[0] == [.init(opens: 540, closes: 1080)] && hours.week[5] == [])
    }

    @Test func aLocationOverridesHoursAndZoneEachOnItsOwn() throws {
        let (scenario, _) = try decode(Self.head + """
            hours: {mon-sun: "08:00-20:00"}
            timezone: Europe/Moscow
            holidays: [2027-01-01]
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent, wait: reply, clock: working}
            """)
        let s = try #require(scenario)
        let zoneOnly = Location(id: "kazan", name: "Kazan", timezone: "Asia/Yekaterinburg")
        #expect(s.workingHours(at: zoneOnly)?.timeZone.identifier == "Asia/Yekaterinburg")
        #expect(s.workingHours(at: zoneOnly)?.week[6] == [.init(opens: 480, closes: 1200)])
        let hoursOnly = Location(id: "tver", name: "Tver", hours: [Location.Hours(key: "sat", days: [.sat], opens: 600, closes: 840)])
        #expect(s.workingHours(at: hoursOnly)?.timeZone.identifier == "Europe/Moscow")
        #expect(s.workingHours(at: hoursOnly)?.week[0] == [])
        #expect(s.workingHours(at: hoursOnly)?.holidays == [CalendarDate(parsing: "2027-01-01")!])
    }

    @Test func hoursZoneAndHolidaysArePositionedErrors() throws {
        let (found, m) = try problems(Self.head + """
            1️⃣hours: {mon-fri: 2️⃣"09:00-13:00, 12:00-18:00", 3️⃣sun-sat: "10:00-12:00"}
            holidays: [4️⃣2026-02-30, 2027-01-01, 5️⃣2027-01-01, 6️⃣new-year]
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent}
            """)
        #expect(found.map(\.0) == ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣"].map { m[$0]! })
        #expect(found.map(\.1) == [
            "'hours' need a 'timezone' to say whose clock they follow, e.g. timezone: Europe/Berlin",
            "opening hours for 'mon-fri' must be in time order without overlapping: '12:00-18:00' starts before '09:00-13:00' ends",
            "the day range 'sun-sat' in the hours of the scenario must run from an earlier to a later day (mon before sun)",
            "holidays must be dates that exist, written YYYY-MM-DD, in the years 1970 to 9999, such as 2026-12-31; found '2026-02-30'",
            "duplicate holiday '2027-01-01'",
            "holidays must be dates that exist, written YYYY-MM-DD, in the years 1970 to 9999, such as 2026-12-31; found 'new-year'",
        ])
        let zone = try problems(Self.head + """
            timezone: 1️⃣Europe/Mosow
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent}
            """)
        #expect(zone.found.map(\.1) == ["unknown time zone 'Europe/Mosow'; did you mean 'Europe/Moscow'?"])
        #expect(zone.found.map(\.0) == [zone.marks["1️⃣"]!])
    }

    /// `hours: {}` would count no working time: an error at the hours, in a scenario and in the
    /// locations registry (where it would otherwise fall back to the scenario's hours unsaid).
    @Test func hoursWithNoOpenDayAreAnErrorAtTheHours() throws {
        let (found, m) = try problems(Self.head + """
            hours: 1️⃣{}
            timezone: Europe/Berlin
            steps:
              - {id: a, title: A, do: A., touchpoint: web, stage: intent, wait: reply, clock: working, target: 3h}
            """)
        #expect(found.map(\.0) == [m["1️⃣"]!])
        #expect(found.map(\.1) == ["the hours of the scenario name no open day: a schedule with no open hours cannot count working time; "
                                    + "give days such as {mon-fri: \"09:00-18:00\"}, or leave 'hours' out"])
        let (text, marks) = marked("""
            locations:
              - id: berlin
                name: Berlin
                hours: 1️⃣{}
            """)
        let (registry, diagnostics) = LocationsDecoder.decode(try #require(try YAMLParser().parse(text)))
        #expect(registry == nil)
        #expect(diagnostics.map(\.mark) == [marks["1️⃣"]!])
        #expect(diagnostics.first?.message.hasPrefix("the hours of location 'berlin' name no open day") == true, "\(diagnostics)")
    }
}
