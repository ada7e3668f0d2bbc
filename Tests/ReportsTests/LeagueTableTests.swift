import Foundation
import Reports
import ShopperCore
import Testing

/// `--by-segment`: the league table's figures, ranks, rank changes, too-few handling, roll-ups and
/// multi-valued keys, on hand-made runs.
struct LeagueTableTests {
    static let registry = LocationRegistry(locations: [
        Location(id: "a", name: "Alpha", region: "north", manager: "Ann", tags: ["mall", "late"]),
        Location(id: "b", name: "Bravo", region: "north", tags: ["mall"]),
        Location(id: "c", name: "Charlie", region: "south"),
        Location(id: "d", name: "Delta", region: "south"),
    ])

    /// A run of `Fixtures.scenario` (which has a checklist) at a location with a shop score of
    /// yes/scored and no critical failure.
    static func run(_ id: String, _ location: String?, month: Int = 11, yes: Double, scored: Double = 10,
                    succeeded: Bool = true) -> RunSummary {
        let day = 1 + id.utf8.reduce(0) { $0 + Int($1) } % 27
        var run = Fixtures.run(id, started: String(format: "2026-%02d-%02dT10:00:00Z", month, day),
                               pay: succeeded ? .done : .failed)
        run.checklist = RunSummary.ChecklistTotals(yes: yes, scored: scored)
        if let location { run.context = ["location": location] }
        return run
    }

    static func builder(_ key: SegmentKey, alpha: Double = 0.05) -> ReportBuilder {
        var options = ReportOptions()
        options.alpha = alpha
        options.segment = key
        options.filter = RunFilter(resolver: SegmentResolver(locations: registry))
        return Fixtures.builder(options)
    }

    static func table(_ report: Report, month: String = "2026-11") throws -> LeagueTable {
        let period = try #require(report.scenarios.first?.periods.first { $0.period.label == month })
        return try #require(period.league)
    }

    @Test func valuesWithFewerThanThreeRunsAreListedButNotRankedOrTested() throws {
        let runs = (0..<4).map { Self.run("a\($0)", "a", yes: 9) } + (0..<2).map { Self.run("b\($0)", "b", yes: 1) }
            + (0..<3).map { Self.run("c\($0)", "c", yes: 8) }
        let table = try Self.table(Self.builder(.context("location")).build(runs))
        #expect(table.rows.map(\.value) == ["c", "a", "b"], "ranked worst first, then too few")
        let b = try #require(table.rows.last)
        #expect(b.tooFew && b.rank == nil && b.tests.isEmpty && b.q == nil && !b.belowProgramme)
        #expect(b.runs == 2 && b.shop?.mean == 0.1, "its figures are still shown")
        #expect(table.rows[0].rank == 2 && table.rows[1].rank == 1)
        #expect(table.rows[0].name == "Charlie")
        #expect(table.rows[1].manager == "Ann")
    }

