import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The calibration of a small fixed history against `reference/issue9_testers_reference.py`,
/// which computes the same figures with its own loops and scipy (`RUNS` there is `Self.history`
/// here, run for run).
@Suite struct TesterCalibrationBuilderTests {
    /// A counted run of three scored steps `s1`…`s3` (nil: not scored) and a checklist of
    /// `shop.yes` of `shop.scored` (no shop score when 0).
    static func run(_ tester: String, month: Int, _ scores: [Int?], shop: (yes: Double, scored: Double), index: Int,
                    status: Run.Status = .completed, notes: UInt32 = 0, barriers: Int = 0,
                    scenario: String = "shop") -> RunSummary {
        let steps = scores.enumerated().map { i, score in
            RunSummary.StepSummary(step: "s\(i + 1)", touchpoint: "tp", outcome: .done, seconds: 30, score: score,
                                   barriers: i == 0 ? (0..<barriers).map {
                                       BarrierRecord(id: "b\($0)", text: "B", severity: .minor, at: 1)
                                   } : [])
        }
        let started = Timestamp.parse(String(format: "2026-%02d-%02dT10:00:00Z", month, 1 + index % 28))!
        return RunSummary(id: "r\(index)", scenario: scenario, tester: tester, started: started, status: status,
                          steps: steps, checklist: RunSummary.ChecklistTotals(yes: shop.yes, scored: shop.scored),
                          noteCount: notes)
    }

    static let history: [RunSummary] = [
        run("Anna", month: 10, [9, 10, 9], shop: (9, 10), index: 0),
        run("Anna", month: 10, [10, 10, nil], shop: (10, 10), index: 1),
        run("Anna", month: 11, [9, 9, 10], shop: (8, 10), index: 2),
        run("Anna", month: 11, [10, 10, 9], shop: (9, 10), index: 3),
        run("anna", month: 11, [10, 9, 9], shop: (9, 10), index: 4),
        run("Boris", month: 10, [6, 7, 5], shop: (7, 10), index: 5),
        run("Boris", month: 10, [5, nil, 6], shop: (6, 10), index: 6),
        run("Boris", month: 11, [6, 6, 7], shop: (7, 10), index: 7),
        run("Chen", month: 10, [7, 8, 6], shop: (8, 10), index: 8),
        run("Chen", month: 11, [7, 7, 7], shop: (0, 0), index: 9),
        run("Chen", month: 11, [8, 6, nil], shop: (9, 10), index: 10),
        run("Dana", month: 11, [nil, nil, 9], shop: (10, 10), index: 11),
        run("Dana", month: 10, [4, 5, 6], shop: (5, 10), index: 12),
        run("Eve", month: 12, [7, 7, 7], shop: (8, 10), index: 13),
        // Not in the reference: an in-progress run is not counted and changes nothing.
        run("Boris", month: 11, [0, 0, 0], shop: (0, 10), index: 14, status: .inProgress),
    ]

    static func row(_ c: TesterCalibration, _ tester: String) throws -> TesterRow {
        try #require(c.rows.first { $0.tester == tester })
    }

    static func expect(_ l: Leniency?, _ values: [Double?], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let l = try #require(l, sourceLocation: sourceLocation)
        #expect(isClose(l.mean, values[0]!, relative: 1e-9), sourceLocation: sourceLocation)
        #expect(isClose(l.low, values[1]!, relative: 1e-9), sourceLocation: sourceLocation)
        #expect(isClose(l.high, values[2]!, relative: 1e-9), sourceLocation: sourceLocation)
        #expect(l.n == Int(values[3]!), sourceLocation: sourceLocation)
        #expect(isClose(l.p, values[4]!, relative: 1e-9), sourceLocation: sourceLocation)
    }

