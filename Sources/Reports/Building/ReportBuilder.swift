import Foundation
import ShopperCore

/// Computes a `Report` from run summaries, the scenarios and the touchpoints registry,
/// following the definitions in `docs/report.md`. Pure: values in, a value out.
public struct ReportBuilder: Sendable {
    public var scenarios: [String: Scenario]
    public var registry: TouchpointRegistry?
    public var options: ReportOptions

    public init(scenarios: [String: Scenario] = [:], registry: TouchpointRegistry? = nil,
                options: ReportOptions = ReportOptions()) {
        self.scenarios = scenarios
        self.registry = registry
        self.options = options
    }

    public func build(_ runs: [RunSummary]) -> Report {
        // One pass, and indices rather than filtered copies: a copy of 100,000 summaries is 10 MB.
        var grouped: [String: [Int]] = [:]
        var selectedCount = 0
        var countedCount = 0
        for (index, run) in runs.enumerated() where matches(run) {
            selectedCount += 1
            guard run.isCounted else { continue }
            countedCount += 1
            grouped[run.scenario, default: []].append(index)
        }
        let byScenario = grouped
        let counted = runs.lazy.filter { self.matches($0) && $0.isCounted }
        // Scenarios are independent: they are built in parallel, in a fixed order of results.
        let ids = byScenario.keys.sorted()
        let slots = Slots<(ScenarioReport, [ChangeTest])>(count: ids.count)
        DispatchQueue.concurrentPerform(iterations: ids.count) { i in
            slots[i] = scenarioReport(ids[i], runs: RunSubset(all: runs, positions: byScenario[ids[i]]!))
        }
        // Flagging is report-wide: the false-discovery rate is controlled over every scenario's tests.
        let (flagged, tests) = Self.flag(slots.values.map(\.0), tests: slots.values.flatMap(\.1), alpha: options.alpha)
        let reports = Self.flagSegments(flagged, alpha: options.alpha)
        let allPeriods = Set(counted.map { Period(containing: $0.started, unit: options.unit) }).sorted()
        let touchpointPeriod = options.current ?? allPeriods.last
        let touchpoints = touchpointScores(counted, period: touchpointPeriod, periods: allPeriods)
        var report = Report(unit: options.unit, scenarios: reports, touchpoints: touchpoints,
                            touchpointPeriod: touchpointPeriod, countedRuns: countedCount,
                            inProgressRuns: selectedCount - countedCount, tests: tests)
        report.scenariosWithoutRuns = scenariosWithoutRuns(reported: Set(ids))
        return report
    }

    /// Scenario, date and `--where` filters (status is not filtered here: in-progress runs are counted
    /// separately).
    public func matches(_ run: RunSummary) -> Bool {
        if !options.scenarios.isEmpty, !options.scenarios.contains(run.scenario) { return false }
        if let since = options.since, run.started < since { return false }
        if let until = options.until, run.started >= until { return false }
        return options.filter.isEmpty || options.filter.matches(run)
    }

    // MARK: Scenario

    func scenarioReport(_ id: String, runs: RunSubset) -> (ScenarioReport, [ChangeTest]) {
        let scenario = scenarios[id]
        var positions: [Period: [Int]] = [:]
        for position in runs.positions {
            positions[Period(containing: runs.all[position].started, unit: options.unit), default: []].append(position)
        }
        let grouped = positions.mapValues { RunSubset(all: runs.all, positions: $0) }
        let stepOrder = Self.stepOrder(scenario: scenario, runs: runs)
        var periods: [PeriodStats] = []
        for period in grouped.keys.sorted() {
            periods.append(periodStats(period, runs: grouped[period]!, scenario: scenario, stepOrder: stepOrder))
        }
        if let key = options.segment { periods = leagueTables(periods, grouped: grouped, scenario: scenario, key: key) }
        var comparison: Comparison?
        var changes: [Change] = []
        var tests: [ChangeTest] = []
        if let (baseline, current) = comparedPeriods(periods.map(\.period)) {
            let b = grouped[baseline] ?? RunSubset(all: [], positions: [])
            let c = grouped[current] ?? RunSubset(all: [], positions: [])
            let note = Self.versionNote(baseline: baseline, b, current: current, c)
            comparison = Comparison(baseline: baseline, current: current, note: note,
                                    baselineRuns: b.count, currentRuns: c.count)
            changes = barrierChanges(baseline: b, current: c, stepOrder: stepOrder, note: note)
            tests = changeTests(id, baseline: b, current: c, scenario: scenario, stepOrder: stepOrder)
        }
        return (ScenarioReport(scenario: id, title: scenario?.title ?? id, periods: periods,
                               comparison: comparison, changes: changes), tests)
    }

