import Testing
import Reports

/// `KaplanMeier` against lifelines 0.30.3 on the same data: every value below was printed by
/// `reference/issue11_kaplan_meier_reference.py` (KaplanMeierFitter's survival_function_ and
/// confidence_interval_, median_survival_time_, median_survival_times(confidence_interval_),
/// statistics.logrank_test). Times are hours; `false` = never answered (censored).
struct KaplanMeierTests {
    typealias KM = KaplanMeier

    static let ties = KM(times: [1, 2, 2, 2, 3, 4, 4, 5, 6, 6, 7, 8, 9, 10, 10],
                         answered: [true, true, true, false, true, false, true, true, true, false, true, false, true, true, false])
    static let allCensored = KM(times: [3, 5, 5, 8], answered: [false, false, false, false])
    static let noCensoring = KM(times: [0.5, 1.25, 2, 2, 3.5, 4, 6, 7.75, 9, 12], answered: Array(repeating: true, count: 10))
    static let oneEvent = KM(times: [4], answered: [true])
    static let oneEventAmongCensored = KM(times: [2, 3, 4, 6, 9], answered: [false, true, false, false, false])
    static let workingHours = KM(times: [0.25, 0.5, 0.75, 1, 1.5, 1.75, 2, 2.25, 2.5, 2.66, 2.75, 3, 3.5, 4, 5, 6, 8, 9, 27, 27, 27, 27],
                                 answered: Array(repeating: true, count: 18) + Array(repeating: false, count: 4))
    static let periodA = KM(times: [1, 1, 2, 3, 4, 4, 5, 7, 8, 10, 12, 15],
                            answered: [true, true, true, true, false, true, true, true, false, true, false, false])
    static let periodB = KM(times: [2, 3, 4, 6, 8, 9, 9, 11, 14, 16, 20, 24, 24],
                            answered: [true, true, false, true, true, true, false, true, true, false, false, false, false])

    /// (time, S, lower, upper) rows as lifelines prints them, without its t = 0 row (S = 1).
    func expectCurve(_ km: KM, _ rows: [(Double, Double, Double, Double)], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(km.points.map(\.time) == rows.map(\.0), sourceLocation: sourceLocation)
        for (point, row) in zip(km.points, rows) {
            #expect(isClose(point.survival, row.1, relative: 1e-12), "S at \(row.0)", sourceLocation: sourceLocation)
            #expect(isClose(point.lower, row.2, relative: 1e-9), "lower at \(row.0)", sourceLocation: sourceLocation)
            #expect(isClose(point.upper, row.3, relative: 1e-9), "upper at \(row.0)", sourceLocation: sourceLocation)
        }
    }

    func expectMedian(_ km: KM, _ median: Double?, _ low: Double?, _ high: Double?, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(km.median == median, sourceLocation: sourceLocation)
        #expect(km.medianInterval.low == low, sourceLocation: sourceLocation)
        #expect(km.medianInterval.high == high, sourceLocation: sourceLocation)
    }

    @Test func tiesOfAnswersAndCensoringsAtOneTime() {
        expectCurve(Self.ties, [
            (1, 0.9333333333333331, 0.6126412437748727, 0.9903322366500168),
            (2, 0.8, 0.49982398165575437, 0.9307172940541175),
            (3, 0.7272727272727274, 0.4252315172732251, 0.8881678063671772),
            (4, 0.6545454545454547, 0.35702259592547136, 0.839965614073043),
            (5, 0.5727272727272729, 0.28116262549608045, 0.7828447280446316),
            (6, 0.490909090909091, 0.21444182546129556, 0.7198018572792443),
            (7, 0.3927272727272728, 0.1377601475210641, 0.6435928945877606),
            (8, 0.3927272727272728, 0.1377601475210641, 0.6435928945877606),
            (9, 0.26181818181818184, 0.051482816752540884, 0.5458637862296689),
            (10, 0.13090909090909092, 0.00820532286403659, 0.4228487019396824),
        ])
        expectMedian(Self.ties, 6, 2, 10)
        #expect(Self.ties.points[1].atRisk == 14 && Self.ties.points[1].answered == 2 && Self.ties.points[1].censored == 1)
    }

    @Test func allCensoredHasNoMedian() {
        expectCurve(Self.allCensored, [(3, 1, 1, 1), (5, 1, 1, 1), (8, 1, 1, 1)])
        expectMedian(Self.allCensored, nil, nil, nil)
        #expect(Self.allCensored.unansweredShare == 1)
    }

