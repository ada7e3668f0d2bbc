import Testing
@testable import Reports

struct NPSTests {
    @Test func scoreAndMarginMatchNumpy() throws {
        let answers = [10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8]
        let nps = try #require(NPS(answers: answers))
        #expect(nps.n == 11)
        #expect(nps.promoters == 5)
        #expect(nps.passives == 3)
        #expect(nps.detractors == 3)
        // a = np.array(answers); P = np.mean(a >= 9); D = np.mean(a <= 6)
        // 100·(P − D) = 18.181818181818183
        #expect(isClose(nps.score, 18.181818181818183, relative: 1e-12))
        // 100·1.95996·np.sqrt((P + D − (P − D)**2)/n) = 49.2377074274915
        // (equal to 100·1.95996·np.std(scores ±1/0)/√n)
        #expect(isClose(nps.marginOfError, 49.2377074274915, relative: 1e-12))
    }

    @Test func intervalIsClippedToTheScaleAndTheMarginKept() throws {
        // n = 2, one promoter and one detractor: 0 ± 138.59 by the formula.
        let split = try #require(NPS(answers: [0, 10]))
        #expect(isClose(split.marginOfError, 138.59010068543856, relative: 1e-12))
        #expect(split.low == -100 && split.high == 100)
        #expect(split.isSmallSample)
        // n = 10, nine promoters: 90 ± 18.59 → 71.41 to 100.
        let high = try #require(NPS(answers: Array(repeating: 9, count: 9) + [8]))
        #expect(isClose(high.marginOfError, 18.59381316847085, relative: 1e-12))
        #expect(isClose(high.low, 71.40618683152915, relative: 1e-12))
        #expect(high.high == 100)
        #expect(!high.isSmallSample)
        // Unclipped: low and high are score ∓ margin.
        let wide = try #require(NPS(answers: [10, 9, 9, 8, 7, 6, 3, 10, 0, 9, 8]))
        #expect(isClose(wide.low, 18.181818181818183 - 49.2377074274915, relative: 1e-12))
        #expect(isClose(wide.high, 18.181818181818183 + 49.2377074274915, relative: 1e-12))
    }

    @Test func unanimousPromotersHaveNoMargin() throws {
        let nps = try #require(NPS(answers: [9, 10, 10]))
        #expect(nps.score == 100)
        #expect(nps.marginOfError == 0)
    }

    @Test func outOfRangeAnswersAreIgnored() throws {
        let nps = try #require(NPS(answers: [11, -1, 0, 10]))
        #expect(nps.n == 2)
        #expect(nps.score == 0)
        #expect(NPS(answers: [12]) == nil)
        #expect(NPS(answers: []) == nil)
    }
}

struct NPSOneGroupTests {
    @Test(arguments: [(10, NPS.Group.promoters, "+100 all 9–10"), (7, .passives, "+0 all 7–8"), (3, .detractors, "-100 all 0–6")])
    func answersAllInOneGroupAreSaidSoInsteadOfAZeroWidthInterval(answer: Int, group: NPS.Group, shown: String) throws {
        let nps = try #require(NPS(answers: Array(repeating: answer, count: 12)))
        #expect(nps.marginOfError == 0)
        #expect(!nps.isSmallSample)
        #expect(nps.oneGroup == group)
        #expect(TextLayout.nps(nps) == shown)
        #expect(TextLayout.nps(nps, spaced: true) == shown.replacingOccurrences(of: " all", with: ", all"))
        #expect(TextLayout.nps(nps, all: ReportStrings(.ru).npsAll) == shown.replacingOccurrences(of: "all", with: "все"))
        // Two groups: an interval again.
        let mixed = try #require(NPS(answers: Array(repeating: answer, count: 11) + [answer == 10 ? 8 : 10]))
        #expect(mixed.oneGroup == nil)
        #expect(TextLayout.nps(mixed).contains("±") || TextLayout.nps(mixed).contains("…"))
    }

    @Test func jsonNamesTheOneGroup() throws {
        let runs = (0..<12).map { i in
            Fixtures.run("r\(i)", started: "2026-11-0\(1 + i % 9)T10:00:00Z", survey: [.init("rec", 9 + Double(i % 2))])
        }
        let json = JSONRenderer.value(Fixtures.builder().build(runs))
        guard case .array(let scenarios) = json["scenarios"], case .array(let periods) = scenarios.first?["periods"] else {
            Issue.record("no periods")
            return
        }
        #expect(periods.first?["nps"]?["one_group"] == .string("promoters"))
        #expect(periods.first?["nps"]?["moe"] == .number(0))
    }
}
