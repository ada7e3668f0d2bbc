import Reports
import Testing

/// Reference values: `scipy.stats.false_discovery_control(ps, method="bh")` (scipy 1.x), computed
/// once by `reference/issue8_reference.py`.
@Suite struct BenjaminiHochbergTests {
    static let cases: [(ps: [Double], qs: [Double])] = [
        ([0.01, 0.04, 0.03, 0.005, 0.2, 0.5], [0.03, 0.06, 0.06, 0.03, 0.24, 0.5]),
        ([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216, 0.222, 0.251, 0.269, 0.275, 0.34,
          0.341, 0.384, 0.569, 0.594, 0.696, 0.762, 0.94, 0.942, 0.975, 0.986],
         [0.025, 0.1, 0.21, 0.21, 0.21, 0.25, 0.264285714286, 0.491071428571, 0.491071428571, 0.491071428571,
          0.491071428571, 0.491071428571, 0.491071428571, 0.491071428571, 0.5328125, 0.5328125, 0.564705882353,
          0.781578947368, 0.781578947368, 0.87, 0.907142857143, 0.986, 0.986, 0.986, 0.986]),
        ([0.5, 0.5, 0.5], [0.5, 0.5, 0.5]),
        ([1.0, 0.0, 0.02], [1.0, 0.0, 0.03]),
    ]

    @Test(arguments: 0..<cases.count)
    func matchesScipy(_ index: Int) {
        let (ps, qs) = Self.cases[index]
        let adjusted = BenjaminiHochberg.adjust(ps)
        #expect(adjusted.count == qs.count)
        for (q, expected) in zip(adjusted, qs) {
            #expect(isClose(q, expected, relative: 1e-9), "\(adjusted) vs \(qs)")
        }
    }

    @Test func noTestsNoValues() {
        #expect(BenjaminiHochberg.adjust([]) == [])
    }

    @Test func aSingleTestKeepsItsP() {
        #expect(BenjaminiHochberg.adjust([0.03]) == [0.03])
    }
}