    @Test func ranksByShopScoreThenPassRateAndTiesShareARank() throws {
        // a and b: the same mean shop score 0.85. Fixtures.scenario has no pass mark, so every scored
        // run passes unless it has a critical failure: one of b's runs has one.
        var runs = [0.8, 0.9, 0.85].enumerated().map { Self.run("a\($0.offset)", "a", yes: $0.element * 10) }
        runs += [0.8, 0.9, 0.85].enumerated().map { Self.run("b\($0.offset)", "b", yes: $0.element * 10) }
        runs[3].checklist.criticalMask = 1
        runs += [0.7, 0.7, 0.7].enumerated().map { Self.run("c\($0.offset)", "c", yes: $0.element * 10) }
        runs += [0.7, 0.7, 0.7].enumerated().map { Self.run("d\($0.offset)", "d", yes: $0.element * 10) }
        let table = try Self.table(Self.builder(.context("location")).build(runs))
        let ranks = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.value, $0.rank) })
        #expect(ranks["a"] == 1 && ranks["b"] == 2, "equal shop score: the pass rate decides")
        #expect(ranks["c"] == 3 && ranks["d"] == 3, "equal figures share a rank")
        #expect(table.rows.map(\.value) == ["c", "d", "b", "a"])
        #expect(table.byShop)
    }

    @Test func rankChangeIsAgainstThePreviousPeriodWithRuns() throws {
        // October: a best, c worst. November: c best, a worst.
        var runs: [RunSummary] = []
        for (location, oct, nov) in [("a", 9.0, 6.0), ("b", 8.0, 7.0), ("c", 5.0, 9.5)] {
            runs += (0..<3).map { Self.run("\(location)o\($0)", location, month: 10, yes: oct - Double($0) * 0.1) }
            runs += (0..<3).map { Self.run("\(location)n\($0)", location, month: 11, yes: nov - Double($0) * 0.1) }
        }
        runs += (0..<3).map { Self.run("dn\($0)", "d", month: 11, yes: 8.5) }
        let report = Self.builder(.context("location")).build(runs)
        let oct = try Self.table(report, month: "2026-10")
        #expect(oct.rows.allSatisfy { $0.rankChange == nil }, "no previous period")
        let nov = try Self.table(report)
        let change = Dictionary(uniqueKeysWithValues: nov.rows.map { ($0.value, $0.rankChange) })
        #expect(change["c"] == 2, "3rd → 1st")
        #expect(change["a"] == -3, "1st → 4th")
        #expect(change["b"] == -1, "2nd → 3rd")
        #expect(change["d"] == .some(nil), "not ranked before")
    }

    @Test func regionRollsUpItsLocations() throws {
        let runs = (0..<3).map { Self.run("a\($0)", "a", yes: 9) } + (0..<2).map { Self.run("b\($0)", "b", yes: 5) }
            + (0..<4).map { Self.run("c\($0)", "c", yes: 7) } + [Self.run("x", nil, yes: 7)]
        let table = try Self.table(Self.builder(.location(.region)).build(runs))
        let north = try #require(table.rows.first { $0.value == "north" })
        #expect(north.runs == 5 && !north.tooFew, "b's two runs count in its region")
        #expect(isClose(north.shop?.mean, (3 * 0.9 + 2 * 0.5) / 5))
        #expect(north.name == "north" && north.manager == nil)
        #expect(table.rows.map(\.value).sorted() == ["north", "south"])
        #expect(table.runsWithoutValue == 1)
    }

    @Test func aRunCountsForEachOfItsLocationsTags() throws {
        let runs = (0..<3).map { Self.run("a\($0)", "a", yes: 9) } + (0..<3).map { Self.run("b\($0)", "b", yes: 5) }
            + (0..<3).map { Self.run("c\($0)", "c", yes: 7) }
        let table = try Self.table(Self.builder(.location(.tag)).build(runs))
        let runsByTag = Dictionary(uniqueKeysWithValues: table.rows.map { ($0.value, $0.runs) })
        #expect(runsByTag == ["mall": 6, "late": 3])
        #expect(table.runsWithoutValue == 3, "c has no tags")
        // "late" (a's runs) against all the other runs: b's and c's.
        let late = try #require(table.rows.first { $0.value == "late" })
        let shop = try #require(late.tests.first { $0.metric == .shop })
        #expect(isClose(shop.rest, 0.6) && isClose(shop.value, 0.9))
    }

    @Test func theRestOfTheProgrammeIsEveryOtherRunOfThePeriod() throws {
        // b's shop scores against a's, c's and the run without a location: the same test as on the values.
        let a = [0.9, 0.85, 0.95], b = [0.4, 0.5, 0.45], c = [0.8, 0.9, 0.7], none = [0.75]
        let runs = a.enumerated().map { Self.run("a\($0.offset)", "a", yes: $0.element * 10) }
            + b.enumerated().map { Self.run("b\($0.offset)", "b", yes: $0.element * 10) }
            + c.enumerated().map { Self.run("c\($0.offset)", "c", yes: $0.element * 10) }
            + none.map { Self.run("n", nil, yes: $0 * 10) }
        let table = try Self.table(Self.builder(.context("location")).build(runs))
        let row = try #require(table.rows.first { $0.value == "b" })
        let test = try #require(row.tests.first { $0.metric == .shop })
        let direct = try #require(BelowRestTest.mean(SampleSummary(b), rest: SampleSummary(a + c + none)))
        #expect(isClose(test.p, direct.p, relative: 1e-9))
        #expect(row.belowProgramme, "p \(test.p), q \(test.q)")
        #expect(row.rank == 3 && table.rows.first?.value == "b")
        // A pass-rate test was run too (everyone passes: p = 0.5), and q is the smaller of the two.
        #expect(row.tests.map(\.metric) == [.shop, .pass])
        #expect(row.q == row.tests.map(\.q).min())
    }

    @Test func withoutAChecklistCompletionAndMeanStepScoreRank() throws {
        var options = ReportOptions()
        options.segment = .context("location")
        let plain = Scenario(id: "shop", title: "Plain", version: 1, brief: "Do.",
                             steps: [Step(id: "find", title: "Find", instruction: "F.", touchpoint: "web-search", stage: .purchase),
                                     Step(id: "pay", title: "Pay", instruction: "P.", touchpoint: "web-pay", stage: .purchase)])
        let builder = ReportBuilder(scenarios: ["shop": plain], options: options)
        let runs = (0..<4).map { Self.run("a\($0)", "a", yes: 0, scored: 0, succeeded: $0 != 0) }
            + (0..<4).map { Self.run("b\($0)", "b", yes: 0, scored: 0) }
        let table = try Self.table(builder.build(runs))
        #expect(!table.byShop)
        #expect(table.rows.map(\.value) == ["a", "b"])
        let a = try #require(table.rows.first)
        #expect(a.completion?.rate == 0.75 && a.shop == nil && isClose(a.score?.mean, 7))
        // Every run's mean step score is 7 (8 and 6): no difference, p = 0.5 one-sided.
        #expect(a.tests.map(\.metric) == [.score, .completion])
        #expect(a.tests.first?.p == 0.5)
    }

    @Test func aTesterIsOneRowHoweverTheNameIsSpelled() throws {
        var runs = (0..<4).map { Self.run("e\($0)", nil, yes: 9) }
        for (i, name) in ["Eva Novak", "eva novak", "EVA NOVAK", "Eva Novak"].enumerated() { runs[i].tester = name }
        runs += (0..<3).map { Self.run("d\($0)", nil, yes: 5) }.map { var r = $0; r.tester = "Дмитрий Соколов"; return r }
        let table = try Self.table(Self.builder(.tester).build(runs))
        #expect(table.rows.map(\.value) == ["dmitriy-sokolov", "eva-novak"])
        #expect(table.rows.map(\.name) == ["Дмитрий Соколов", "Eva Novak"])
        #expect(table.rows.last?.runs == 4)
    }

    @Test func withoutBySegmentThereIsNoLeagueTable() {
        let report = Fixtures.builder().build([Self.run("a0", "a", yes: 9)])
        #expect(report.scenarios.allSatisfy { $0.periods.allSatisfy { $0.league == nil } })
    }
}