    /// `--baseline`/`--current` when given; else the latest period with runs and the one
    /// with runs before it.
    func comparedPeriods(_ periods: [Period]) -> (Period, Period)? {
        if let b = options.baseline, let c = options.current { return (b, c) }
        guard periods.count >= 2 else { return nil }
        return (periods[periods.count - 2], periods[periods.count - 1])
    }

    static func versionNote(baseline: Period, _ b: RunSubset, current: Period, _ c: RunSubset) -> String? {
        let bv = Set(b.map(\.scenarioVersion)).sorted()
        let cv = Set(c.map(\.scenarioVersion)).sorted()
        guard !bv.isEmpty, !cv.isEmpty, bv != cv else { return nil }
        func list(_ v: [Int]) -> String { v.map { "v\($0)" }.joined(separator: ", ") }
        return "scenario version changed: \(baseline.label) ran \(list(bv)), \(current.label) ran \(list(cv)); "
            + "a change may come from the scenario, not the service"
    }

    /// The scenario's steps in journey order, then any other step ids the runs name, in
    /// the order first met.
    static func stepOrder(scenario: Scenario?, runs: RunSubset) -> [String] {
        var order = scenario?.steps.map(\.id) ?? []
        var seen = Set(order)
        for position in runs.positions.sorted(by: { runs.all[$0].started < runs.all[$1].started }) {
            for step in runs.all[position].steps where !seen.contains(step.step) {
                seen.insert(step.step)
                order.append(step.step)
            }
        }
        return order
    }

    func periodStats(_ period: Period, runs: RunSubset, scenario: Scenario?, stepOrder: [String]) -> PeriodStats {
        let successes = runs.filter(\.succeeded)
        let completion = CompletionRate(successes: successes.count, of: runs.count(where: \.isTaskAttempt))
        // A scenario of wait steps only has no active task time to measure (its steps record 0 s;
        // their times are the responses).
        let onlyWaits = scenario.map { !$0.steps.isEmpty && $0.steps.allSatisfy { $0.wait != nil } } ?? false
        let taskSeconds = onlyWaits ? [] : successes.map(\.activeSeconds)
        let time = GeometricMean(seconds: taskSeconds)
        let survey = Self.surveyAnswers(runs, scenario: scenario)
        let records = StepRecords(runs)
        var knownText: [String: String] = [:]
        for known in scenario?.barriers ?? [] where knownText[known.id] == nil { knownText[known.id] = known.text }
        let steps = stepOrder.compactMap { id in stepStats(id, records: records, scenario: scenario, knownText: knownText) }
        var stats = PeriodStats(period: period, runs: runs.count, versions: Set(runs.map(\.scenarioVersion)).sorted(),
                                completion: completion, time: time,
                                nps: survey["nps"].flatMap { NPS(answers: $0) },
                                csat: survey["csat"].flatMap { CSAT(answers: $0) },
                                ces: survey["ces"].flatMap { CES(answers: $0, scale: Self.scale(of: .ces)) }, steps: steps,
                                untimed: untimedCount(taskSeconds))
        let task = Self.taskFigures(runs, scenario: scenario)
        stats.shop = ShopScore(task.shopScores)
        stats.pass = CompletionRate(successes: task.passed, of: task.judged)
        stats.criticalFailures = task.criticalFailures
        stats.criticalItems = task.criticalItems.map {
            CriticalItemStats(step: $0.item.step, item: $0.item.item, failed: $0.failed, n: task.attempts,
                              text: Self.checklistText(step: $0.item.step, item: $0.item.item, scenario: scenario))
        }
        stats.target = scenario?.target
        stats.withinTarget = task.within.flatMap { CompletionRate(successes: $0.within, of: $0.n) }
        return stats
    }

