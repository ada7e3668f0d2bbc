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

/// Formatting never traps: run files and statistics can hold any Double (issue 7: `seconds: 1e19`
/// ended the process with "Double value cannot be converted to Int").
@Suite struct DurationTextTotalityTests {
    static let hostile: [Double] = [1e19, -1e19, 9.3e18, 1e300, -1e300, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
                                    .infinity, -.infinity, .nan, -0.0, -0.4, -90, 0x1p63, 0x1p53 + 1, .leastNonzeroMagnitude]

    @Test(arguments: hostile) func formatClockAndTenthsGiveTextForAnyValue(seconds: Double) {
        for language in Language.allCases {
            #expect(!DurationText.format(seconds, language: language).isEmpty)
            #expect(!DurationText.tenths(seconds, language: language).isEmpty)
        }
        #expect(!DurationText.clock(seconds).isEmpty)
        #expect(!DurationText.clock(seconds, tenths: true).isEmpty)
    }

    @Test func hugeValuesAreWrittenInWholeHours() {
        let hours = Int((1e19 / 3600).rounded(.down))
        #expect(DurationText.format(1e19) == "\(hours)h")
        #expect(DurationText.format(1e19, language: .ru) == "\(hours) ч")
        #expect(DurationText.clock(1e19) == "\(hours):00:00")
        // 10^300 s is more hours than an Int holds: written with an exponent.
        #expect(DurationText.format(1e300).hasSuffix("e+296h"))
        #expect(DurationText.format(-90) == "-1m30s")
    }

    @Test func nonFiniteValuesAreADash() {
        #expect(DurationText.format(.nan) == "–")
        #expect(DurationText.format(.infinity, language: .ru) == "–")
        #expect(DurationText.clock(.nan) == "–:––")
        #expect(DurationText.clock(-5) == "0:00")
    }
}

/// One Russian duration style everywhere Russian is shown (runner, reports, `show`), the
/// runner's: `40 мин`, `2 мин 30 с`, `1 ч 30 мин`.
@Suite struct RussianDurationTests {
    @Test(arguments: [(2400.0, "40 мин"), (150, "2 мин 30 с"), (5400, "1 ч 30 мин"), (994, "16 мин 34 с"), (56, "56 с"),
                      (0, "0 с"), (3600, "1 ч"), (3630, "1 ч")])
    func russianDurationsUseRussianUnits(seconds: Double, text: String) {
        #expect(DurationText.format(seconds, language: .ru) == text)
    }

    @Test func tenthsUseTheLanguagesDecimalSign() {
        #expect(DurationText.tenths(4.54) == "4.5s")
        #expect(DurationText.tenths(4.54, language: .ru) == "4,5 с")
        #expect(DurationText.tenths(9.97) == "10s")
        #expect(DurationText.tenths(42) == "42s")
    }
}
