import Testing
@testable import ShopperCore

@Suite struct DurationTextTests {
    @Test(arguments: [("90s", 90.0), ("2m", 120), ("1h30m", 5400), ("1m30s", 90), ("1h", 3600), ("45", 45), ("0", 0)])
    func parsesAuthorDurations(text: String, seconds: Double) {
        #expect(DurationText.parse(text) == seconds)
    }

    @Test(arguments: ["", "2x", "m", "1s2m", "1m1m", "-5", "1.5m", "1 m", "h30m"])
    func rejectsMalformedDurations(text: String) {
        #expect(DurationText.parse(text) == nil)
    }

    @Test func formatsAndClocks() {
        #expect(DurationText.format(5400) == "1h30m")
        #expect(DurationText.format(150) == "2m30s")
        #expect(DurationText.format(59.9) == "59s")
        #expect(DurationText.clock(62.37, tenths: true) == "1:02.3")
        #expect(DurationText.clock(3723) == "1:02:03")
    }
}
