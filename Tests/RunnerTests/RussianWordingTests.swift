@testable import Runner
import ShopperCore
import Testing

/// The runner says durations and moments as the reports and `show` do (issue 7, item 18).
@Suite struct RussianWordingTests {
    @Test func aPauseIsAMomentNotADuration() {
        #expect(Strings(.ru).paused(11.6).hasPrefix("Пауза в 0:11.6."))
        #expect(Strings(.en).paused(11.6).hasPrefix("Paused at 0:11.6."))
    }

    @Test(arguments: [40.0, 150, 994, 5400, 1e19, -5, .nan])
    func runnerDurationsAreTheSharedOnes(seconds: Double) {
        for language in Language.allCases {
            #expect(Strings(language).duration(seconds) == DurationText.format(seconds, language: language))
        }
    }

    @Test func abandonedIsПрерван() {
        #expect(Strings(.ru).markedAbandoned("X", path: "p").contains("прерванный"))
    }
}
