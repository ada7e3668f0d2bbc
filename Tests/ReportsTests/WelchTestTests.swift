import Foundation
import Testing
import Reports

/// References: scipy.stats.ttest_ind(a, b, equal_var=False) from scipy 1.17.1.
struct WelchTestTests {
    let a = [12.1, 15.3, 9.8, 20.4, 11.0]
    let b = [8.2, 7.9, 10.5, 6.6, 9.1, 8.8, 7.0]

    @Test func rawSamplesMatchScipy() throws {
        let test = try #require(WelchTest(a, b))
        #expect(isClose(test.t, 2.7533898221528887))
        #expect(isClose(test.df, 4.555175325707143))
        #expect(isClose(test.p, 0.04439644812983874))
        #expect(isClose(test.meanDifference, 13.72 - 58.1 / 7, relative: 1e-12))
    }

    @Test func logSecondsMatchScipyOnNpLog() throws {
        // scipy.stats.ttest_ind(np.log(a), np.log(b), equal_var=False)
        let test = try #require(WelchTest.onLogSeconds(a, b))
        #expect(isClose(test.t, 3.327904234154492))
        #expect(isClose(test.df, 5.691452461346929))
        #expect(isClose(test.p, 0.01714601992814686))
    }

    @Test func logSecondsLeaveOutTimesUnderOneSecond() throws {
        // The same samples with untimed values added: the same test as above.
        let test = try #require(WelchTest.onLogSeconds(a + [0, 0.5], b + [-1]))
        #expect(isClose(test.t, 3.327904234154492))
        #expect(isClose(test.df, 5.691452461346929))
        #expect(WelchTest.onLogSeconds([0, 0, 5], [4, 6]) == nil)
    }

    @Test func secondPairMatchesScipy() throws {
        let test = try #require(WelchTest([30, 45, 38, 52, 41, 36], [33, 47, 29, 60, 50, 44, 39, 58]))
        #expect(isClose(test.t, -0.9333037051145633))
        #expect(isClose(test.df, 11.953003608190203))
        #expect(isClose(test.p, 0.3691335071568825))
    }

    @Test func oneConstantSampleMatchesScipy() throws {
        // scipy: statistic 0.7745966692414834, p 0.4950253460597111, df 3.0
        let test = try #require(WelchTest([5, 5, 5], [3, 4, 5, 6]))
        #expect(isClose(test.t, 0.7745966692414834))
        #expect(isClose(test.df, 3))
        #expect(isClose(test.p, 0.4950253460597111))
    }

    @Test func bothConstantSamples() throws {
        let same = try #require(WelchTest([4, 4], [4, 4, 4]))
        #expect(same.t == 0)
        #expect(same.p == 1)
        #expect(same.df == 3)
        let different = try #require(WelchTest([4, 4], [5, 5, 5]))
        #expect(different.t == -.infinity)
        #expect(different.p == 0)
    }

    @Test func equalConstantSamplesWhoseMeansDifferOnlyByRoundingAreNoChange() throws {
        // The means of 30 and of 28 copies of ln 90 differ in the last bit: no change, not p = 0.
        let test = try #require(WelchTest.onLogSeconds(Array(repeating: 90, count: 28), Array(repeating: 90, count: 30)))
        #expect(test.p == 1 && test.t == 0)
        let raw = try #require(WelchTest(Array(repeating: 0.1, count: 3), Array(repeating: 0.1, count: 7)))
        #expect(raw.p == 1)
    }

    @Test func needsTwoValuesInEachSample() {
        #expect(WelchTest([1], [1, 2]) == nil)
        #expect(WelchTest([1, 2], [3, .nan]) == nil)
    }
}