    /// A checklist item's text in the scenario, nil when not found or empty.
    static func checklistText(step: String, item: String, scenario: Scenario?) -> String? {
        let text = scenario?.steps.first { $0.id == step }?.checklist.first { $0.id == item }?.text
        return text?.isEmpty == false ? text : nil
    }

    /// The survey question's type when it is nps, csat or ces; without the scenario, a
    /// question whose id is one of those names.
    static func surveyKind(_ question: String, scenario: Scenario?) -> String? {
        if let scenario {
            guard let q = scenario.survey.first(where: { $0.id == question }) else { return nil }
            switch q.kind {
            case .nps, .csat, .ces: return q.kind.name
            default: return nil
            }
        }
        return ["nps", "csat", "ces"].contains(question) ? question : nil
    }

    /// The range of the 0 to 10 step score: score intervals are clipped to it.
    static let scoreScale: ClosedRange<Double> = 0...10

    /// A rating question's answer range (its own for `scale`), for clipping intervals.
    static func scale(of kind: Question.Kind) -> ClosedRange<Double>? {
        kind.range.map { Double($0.lowerBound)...Double($0.upperBound) }
    }

    /// Nil when no run in the period has a record of the step.
    /// `records`: the records of the period's runs; `knownText`: the scenario's known barriers'
    /// texts by id.
    func stepStats(_ id: String, records: StepRecords, scenario: Scenario?,
                   knownText: [String: String]) -> StepStats? {
        var attempts = 0
        var done = 0
        var seconds: [Double] = []
        var scores: [Double] = []
        var compliance: [Double] = []
        var touchpoint = scenario?.step(id)?.touchpoint
        var barriers: [String: (text: String, runs: Int, severity: BarrierRecord.Severity, first: Int)] = [:]
        var answers: [String: [Double]] = [:]
        var seen = false
        let definition = scenario?.step(id)
        // A wait step's target is its response time (`stats.response`), not its active time.
        let target = definition?.wait == nil ? definition?.target : nil
        // Nor is a wait step's active time its figure: the runner records 0 s for it (the time
        // is the response), so it is neither timed nor counted among the untimed attempts.
        let isWait = definition?.wait != nil
        var timed = 0
        var within = 0
        var inRun = Set<String>()
        var currentRun = -1
        for item in records[id] {
            let record = records.record(item)
            if item.run != currentRun {
                inRun.removeAll(keepingCapacity: true)
                currentRun = item.run
            }
            seen = true
            if touchpoint == nil { touchpoint = record.touchpoint }
            for barrier in record.barriers {
                if var entry = barriers[barrier.id] {
                    if !inRun.contains(barrier.id) { entry.runs += 1 }
                    entry.severity = max(entry.severity, barrier.severity)
                    barriers[barrier.id] = entry
                } else {
                    let text = knownText[barrier.id] ?? barrier.text
                    barriers[barrier.id] = (text, 1, barrier.severity, barriers.count)
                }
                inRun.insert(barrier.id)
            }
            guard record.isAttempt else { continue }
            attempts += 1
            if record.outcome == .done {
                done += 1
                if !isWait { seconds.append(record.seconds) }
                // Untimed attempts (under 1 s) are not measured: not counted against the target.
                if let target, isMeasuredTime(record.seconds) {
                    timed += 1
                    if record.seconds <= target { within += 1 }
                }
            }
            if let score = record.score { scores.append(Double(score)) }
            if let c = record.compliance { compliance.append(c) }
            // Step questions are the scenario's; runs of another version may have had others.
            if records.runs.all[item.run].scenarioVersion == scenario?.version {
                for answer in record.answers { answers[answer.question, default: []].append(answer.value) }
            }
        }
        guard seen else { return nil }
        var questions: [QuestionStats] = []
        for q in definition?.questions ?? [] {
            switch q.kind {
            case .seq, .ces, .scale, .csat, .nps:
                if let values = answers[q.id], let mean = MeanInterval(values, scale: Self.scale(of: q.kind)) {
                    questions.append(QuestionStats(question: q.id, type: q.kind.name, mean: mean))
                }
            default: break
            }
        }
        let interval = MeanInterval(compliance, scale: 0...1)
        let checklist = compliance.isEmpty
            ? nil : ChecklistStats(compliance: compliance.reduce(0, +) / Double(compliance.count), n: compliance.count,
                                   low: interval?.low, high: interval?.high)
        let barrierList = barriers.map { BarrierStats(id: $0.key, text: $0.value.text, runs: $0.value.runs,
                                                      maxSeverity: $0.value.severity) }
            .sorted { ($0.runs, $0.maxSeverity.rawValue, $1.id) > ($1.runs, $1.maxSeverity.rawValue, $0.id) }
        var stats = StepStats(step: id, title: definition?.title ?? id, touchpoint: touchpoint ?? "", attempts: attempts,
                              completion: CompletionRate(successes: done, of: attempts),
                              time: GeometricMean(seconds: seconds), score: MeanInterval(scores, scale: Self.scoreScale),
                              checklist: checklist,
                              barriers: barrierList, questions: questions, untimed: untimedCount(seconds))
        stats.target = target
        stats.withinTarget = target == nil ? nil : CompletionRate(successes: within, of: timed)
        stats.response = Self.responseStats(id, records: records, scenario: scenario)
        return stats
    }

