import Reports
import Testing

/// Reference values: numpy/scipy on the per-answer scores (+100, 0, −100), z = difference of
/// means / √(var₁/n₁ + var₂/n₂) with population variances (ddof 0), p = 2·norm.sf(|z|);
/// `reference/issue8_reference.py`.
@Suite struct NPSDifferenceTestTests {
    @Test func matchesTheZTestOnPerAnswerScores() throws {
        let current = try #require(NPS(answers: [10, 9, 9, 8, 7, 6, 3, 10, 9, 2]))
        let baseline = try #require(NPS(answers: [10, 10, 9, 9, 9, 8, 10, 7, 9, 6, 10, 9]))
        let test = NPSDifferenceTest(current: current, baseline: baseline)
        #expect(isClose(test.difference, -46.66666666666667))
        #expect(isClose(test.z, -1.4173506324015646, relative: 1e-9))
        #expect(isClose(test.p, 0.156380438614107, relative: 1e-6))
    }

    @Test func secondReferenceSet() throws {
        let current = try #require(NPS(answers: [9, 9, 10, 6, 5, 8]))
        let baseline = try #require(NPS(answers: [10, 9, 9, 9, 10, 8]))
        let test = NPSDifferenceTest(current: current, baseline: baseline)
        #expect(isClose(test.z, -1.6803361008336117, relative: 1e-9))
        #expect(isClose(test.p, 0.09289194088370532, relative: 1e-6))
    }

    @Test func noSpreadOnEitherSide() throws {
        let all = try #require(NPS(answers: [10, 10, 10]))
        let none = try #require(NPS(answers: [1, 2, 3]))
        #expect(NPSDifferenceTest(current: all, baseline: all).p == 1)
        let apart = NPSDifferenceTest(current: none, baseline: all)
        #expect(apart.p == 0)
        #expect(apart.difference == -200)
    }
}
