import Testing
import Reports

/// References computed in Python from the formula, with the p-value from scipy:
/// N = n1 + n2; P = (x1 + x2)/N
/// z = (x1/n1 − x2/n2)·sqrt((N − 1)/N)/sqrt(P(1 − P)(1/n1 + 1/n2)); p = 2·norm.sf(|z|)
struct TwoProportionTestTests {
    @Test(arguments: [
        (11, 12, 5, 10, 2.1347814095749165, 0.03277886950885866),
        (4, 5, 9, 10, -0.5188745216627707, 0.6038482460673436),
        (20, 40, 30, 45, -1.5491933384829664, 0.12133525035848228),
    ])
    func matchesHandComputation(
        x1: Int, n1: Int, x2: Int, n2: Int, expectedZ: Double, expectedP: Double
    ) throws {
        let test = try #require(TwoProportionTest(successes1: x1, of: n1, successes2: x2, of: n2))
        #expect(isClose(test.z, expectedZ, relative: 1e-12))
        #expect(isClose(test.p, expectedP, relative: 1e-9))
        #expect(isClose(test.difference, Double(x1) / Double(n1) - Double(x2) / Double(n2),
                        relative: 1e-15))
    }

    @Test func allSucceedOrAllFailIsNoDifference() throws {
        let allPass = try #require(TwoProportionTest(successes1: 5, of: 5, successes2: 8, of: 8))
        #expect(allPass.z == 0)
        #expect(allPass.p == 1)
        let allFail = try #require(TwoProportionTest(successes1: 0, of: 5, successes2: 0, of: 8))
        #expect(allFail.p == 1)
    }

    @Test func emptyGroupGivesNil() {
        #expect(TwoProportionTest(successes1: 0, of: 0, successes2: 1, of: 2) == nil)
    }
}