    // MARK: Changes

    /// New and resolved barriers; the tested changes are flagged report-wide (`flag`).
    func barrierChanges(baseline b: RunSubset, current c: RunSubset, stepOrder: [String], note: String?) -> [Change] {
        guard !b.isEmpty, !c.isEmpty else { return [] }
        var changes: [Change] = []
        let bRecords = StepRecords(b), cRecords = StepRecords(c)
        for step in stepOrder {
            let bb = bRecords.barrierRuns(step: step)
            let cb = cRecords.barrierRuns(step: step)
            for id in cb.keys.sorted() where bb[id] == nil {
                changes.append(Change(metric: .barrier, step: step, kind: .new, baseline: 0, current: Double(cb[id]!),
                                      p: nil, barrier: id, note: note))
            }
            for id in bb.keys.sorted() where cb[id] == nil {
                changes.append(Change(metric: .barrier, step: step, kind: .resolved, baseline: Double(bb[id]!),
                                      current: 0, p: nil, barrier: id, note: note))
            }
        }
        return changes
    }

    /// Every metric's test between the two periods, in a fixed order (the task, each step, the
    /// survey), with q still unset.
    func changeTests(_ id: String, baseline b: RunSubset, current c: RunSubset, scenario: Scenario?,
                     stepOrder: [String]) -> [ChangeTest] {
        let bs = metricSamples(b, scenario: scenario, stepOrder: stepOrder)
        let cs = metricSamples(c, scenario: scenario, stepOrder: stepOrder)
        let baseline = Dictionary(bs.map { ($0.key, $0.sample) }, uniquingKeysWith: { first, _ in first })
        var tests: [ChangeTest] = []
        for (key, current) in cs {
            guard let before = baseline[key], let result = MetricSample.test(current: current, baseline: before),
                  result.p.isFinite else { continue }
            tests.append(ChangeTest(scenario: id, metric: key.metric, step: key.step, question: key.question,
                                    baseline: before.shown, current: current.shown, p: min(1, max(0, result.p)),
                                    difference: result.difference))
        }
        return tests
    }

