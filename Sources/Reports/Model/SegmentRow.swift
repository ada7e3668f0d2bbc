/// One value of the `--by-segment` key (a location, a region, a tester, an app version …) in one
/// period of a scenario: its figures, its place in the period's league table and whether it is
/// significantly below the rest of the programme. Definitions: docs/report.md, "League tables".
public struct SegmentRow: Sendable, Hashable {
    /// The key as written on the command line (`location`, `region`, `tester`, …).
    public var key: String
    public var value: String
    /// The location's registry name for `location`; else the value.
    public var name: String
    /// The location's manager (registry) for `location`; else nil.
    public var manager: String?
    /// Counted runs of the value in the period.
    public var runs: Int
    public var pass: CompletionRate?
    public var shop: ShopScore?
    public var completion: CompletionRate?
    public var time: GeometricMean?
    public var nps: NPS?
    /// Mean over the value's runs of each run's mean step score (0–10): the second ranking key of
    /// a scenario without a checklist.
    public var score: MeanInterval?
    /// 1 = best among the ranked values of the period; nil when `tooFew`. Equal figures share a rank.
    public var rank: Int?
    /// Previous rank − this rank (positive: moved up) against the scenario's previous period with
    /// runs; nil when the value is not ranked in either.
    public var rankChange: Int?
    /// Some test of the value against the rest of the programme has q below alpha and a lower value.
    public var belowProgramme = false
    /// The smallest Benjamini–Hochberg q of the value's tests; nil when not tested.
    public var q: Double?
    /// Fewer than `SegmentRow.minimumRuns` counted runs: listed, not ranked, not tested.
    public var tooFew: Bool
    /// The value's tests against the rest of the programme (at most two).
    public var tests: [SegmentTest] = []

    /// Values with fewer counted runs are not ranked: one odd visit moves a single-shop score by 100%.
    public static let minimumRuns = 3

    public init(key: String, value: String, name: String, manager: String? = nil, runs: Int, pass: CompletionRate?,
                shop: ShopScore?, completion: CompletionRate?, time: GeometricMean?, nps: NPS?,
                score: MeanInterval? = nil) {
        self.key = key
        self.value = value
        self.name = name
        self.manager = manager
        self.runs = runs
        self.pass = pass
        self.shop = shop
        self.completion = completion
        self.time = time
        self.nps = nps
        self.score = score
        self.tooFew = runs < Self.minimumRuns
    }
}

/// A one-sided test of a segment value's runs against every other run of the scenario in the
/// period ("is this value below the rest?").
public struct SegmentTest: Sendable, Hashable {
    /// `shop` or `score` (Welch), `pass` or `completion` (N − 1 two-proportion).
    public var metric: MetricKind
    /// The value's figure and the rest's (mean or rate).
    public var value: Double
    public var rest: Double
    /// One-sided p for "the value is lower than the rest".
    public var p: Double
    /// The Benjamini–Hochberg adjusted p over every segment test of the report.
    public var q: Double = 1

    public init(metric: MetricKind, value: Double, rest: Double, p: Double) {
        self.metric = metric
        self.value = value
        self.rest = rest
        self.p = p
    }
}

/// A period's league table of the `--by-segment` key's values, in display order: ranked values
/// worst first, then the values with too few runs (by value).
public struct LeagueTable: Sendable, Hashable {
    /// The key as written on the command line.
    public var key: String
    public var rows: [SegmentRow]
    /// Counted runs of the period without a value of the key (no such context value, a location
    /// the registry lacks): part of "the rest of the programme", not listed.
    public var runsWithoutValue: Int
    /// Whether the scenario is ranked by shop score and pass rate (it has a checklist), else by
    /// completion and mean step score.
    public var byShop: Bool
    /// The false-discovery level of the flags (`--alpha`).
    public var alpha: Double = 0.05

    public init(key: String, rows: [SegmentRow], runsWithoutValue: Int, byShop: Bool) {
        self.key = key
        self.rows = rows
        self.runsWithoutValue = runsWithoutValue
        self.byShop = byShop
    }

    /// The ranked rows (worst first).
    public var ranked: [SegmentRow] { rows.filter { !$0.tooFew } }
    /// The rows with too few runs to rank.
    public var tooFew: [SegmentRow] { rows.filter(\.tooFew) }
}
