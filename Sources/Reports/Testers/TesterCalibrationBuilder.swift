import Foundation

/// Computes `TesterCalibration` from run summaries, following docs/report.md ("Tester
/// calibration"). Pure: values in, a value out.
///
/// Runs are the counted ones (completed and abandoned) that pass the scenario, date and
/// `--where` options. `--where tester=…` clauses choose whose rows are shown, not whom they are
/// compared with: the others are every other tester of the selection, so one tester can be looked
/// at alone.
public struct TesterCalibrationBuilder: Sendable {
    public var options: ReportOptions

    public init(options: ReportOptions = ReportOptions()) {
        self.options = options
    }

    public func build(_ runs: [RunSummary]) -> TesterCalibration {
        let pool = RunFilter(clauses: options.filter.clauses.filter { $0.key != .tester }, resolver: options.filter.resolver)
        let shown = Set(options.filter.clauses.filter { $0.key == .tester }.map { RunListFilter.testerKey($0.value) })
        // Indices by scenario and period, not copies of the summaries.
        var grouped: [String: [Period: [Int]]] = [:]
        var counted = 0
        for (index, run) in runs.enumerated() where run.isCounted && inRange(run) && (pool.isEmpty || pool.matches(run)) {
            counted += 1
            grouped[run.scenario, default: [:]][Period(containing: run.started, unit: options.unit), default: []].append(index)
        }
        var rows: [TesterRow] = []
        for scenario in grouped.keys.sorted() {
            rows += Self.rows(scenario: scenario, periods: grouped[scenario]!, runs: runs)
                .filter { shown.isEmpty || shown.contains(RunListFilter.testerKey($0.tester)) }
        }
        Self.flag(&rows, alpha: options.alpha)
        return TesterCalibration(unit: options.unit, alpha: options.alpha, rows: rows, countedRuns: counted)
    }

    func inRange(_ run: RunSummary) -> Bool {
        if !options.scenarios.isEmpty, !options.scenarios.contains(run.scenario) { return false }
        if let since = options.since, run.started < since { return false }
        if let until = options.until, run.started >= until { return false }
        return true
    }

    /// A running sum, sum of squares and count.
    struct Sum {
        var total = 0.0
        var squares = 0.0
        var count = 0

        mutating func add(_ value: Double) {
            total += value
            squares += value * value
            count += 1
        }

        /// The mean without `part` (the tester's own values); nil when nothing is left.
        func mean(without part: Sum?) -> Double? {
            let n = count - (part?.count ?? 0)
            guard n > 0 else { return nil }
            return (total - (part?.total ?? 0)) / Double(n)
        }

        /// The others' side of the comparison: their count and sample variance (nil below two).
        func others(without part: Sum?) -> (count: Int, variance: Double?) {
            let n = count - (part?.count ?? 0)
            guard n >= 2 else { return (max(0, n), nil) }
            let t = total - (part?.total ?? 0)
            let ss = squares - (part?.squares ?? 0)
            return (n, max(0, (ss - t * t / Double(n)) / Double(n - 1)))
        }
    }

    /// One tester's figures in a scenario, as they accumulate.
    struct Tally {
        var names: [String: Int] = [:]
        var runs = 0
        var notes = 0
        var barriers = 0
        var steps: [Double] = []
        var stepStrata: [DifferenceFromOthers.Stratum] = []
        var shop: [Double] = []
        var shopStrata: [DifferenceFromOthers.Stratum] = []
    }

    /// The scored steps of a run: attempted steps with a score, as the report's step scores.
    static func scores(_ run: RunSummary) -> some Sequence<(String, Double)> {
        run.steps.lazy.filter { $0.isAttempt && $0.score != nil }.map { ($0.step, Double($0.score!)) }
    }