    @Test func figuresMatchTheIndependentComputation() throws {
        let c = TesterCalibrationBuilder().build(Self.history)
        #expect(c.countedRuns == 14)
        #expect(c.rows.map(\.tester) == ["Anna", "Dana", "Chen", "Boris", "Eve"])
        // The `anna` run is Anna's: one tester, named as most of their runs name them.
        let anna = try Self.row(c, "Anna")
        #expect(anna.runs == 5)
        try Self.expect(anna.leniency, [2.92222222222, 1.54462337449, 4.29982106996, 5, 0.00415579431263])
        try Self.expect(anna.shopLeniency, [0.12, -0.149901311852, 0.389901311852, 5, 0.284606331316])
        #expect(isClose(anna.q, 0.0332463545011, relative: 1e-9))
        #expect(anna.flagged == .higher)
        let boris = try Self.row(c, "Boris")
        try Self.expect(boris.leniency, [-1.86666666667, -5.33629904048, 1.60296570714, 3, 0.146651511181])
        try Self.expect(boris.shopLeniency, [-0.166666666667, -0.511078024328, 0.177744690994, 3, 0.17277175499])
        #expect(isClose(boris.q, 0.455370130106, relative: 1e-9))
        #expect(boris.flagged == nil)
        let chen = try Self.row(c, "Chen")
        try Self.expect(chen.leniency, [-1.13611111111, -4.33676561, 2.06454338778, 3, 0.266255272311])
        try Self.expect(chen.shopLeniency, [0.05, -0.634250065775, 0.734250065775, 2, 0.523600125926])
        #expect(isClose(chen.q, 0.455370130106, relative: 1e-9))
        let dana = try Self.row(c, "Dana")
        try Self.expect(dana.leniency, [-0.975, -22.1365018235, 20.1865018235, 2, 0.662823012187])
        try Self.expect(dana.shopLeniency, [-0.07, -3.03765373593, 2.89765373593, 2, 0.814622461498])
        #expect(isClose(dana.q, 0.757512013928, relative: 1e-9))
        // Alone in December: nobody to compare with.
        let eve = try Self.row(c, "Eve")
        #expect(eve.runs == 1 && eve.leniency == nil && eve.shopLeniency == nil && eve.q == nil && eve.flagged == nil)
    }

    @Test func whereTesterShowsOneTesterStillComparedWithEveryone() throws {
        var options = ReportOptions()
        options.filter = try RunFilter.parse(["tester=anna"], scenarios: [Scenario](), locations: nil)
        let c = TesterCalibrationBuilder(options: options).build(Self.history)
        #expect(c.rows.map(\.tester) == ["Anna"])
        let anna = try Self.row(c, "Anna")
        try Self.expect(anna.leniency, [2.92222222222, 1.54462337449, 4.29982106996, 5, 0.00415579431263])
        // Only Anna's two tests are in the false-discovery family now: q = 2·p of the smaller p.
        #expect(isClose(anna.q, 0.00415579431263 * 2, relative: 1e-9))
    }

    @Test func scenarioAndDateOptionsSelectRuns() throws {
        var options = try ReportOptions.make(unit: nil, since: "2026-11-01", until: "2026-11-30")
        let november = TesterCalibrationBuilder(options: options).build(Self.history)
        #expect(november.countedRuns == 7)
        #expect(!november.rows.contains { $0.tester == "Eve" })
        options = try ReportOptions.make(unit: nil, scenarios: ["other"])
        #expect(TesterCalibrationBuilder(options: options).build(Self.history).rows.isEmpty)
    }

    @Test func periodsAreCompared() throws {
        // By quarter, October and November are one period: Anna's runs are compared with more runs
        // and her figures change.
        let options = try ReportOptions.make(unit: .quarter)
        let c = TesterCalibrationBuilder(options: options).build(Self.history)
        let anna = try Self.row(c, "Anna")
        #expect(!isClose(anna.leniency?.mean, 2.92222222222, relative: 1e-6))
        #expect(anna.leniency?.n == 5)
    }

    @Test func notesAndBarriersShares() throws {
        let runs = (0..<6).map {
            Self.run("Fay", month: 10, [7, 7, 7], shop: (8, 10), index: $0, notes: $0 < 2 ? 3 : 0)
        } + (0..<4).map {
            Self.run("Gus", month: 10, [7, 7, 7], shop: (8, 10), index: 10 + $0, barriers: $0 == 0 ? 2 : 0)
        }
        let c = TesterCalibrationBuilder().build(runs)
        let fay = try Self.row(c, "Fay")
        #expect(isClose(fay.notesShare, 2.0 / 6) && fay.barriersShare == 0)
        #expect(fay.neverRecordsBarriers)
        let gus = try Self.row(c, "Gus")
        #expect(gus.notesShare == 0 && isClose(gus.barriersShare, 0.25))
        // Four runs are too few to call a tester barrier-blind; Gus recorded one anyway.
        #expect(!gus.neverRecordsBarriers)
        #expect(!TesterRow(tester: "x", scenario: "s", runs: 4).neverRecordsBarriers)
    }
}
