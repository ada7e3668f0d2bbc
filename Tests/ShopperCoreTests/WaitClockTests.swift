import Foundation
import Testing
import ShopperCore

/// A wait's time and its deadline on the wall clock and in working hours.
@Suite struct WaitClockTests {
    static let hours = WorkingHours(hours: [Location.Hours(key: "mon-fri", days: [.mon, .tue, .wed, .thu, .fri], opens: 540, closes: 1080)],
                                    timeZone: TimeZone(identifier: "Europe/Berlin")!)
    /// Friday 2026-11-27 17:00 and Monday 2026-11-30 10:00 in Berlin (UTC+1), as Python gives them:
    /// `datetime(2026, 11, 27, 17, tzinfo=ZoneInfo("Europe/Berlin")).timestamp()`.
    static let friday = Date(timeIntervalSince1970: 1_795_795_200)
    static let monday = Date(timeIntervalSince1970: 1_796_029_200)

    @Test func fridayToMondayIsTwoWorkingHoursAnd65WallHours() {
        #expect(Wait.Clock.wall.seconds(from: Self.friday, to: Self.monday, hours: nil) == 65.0 * 3600)
        #expect(Wait.Clock.working.seconds(from: Self.friday, to: Self.monday, hours: Self.hours) == 2.0 * 3600)
        #expect(Wait.Clock.working.seconds(from: Self.friday, to: Self.monday, hours: nil) == nil)
        #expect(Wait.Clock.wall.seconds(from: Self.monday, to: Self.friday, hours: nil) == 0)
    }

    @Test func aThreeHourPromiseFromFridayFivePMFallsDueOnMondayAtEleven() {
        #expect(Wait.Clock.working.deadline(sent: Self.friday, target: 3 * 3600, hours: Self.hours)
                == Self.monday.addingTimeInterval(3600))
        #expect(Wait.Clock.wall.deadline(sent: Self.friday, target: 3 * 3600, hours: nil) == Self.friday.addingTimeInterval(3 * 3600))
        #expect(Wait.Clock.working.deadline(sent: Self.friday, target: 3600, hours: nil) == nil)
        #expect(Wait.Clock.wall.deadline(sent: Self.friday, target: .nan, hours: nil) == nil)
    }
}
