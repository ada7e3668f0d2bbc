/// What `shopper testers` shows: for each tester and scenario, how the tester's marks compare
/// with the other testers' marks of the same scenario in the same period (leniency), and how
/// often their runs hold notes and barriers. Built by `TesterCalibrationBuilder`; definitions in
/// docs/report.md ("Tester calibration").
public struct TesterCalibration: Sendable, Hashable {
    public var unit: PeriodUnit
    /// The false-discovery level: a row is flagged when its q is below it.
    public var alpha: Double
    /// Rows by scenario id, then most lenient first (rows without a step leniency last), then
    /// tester.
    public var rows: [TesterRow]
    /// Counted runs (completed and abandoned) the figures are drawn from.
    public var countedRuns: Int

    public init(unit: PeriodUnit, alpha: Double, rows: [TesterRow], countedRuns: Int) {
        self.unit = unit
        self.alpha = alpha
        self.rows = rows
        self.countedRuns = countedRuns
    }

    /// The scenarios in row order, each once.
    public var scenarios: [String] {
        var seen = Set<String>()
        return rows.map(\.scenario).filter { seen.insert($0).inserted }
    }
}

/// One tester's figures in one scenario.
public struct TesterRow: Sendable, Hashable {
    /// Which way a flagged tester's marks lean.
    public enum Direction: String, Sendable, Hashable {
        case higher, lower
    }

    /// The tester as their runs name them (the name used most; runs whose names reduce to one
    /// `RunListFilter.testerKey` are one tester).
    public var tester: String
    public var scenario: String
    /// Counted runs.
    public var runs: Int
    /// Step-score leniency: per run, the mean over its scored steps of (score − the other
    /// testers' mean score of that step in the period); then the mean of those run values with a
    /// 95% t interval. Nil when no run of the tester has a step another tester also scored.
    public var leniency: Leniency?
    /// Shop-score leniency: per run, its shop score − the other testers' mean shop score in the
    /// period (0…1 scale, so ±1 at most); then as `leniency`.
    public var shopLeniency: Leniency?
    /// The smaller Benjamini–Hochberg q of the row's two tests, over every test in the output;
    /// nil when neither could be tested.
    public var q: Double?
    /// Set when `q` is below the level: the sign of the mean whose test gave `q`.
    public var flagged: Direction?
    /// Counted runs with at least one note, and with at least one barrier.
    public var runsWithNotes: Int
    public var runsWithBarriers: Int

    public init(tester: String, scenario: String, runs: Int, leniency: Leniency? = nil, shopLeniency: Leniency? = nil,
                q: Double? = nil, flagged: Direction? = nil, runsWithNotes: Int = 0, runsWithBarriers: Int = 0) {
        self.tester = tester
        self.scenario = scenario
        self.runs = runs
        self.leniency = leniency
        self.shopLeniency = shopLeniency
        self.q = q
        self.flagged = flagged
        self.runsWithNotes = runsWithNotes
        self.runsWithBarriers = runsWithBarriers
    }

    /// Share of the runs with notes; nil without runs.
    public var notesShare: Double? { runs > 0 ? Double(runsWithNotes) / Double(runs) : nil }
    /// Share of the runs with barriers; nil without runs.
    public var barriersShare: Double? { runs > 0 ? Double(runsWithBarriers) / Double(runs) : nil }

    /// From this many runs on, a tester who never recorded a barrier is pointed out: real
    /// journeys meet some, so none at all suggests barriers go unrecorded.
    public static let barrierlessRuns = 5

    /// At least `barrierlessRuns` runs and not one barrier recorded.
    public var neverRecordsBarriers: Bool { runs >= Self.barrierlessRuns && runsWithBarriers == 0 }
}

/// A mean difference from the other testers with its 95% t interval and test of "no
/// difference" (`DifferenceFromOthers`: the standard error carries the uncertainty of the others'
/// means too). The unit is the run: `n` is the number of the tester's runs that could be compared.
public struct Leniency: Sendable, Hashable {
    public var mean: Double
    /// Nil below two runs.
    public var low: Double?
    public var high: Double?
    public var n: Int
    /// Two-sided p; nil below two runs or with no spread.
    public var p: Double?

    public init(mean: Double, low: Double?, high: Double?, n: Int, p: Double?) {
        self.mean = mean
        self.low = low
        self.high = high
        self.n = n
        self.p = p
    }

    /// From the per-run differences and each period's comparison; nil when there are none.
    public init?(differences: [Double], strata: [DifferenceFromOthers.Stratum]) {
        guard let d = DifferenceFromOthers(differences: differences, strata: strata) else { return nil }
        self.init(mean: d.mean, low: d.low, high: d.high, n: d.n, p: d.p)
    }
}
