import ShopperCore

/// `--by-segment KEY`: per scenario and period, the league table of the key's values (docs/report.md,
/// "League tables"). Linear in the runs: each period's runs are grouped by value once, and "the rest
/// of the programme" of a value is the period's totals minus the value's, never a second scan.
extension ReportBuilder {
    /// The periods with their league tables filled in: figures, ranks, rank changes and each
    /// value's one-sided p against the rest; q and the flags are set report-wide by `flagSegments`.
    func leagueTables(_ periods: [PeriodStats], grouped: [Period: RunSubset], scenario: Scenario?,
                      key: SegmentKey) -> [PeriodStats] {
        let byShop = Self.ranksByShop(scenario: scenario, runs: grouped.values)
        var previousRanks: [String: Int] = [:]
        return periods.map { stats in
            var stats = stats
            guard let runs = grouped[stats.period] else { return stats }
            var table = leagueTable(runs, scenario: scenario, key: key, byShop: byShop)
            for i in table.rows.indices {
                guard let rank = table.rows[i].rank, let before = previousRanks[table.rows[i].value] else { continue }
                table.rows[i].rankChange = before - rank
            }
            previousRanks = [:]
            for row in table.rows { if let rank = row.rank { previousRanks[row.value] = rank } }
            stats.league = table
            return stats
        }
    }

    /// Shop score and pass rate rank a scenario with a checklist; without the scenario file, one
    /// whose runs have a shop score. Else completion and mean step score. Decided once per scenario,
    /// so ranks compare across its periods.
    static func ranksByShop(scenario: Scenario?, runs: some Sequence<RunSubset>) -> Bool {
        if let scenario { return scenario.steps.contains { !$0.checklist.isEmpty } }
        return runs.contains { $0.contains { $0.checklist.shopScore != nil } }
    }

    /// A run's mean step score (0–10) over its attempted steps with a score; nil without one.
    static func meanStepScore(_ run: RunSummary) -> Double? {
        var sum = 0, n = 0
        for step in run.steps where step.isAttempt {
            if let score = step.score {
                sum += score
                n += 1
            }
        }
        return n > 0 ? Double(sum) / Double(n) : nil
    }

    /// The figures a value is ranked and tested on: the mean (shop score or mean step score) and
    /// the proportion (pass or completion), as samples.
    struct SegmentSample {
        var mean: SampleSummary
        var successes: Int
        var n: Int
    }

    static func segmentSample(_ f: TaskFigures, scores: [Double], byShop: Bool) -> SegmentSample {
        byShop ? SegmentSample(mean: SampleSummary(f.shopScores), successes: f.passed, n: f.judged)
            : SegmentSample(mean: SampleSummary(scores), successes: f.successes, n: f.attempts)
    }

    func leagueTable(_ runs: RunSubset, scenario: Scenario?, key: SegmentKey, byShop: Bool) -> LeagueTable {
        let resolver = options.filter.resolver
        var members: [String: [Int]] = [:]
        // Testers are one person however their name is spelled (`runs --tester`): grouped by the
        // name's slug, shown by the spelling first met.
        var testerNames: [String: String] = [:]
        var withoutValue = 0
        for position in runs.positions {
            var values = resolver.values(key, of: runs.all[position])
            if key == .tester, let name = values.first {
                let slug = RunListFilter.testerKey(name)
                if testerNames[slug] == nil { testerNames[slug] = name }
                values = [slug]
            }
            if values.isEmpty { withoutValue += 1 }
            // A location's tags may repeat a value; a run counts once per value.
            for (i, value) in values.enumerated() where !values[..<i].contains(value) {
                members[value, default: []].append(position)
            }
        }
        let scoresOf = { (subset: RunSubset) in subset.filter(\.isTaskAttempt).compactMap(Self.meanStepScore) }
        let whole = Self.segmentSample(Self.taskFigures(runs, scenario: scenario), scores: byShop ? [] : scoresOf(runs),
                                       byShop: byShop)
        var rows: [SegmentRow] = []
        for value in members.keys.sorted() {
            let subset = RunSubset(all: runs.all, positions: members[value]!)
            let f = Self.taskFigures(subset, scenario: scenario)
            let scores = scoresOf(subset)
            let location = key == .context("location") ? resolver.location(value) : nil
            var row = SegmentRow(key: key.description, value: value, name: location?.name ?? testerNames[value] ?? value,
                                 manager: location?.manager, runs: subset.count,
                                 pass: CompletionRate(successes: f.passed, of: f.judged), shop: ShopScore(f.shopScores),
                                 completion: CompletionRate(successes: f.successes, of: f.attempts),
                                 time: GeometricMean(seconds: f.seconds),
                                 nps: Self.surveyAnswers(subset, scenario: scenario)["nps"].flatMap { NPS(answers: $0) },
                                 score: MeanInterval(scores, scale: Self.scoreScale))
            if !row.tooFew {
                row.tests = Self.belowRestTests(Self.segmentSample(f, scores: scores, byShop: byShop), whole: whole,
                                                byShop: byShop)
            }
            rows.append(row)
        }
        return LeagueTable(key: key.description, rows: Self.ranked(rows, byShop: byShop),
                           runsWithoutValue: withoutValue, byShop: byShop)
    }