    /// Benjamini–Hochberg over every test of the report, then a flag for each q below alpha with
    /// a difference: the changes merged with each scenario's barrier changes, regressions first.
    static func flag(_ reports: [ScenarioReport], tests: [ChangeTest], alpha: Double) -> ([ScenarioReport], [ChangeTest]) {
        var tests = tests
        let q = BenjaminiHochberg.adjust(tests.map(\.p))
        for i in tests.indices { tests[i].q = q[i] }
        var flagged: [String: [Change]] = [:]
        for test in tests where test.q < alpha {
            guard let kind = test.metric.kind(difference: test.difference) else { continue }
            flagged[test.scenario, default: []].append(
                Change(metric: test.metric, step: test.step, kind: kind, baseline: test.baseline, current: test.current,
                       p: test.p, q: test.q, question: test.question))
        }
        let rank: [Change.Kind: Int] = [.regression: 0, .improvement: 1, .new: 2, .resolved: 3]
        let reports = reports.map { report in
            var report = report
            let note = report.comparison?.note
            let tested = (flagged[report.scenario] ?? []).map { change in
                var change = change
                change.note = note
                return change
            }
            report.changes = (tested + report.changes).enumerated()
                .sorted { (rank[$0.element.kind]!, $0.offset) < (rank[$1.element.kind]!, $1.offset) }
                .map(\.element)
            return report
        }
        return (reports, tests)
    }

    // MARK: Touchpoints

    func touchpointScores(_ runs: some Sequence<RunSummary>, period: Period?, periods: [Period]) -> [TouchpointScore] {
        var scores: [String: [Period: [Double]]] = [:]
        var order: [String] = registry?.touchpoints.map(\.id) ?? []
        var known = Set(order)
        for run in runs {
            let p = Period(containing: run.started, unit: options.unit)
            for record in run.steps {
                if !known.contains(record.touchpoint) {
                    known.insert(record.touchpoint)
                    order.append(record.touchpoint)
                }
                guard record.isAttempt, let score = record.score else { continue }
                scores[record.touchpoint, default: [:]][p, default: []].append(Double(score))
            }
        }
        func mean(_ values: [Double]?) -> Double? {
            guard let values, !values.isEmpty else { return nil }
            return values.reduce(0, +) / Double(values.count)
        }
        var list: [TouchpointScore] = order.enumerated().map { index, id in
            let touchpoint = registry?[id]
            let latest = period.flatMap { scores[id]?[$0] } ?? []
            let score = mean(latest)
            let priority = score.flatMap { s in touchpoint.map { Double($0.importance.product) * (10 - s) } }
            var result = TouchpointScore(id: id, name: touchpoint?.name ?? id, owner: touchpoint?.owner,
                                         importance: touchpoint?.importance, score: score, n: latest.count,
                                         priority: priority, focus: nil,
                                         trend: periods.map { TrendPoint(period: $0, value: mean(scores[id]?[$0])) })
            result.order = index
            result.stage = touchpoint?.stage
            result.team = touchpoint?.team?.score
            return result
        }
        // Ranked by priority; a score from fewer than `minimumFocusN` attempts is not ranked
        // into the focus list (it is listed after the ranked ones, marked).
        let ranked = list.indices.filter { list[$0].priority != nil && !list[$0].isThin }
            .sorted { (list[$0].priority!, -$0) > (list[$1].priority!, -$1) }
        for (rank, index) in ranked.prefix(5).enumerated() { list[index].focus = rank + 1 }
        let rankedSet = Set(ranked)
        return ranked.map { list[$0] } + list.indices.filter { !rankedSet.contains($0) }.map { list[$0] }
    }
}