    @Test func noCensoringReachesZero() {
        expectCurve(Self.noCensoring, [
            (0.5, 0.9, 0.47300927136205023, 0.9852813933673431),
            (1.25, 0.7999999999999997, 0.40869078163340444, 0.9458726458389115),
            (2, 0.5999999999999999, 0.2526688970038936, 0.8272209670285114),
            (3.5, 0.49999999999999983, 0.18360559061901463, 0.7531740769982297),
            (4, 0.3999999999999999, 0.1226931657823541, 0.6702046374234797),
            (6, 0.3, 0.07113449232300492, 0.5778673306252358),
            (7.75, 0.19999999999999998, 0.030909024308019593, 0.47471469044054654),
            (9, 0.09999999999999998, 0.005723456374334736, 0.35812746050806976),
            (12, 0, 0, 0),
        ])
        // S is exactly ½ at 3.5 (5 of 10 answered): the median is 3.5, where R would say 3.75.
        expectMedian(Self.noCensoring, 3.5, 0.5, 7.75)
        #expect(Self.noCensoring.unansweredShare == 0)
    }

    @Test func oneEvent() {
        expectCurve(Self.oneEvent, [(4, 0, 0, 0)])
        expectMedian(Self.oneEvent, 4, 4, 4)
        expectCurve(Self.oneEventAmongCensored, [
            (2, 1, 1, 1),
            (3, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
            (4, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
            (6, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
            (9, 0.7500000000000001, 0.12794691759514565, 0.9605486422850785),
        ])
        expectMedian(Self.oneEventAmongCensored, nil, 3, nil)
    }

    @Test func aManagersFigureMedianOfWorkingHoursWithAShareNeverAnswered() {
        let km = Self.workingHours
        #expect(km.n == 22 && km.answered == 18)
        #expect(isClose(km.unansweredShare, 4.0 / 22))  // 18% never answered
        expectMedian(km, 2.75, 1.75, 6)
        #expect(isClose(km.points[10].lower, 0.28178673795072406, relative: 1e-9))
        #expect(isClose(km.points[10].upper, 0.6843241602326803, relative: 1e-9))
        #expect(isClose(km.points.last?.survival, 0.18181818181818177, relative: 1e-12))
        #expect(isClose(km.survival(at: 2.7), 0.5454545454545454, relative: 1e-12))
        #expect(km.survival(at: 0.1) == 1)
    }

    @Test func periodsWithLaterAnswers() {
        expectMedian(Self.periodA, 5, 1, nil)
        expectMedian(Self.periodB, 11, 6, nil)
        #expect(isClose(Self.periodA.points.last?.lower, 0.04842515282463114, relative: 1e-9))
        #expect(isClose(Self.periodB.points.last?.upper, 0.6558498843280312, relative: 1e-9))
    }

    @Test(arguments: [
        ("period_a vs period_b", periodA, periodB, 1.8868074099266432, 0.16956245404482345),
        ("ties vs no_censoring", ties, noCensoring, 0.9673298598921964, 0.32534700810427564),
        ("working_hours vs period_b", workingHours, periodB, 5.316021473266209, 0.02113020249208526),
        ("all_censored vs one_event_among_censored", allCensored, oneEventAmongCensored, 1.0, 0.31731050786291115),
    ])
    func logRankMatchesLifelines(name: String, a: KM, b: KM, statistic: Double, p: Double) throws {
        let test = try #require(KM.LogRank(Self.observations(a), Self.observations(b)), "\(name)")
        #expect(isClose(test.statistic, statistic, relative: 1e-10), "\(name)")
        #expect(isClose(test.p, p, relative: 1e-9), "\(name)")
    }

    @Test func logRankSignSaysWhichGroupWasAnsweredSooner() throws {
        let test = try #require(KM.LogRank(Self.observations(Self.workingHours), Self.observations(Self.periodB)))
        #expect(test.observedMinusExpected > 0)  // more answers than expected in the first, faster, group
    }

    @Test func nothingToCompareOrEstimateIsNilNotACrash() {
        #expect(KM.LogRank([], Self.observations(Self.ties)) == nil)
        #expect(KM.LogRank(Self.observations(Self.allCensored), Self.observations(Self.allCensored)) == nil)
        let empty = KM([])
        #expect(empty.n == 0 && empty.points.isEmpty && empty.median == nil && empty.unansweredShare == nil)
        let odd = KM(times: [.nan, -1, .infinity, 2], answered: [true, true, true, true])
        #expect(odd.n == 1 && odd.median == 2)
    }

    /// The observations a curve was built from, back out of its points.
    static func observations(_ km: KM) -> [KM.Observation] {
        km.points.flatMap { p in
            Array(repeating: KM.Observation(time: p.time, answered: true), count: p.answered)
                + Array(repeating: KM.Observation(time: p.time, answered: false), count: p.censored)
        }
    }
}

extension KaplanMeierTests {
    @Test func aConfidenceOutsideZeroToOneGivesNoIntervalNotACrash() {
        let km = KM(times: [1, 2, 3], answered: [true, true, true], confidence: 2)
        #expect(km.median == 2)
        #expect(km.medianInterval.low == nil && km.medianInterval.high == nil)
        #expect(km.points.allSatisfy { $0.lower.isNaN && $0.upper.isNaN })
    }
}
