import Foundation
import Runner
import Testing

/// Typed arrival times: a local time the clocks skip (a daylight-saving gap) is refused, not moved.
@Suite struct WaitTimeTests {
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// 2026-03-29 12:00Z: Berlin's clocks went from 02:00 to 03:00 that night.
    static let now = Date(timeIntervalSince1970: 1_774_785_600)

    @Test func aTimeInTheSkippedHourIsRefusedAndSaidSo() {
        #expect(WaitTime.parse("2026-03-29 02:30", now: Self.now, zone: Self.berlin) == nil)
        #expect(WaitTime.skipped("2026-03-29 02:30", now: Self.now, zone: Self.berlin))
        #expect(WaitTime.skipped("02:00", now: Self.now, zone: Self.berlin))
        // Either side of the gap: 01:59 CET is 00:59Z, 03:00 CEST is 01:00Z.
        #expect(WaitTime.parse("2026-03-29 01:59", now: Self.now, zone: Self.berlin) == Date(timeIntervalSince1970: 1_774_745_940))
        #expect(WaitTime.parse("2026-03-29 03:00", now: Self.now, zone: Self.berlin) == Date(timeIntervalSince1970: 1_774_746_000))
        #expect(!WaitTime.skipped("2026-03-29 03:00", now: Self.now, zone: Self.berlin))
        #expect(!WaitTime.skipped("25:00", now: Self.now, zone: Self.berlin))
    }
}