    /// The rows of one scenario, unflagged.
    static func rows(scenario: String, periods: [Period: [Int]], runs: [RunSummary]) -> [TesterRow] {
        var tallies: [String: Tally] = [:]
        for period in periods.keys.sorted() {
            let positions = periods[period]!
            // Sums per step and of shop scores, for everyone and per tester: the others' mean is
            // everyone's sum minus the tester's own, over everyone's count minus the tester's.
            var steps: [String: Sum] = [:]
            var stepsBy: [String: [String: Sum]] = [:]
            var shop = Sum()
            var shopBy: [String: Sum] = [:]
            // Each run's mean step score, for the spread of the others' side (`DifferenceFromOthers`).
            var runMeans = Sum()
            var runMeansBy: [String: Sum] = [:]
            for position in positions {
                let run = runs[position]
                let key = RunListFilter.testerKey(run.tester)
                var own = Sum()
                for (step, score) in scores(run) {
                    steps[step, default: Sum()].add(score)
                    stepsBy[key, default: [:]][step, default: Sum()].add(score)
                    own.add(score)
                }
                if own.count > 0 {
                    runMeans.add(own.total / Double(own.count))
                    runMeansBy[key, default: Sum()].add(own.total / Double(own.count))
                }
                if let score = run.checklist.shopScore {
                    shop.add(score)
                    shopBy[key, default: Sum()].add(score)
                }
            }
            var compared: [String: (steps: Int, shop: Int)] = [:]
            for position in positions {
                let run = runs[position]
                let key = RunListFilter.testerKey(run.tester)
                var tally = tallies[key] ?? Tally()
                tally.names[run.tester, default: 0] += 1
                tally.runs += 1
                if run.noteCount > 0 { tally.notes += 1 }
                if run.barrierCount > 0 { tally.barriers += 1 }
                // The run's unit value: the mean of its step differences, over the steps some
                // other tester scored in the period.
                var difference = Sum()
                for (step, score) in scores(run) {
                    if let others = steps[step]?.mean(without: stepsBy[key]?[step]) { difference.add(score - others) }
                }
                if difference.count > 0 {
                    tally.steps.append(difference.total / Double(difference.count))
                    compared[key, default: (0, 0)].steps += 1
                }
                if let score = run.checklist.shopScore, let others = shop.mean(without: shopBy[key]) {
                    tally.shop.append(score - others)
                    compared[key, default: (0, 0)].shop += 1
                }
                tallies[key] = tally
            }
            for (key, counts) in compared {
                if counts.steps > 0 {
                    let others = runMeans.others(without: runMeansBy[key])
                    tallies[key]!.stepStrata.append(.init(runs: counts.steps, othersVariance: others.variance,
                                                          othersCount: others.count))
                }
                if counts.shop > 0 {
                    let others = shop.others(without: shopBy[key])
                    tallies[key]!.shopStrata.append(.init(runs: counts.shop, othersVariance: others.variance,
                                                          othersCount: others.count))
                }
            }
        }
        return tallies.values.map { tally in
            // The name used most; ties to the one that sorts first.
            let name = tally.names.max { ($0.value, $1.key) < ($1.value, $0.key) }!.key
            return TesterRow(tester: name, scenario: scenario, runs: tally.runs,
                             leniency: Leniency(differences: tally.steps, strata: tally.stepStrata),
                             shopLeniency: Leniency(differences: tally.shop, strata: tally.shopStrata),
                             runsWithNotes: tally.notes, runsWithBarriers: tally.barriers)
        }
        .sorted { a, b in
            switch (a.leniency?.mean, b.leniency?.mean) {
            case let (x?, y?) where x != y: x > y
            case (.some, nil): true
            case (nil, .some): false
            default: (a.tester, a.runs) < (b.tester, b.runs)
            }
        }
    }

    /// Benjamini–Hochberg over every row's tests (step and shop leniency): each row's q is the
    /// smaller of its two, and the row is flagged, in the direction of that test's mean, when q
    /// is below `alpha`.
    static func flag(_ rows: inout [TesterRow], alpha: Double) {
        var tests: [(row: Int, mean: Double, p: Double)] = []
        for (i, row) in rows.enumerated() {
            for leniency in [row.leniency, row.shopLeniency].compactMap({ $0 }) {
                if let p = leniency.p { tests.append((i, leniency.mean, p)) }
            }
        }
        let qs = BenjaminiHochberg.adjust(tests.map(\.p))
        var best: [Int: (q: Double, mean: Double)] = [:]
        for (test, q) in zip(tests, qs) where best[test.row].map({ q < $0.q }) ?? true {
            best[test.row] = (q, test.mean)
        }
        for (i, (q, mean)) in best {
            rows[i].q = q
            if q < alpha { rows[i].flagged = mean > 0 ? .higher : .lower }
        }
    }
}