    /// The value's tests against the rest of the period's runs: Welch on the mean (shop score, or
    /// mean step score) and the N − 1 two-proportion test (pass, or completion), one-sided "below".
    static func belowRestTests(_ part: SegmentSample, whole: SegmentSample, byShop: Bool) -> [SegmentTest] {
        var tests: [SegmentTest] = []
        let rest = whole.mean.removing(part.mean)
        if let t = BelowRestTest.mean(part.mean, rest: rest) {
            tests.append(SegmentTest(metric: byShop ? .shop : .score, value: part.mean.mean, rest: rest.mean, p: t.p))
        }
        let restN = whole.n - part.n, restSuccesses = whole.successes - part.successes
        if part.n > 0, restN > 0,
           let t = BelowRestTest.proportion(successes: part.successes, of: part.n, restSuccesses: restSuccesses, of: restN) {
            tests.append(SegmentTest(metric: byShop ? .pass : .completion, value: Double(part.successes) / Double(part.n),
                                     rest: Double(restSuccesses) / Double(restN), p: t.p))
        }
        return tests
    }

    /// The ranking keys of a row, higher better; a missing figure ranks below any figure.
    static func rankingKeys(_ row: SegmentRow, byShop: Bool) -> (Double, Double) {
        let missing = -Double.infinity
        if byShop {
            let shop: Double = row.shop?.mean ?? missing
            let pass: Double = row.pass?.rate ?? missing
            return (shop, pass)
        }
        let completion: Double = row.completion?.rate ?? missing
        let score: Double = row.score?.mean ?? missing
        return (completion, score)
    }

    /// Ranks (1 = best; equal keys share a rank, the next rank skips) and the display order: ranked
    /// rows worst first, then the rows with too few runs, each by value.
    static func ranked(_ rows: [SegmentRow], byShop: Bool) -> [SegmentRow] {
        var ranked = rows.filter { !$0.tooFew }
            .sorted { a, b in
                let (ka, kb) = (rankingKeys(a, byShop: byShop), rankingKeys(b, byShop: byShop))
                return ka != kb ? ka > kb : a.value < b.value
            }
        for i in ranked.indices {
            let same = i > 0 && rankingKeys(ranked[i], byShop: byShop) == rankingKeys(ranked[i - 1], byShop: byShop)
            ranked[i].rank = same ? ranked[i - 1].rank : i + 1
        }
        // Worst first; among equal ranks, by value.
        let worstFirst = ranked.sorted { ($0.rank!, $1.value) > ($1.rank!, $0.value) }
        return worstFirst + rows.filter(\.tooFew)
    }

    /// Benjamini–Hochberg over every segment test of the report (its own family, apart from the
    /// change tests), then each row's q (its smallest) and flag (a q below alpha with a lower value).
    static func flagSegments(_ reports: [ScenarioReport], alpha: Double) -> [ScenarioReport] {
        var ps: [Double] = []
        for report in reports {
            for period in report.periods {
                for row in period.league?.rows ?? [] { ps += row.tests.map(\.p) }
            }
        }
        let qs = BenjaminiHochberg.adjust(ps)
        var next = 0
        var reports = reports
        for r in reports.indices {
            for p in reports[r].periods.indices {
                guard var table = reports[r].periods[p].league else { continue }
                table.alpha = alpha
                for i in table.rows.indices {
                    for t in table.rows[i].tests.indices {
                        table.rows[i].tests[t].q = qs[next]
                        next += 1
                    }
                    let tests = table.rows[i].tests
                    table.rows[i].q = tests.map(\.q).min()
                    table.rows[i].belowProgramme = tests.contains { $0.q < alpha && $0.value < $0.rest }
                }
                reports[r].periods[p].league = table
            }
        }
        return reports
    }
}
