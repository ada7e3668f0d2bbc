import ShopperCore

/// A tested figure: the metric, its step (nil for the task and the survey) and its rating
/// question (nil unless a question's score).
struct MetricKey: Hashable {
    var metric: MetricKind
    var step: String?
    var question: String?
}

extension ReportBuilder {
    /// Every tested figure of one period's runs as a sample, in report order: the task
    /// (completion, time, shop, pass, within target), each step (completion, time, within
    /// target, for a wait step its response time, score, rating questions, compliance), the survey (NPS, CSAT, CES).
    func metricSamples(_ runs: RunSubset, scenario: Scenario?, stepOrder: [String]) -> [(key: MetricKey, sample: MetricSample)] {
        var out: [(key: MetricKey, sample: MetricSample)] = []
        func add(_ metric: MetricKind, _ sample: MetricSample, step: String? = nil, question: String? = nil) {
            out.append((MetricKey(metric: metric, step: step, question: question), sample))
        }
        let task = Self.taskFigures(runs, scenario: scenario)
        add(.completion, .proportion(successes: task.successes, n: task.attempts))
        add(.time, .seconds(task.seconds))
        add(.shop, .values(task.shopScores))
        add(.pass, .proportion(successes: task.passed, n: task.judged))
        if let target = task.within {
            add(.withinTarget, .proportion(successes: target.within, n: target.n))
        }
        let records = StepRecords(runs)
        for step in stepOrder {
            let f = Self.stepFigures(step, records: records, scenario: scenario)
            add(.completion, .proportion(successes: f.done, n: f.attempts), step: step)
            add(.time, .seconds(f.seconds), step: step)
            if let r = Self.responseFigures(step, records: records, scenario: scenario) {
                if r.target != nil { add(.withinTarget, .proportion(successes: r.within, n: r.observations.count), step: step) }
                add(.response, .responses(r.observations), step: step)
            }
            if let target = f.within { add(.withinTarget, .proportion(successes: target.within, n: target.n), step: step) }
            add(.score, .values(f.scores), step: step)
            for q in f.questions { add(.score, .values(q.values), step: step, question: q.id) }
            add(.compliance, .values(f.compliance), step: step)
        }
        let survey = Self.surveyAnswers(runs, scenario: scenario)
        if let answers = survey["nps"] { add(.nps, .nps(answers)) }
        if let answers = survey["csat"] {
            let valid = answers.filter { (1...5).contains($0) }
            add(.csat, .proportion(successes: valid.count { $0 >= 4 }, n: valid.count))
        }
        if let answers = survey["ces"] {
            let scale = Question.Kind.ces.range ?? 1...7
            add(.ces, .values(answers.filter { scale.contains($0) }.map(Double.init)))
        }
        return out
    }

    /// The task's figures in one period.
    struct TaskFigures {
        var attempts = 0
        var successes = 0
        /// Active seconds of successful runs.
        var seconds: [Double] = []
        /// Shop scores of task attempts that have one.
        var shopScores: [Double] = []
        /// Task attempts with a shop score, and those that pass.
        var judged = 0
        var passed = 0
        /// Task attempts with a critical failure.
        var criticalFailures = 0
        /// Per failed critical item (step, item): runs that failed it, in the order first met.
        var criticalItems: [(item: RunSummary.CriticalItem, failed: Int)] = []
        /// Runs that failed each bit of `ChecklistTotals.criticalMask`.
        var failedBits = [Int](repeating: 0, count: 64)
        /// Timed successful runs within the scenario's target; nil without a target.
        var within: (within: Int, n: Int)?
    }

    static func taskFigures(_ runs: RunSubset, scenario: Scenario?) -> TaskFigures {
        var f = TaskFigures()
        if scenario?.target != nil { f.within = (0, 0) }
        for run in runs where run.isTaskAttempt {
            f.attempts += 1
            if run.succeeded {
                f.successes += 1
                let seconds = run.activeSeconds
                f.seconds.append(seconds)
                if let target = scenario?.target, isMeasuredTime(seconds) {
                    f.within!.n += 1
                    if seconds <= target { f.within!.within += 1 }
                }
            }
            if let score = run.checklist.shopScore { f.shopScores.append(score) }
            if let passes = run.passes(mark: scenario?.pass) {
                f.judged += 1
                if passes { f.passed += 1 }
            }
            let mask = run.checklist.criticalMask
            guard mask != 0 else { continue }
            f.criticalFailures += 1
            for bit in 0..<64 where mask & (1 << UInt64(bit)) != 0 { f.failedBits[bit] += 1 }
        }
        // The items in the scenario's order; past the 63rd they share the last bit.
        for (i, item) in RunSummary.criticalItems(of: scenario).prefix(64).enumerated() where f.failedBits[i] > 0 {
            f.criticalItems.append((item, f.failedBits[i]))
        }
        return f
    }

    /// A step's figures in one period.
    struct StepFigures {
        var attempts = 0
        var done = 0
        var seconds: [Double] = []
        var scores: [Double] = []
        var compliance: [Double] = []
        /// The rating questions of the scenario's step, with the answers of runs of its version.
        var questions: [(id: String, kind: Question.Kind, values: [Double])] = []
        /// Timed done attempts within the step's target; nil without a target.
        var within: (within: Int, n: Int)?
    }

    static func stepFigures(_ id: String, records: StepRecords, scenario: Scenario?) -> StepFigures {
        var f = StepFigures()
        let definition = scenario?.step(id)
        // A wait step's target is its response time (`responseFigures`), not its active time.
        let target = definition?.wait == nil ? definition?.target : nil
        if target != nil { f.within = (0, 0) }
        var answers: [String: [Double]] = [:]
        for item in records[id] {
            let record = records.record(item)
            guard record.isAttempt else { continue }
            f.attempts += 1
            if record.outcome == .done {
                f.done += 1
                f.seconds.append(record.seconds)
                // Untimed attempts (under 1 s) are not measured: they are not counted against the target.
                if let target, isMeasuredTime(record.seconds) {
                    f.within!.n += 1
                    if record.seconds <= target { f.within!.within += 1 }
                }
            }
            if let score = record.score { f.scores.append(Double(score)) }
            if let c = record.compliance { f.compliance.append(c) }
            // Step questions are the scenario's; runs of another version may have had others.
            if records.runs.all[item.run].scenarioVersion == scenario?.version {
                for answer in record.answers { answers[answer.question, default: []].append(answer.value) }
            }
        }
        for q in definition?.questions ?? [] {
            switch q.kind {
            case .seq, .ces, .scale, .csat, .nps:
                if let values = answers[q.id] { f.questions.append((q.id, q.kind, values)) }
            default: break
            }
        }
        return f
    }

    /// Survey answers by kind (nps, csat, ces). A run of another version is read by question
    /// name, as its reader checked it (`AnswerScales`): its questions may not be the current ones.
    static func surveyAnswers(_ runs: RunSubset, scenario: Scenario?) -> [String: [Int]] {
        var survey: [String: [Int]] = [:]
        for run in runs {
            let definition = run.scenarioVersion == scenario?.version ? scenario : nil
            for answer in run.survey {
                // Readers hold ratings to their scale, so the conversion is exact.
                guard let kind = surveyKind(answer.question, scenario: definition),
                      let value = Int(exactly: answer.value.rounded()) else { continue }
                survey[kind, default: []].append(value)
            }
        }
        return survey
    }
}
