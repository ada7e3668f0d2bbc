import Foundation
import ShopperCore

// The end of a file for `RunSummaryReader`: the checks that need the whole step or run, and the
// summary built from what was read.
extension RunSummaryReader {
    /// The step's wait fields as `RunDecoder` (`RunDecoder+Wait.swift`) accepts them (a plain
    /// null being absent there too): `sent` whenever any other is given, `answered` not before it and
    /// with `response_seconds` within a second of their difference, `response_working_seconds`
    /// only with `response_seconds` and not above it, and an open wait only in a step that is
    /// `started` or `skipped`. Anything else goes to the full path for its diagnostic.
    func waitIsValid() -> Bool {
        guard let sent = step.sent else { return false }
        let wall = step.responseSeconds
        if let answered = step.answered {
            guard answered >= sent, let wall, abs(answered.timeIntervalSince(sent) - wall) <= 1 else { return false }
        }
        if let work = step.responseWorkingSeconds {
            guard let wall, work <= wall + 1 else { return false }
        }
        if wall == nil, step.outcome == .done || step.outcome == .failed { return false }
        return true
    }

    // MARK: Summary

    /// The wait steps' responses: this path reads one attempt per step (`attempts` goes to the
    /// full path), answered when `answered` is given, open without `response_seconds`.
    func waits() -> [RunSummary.WaitSummary] {
        var out: [RunSummary.WaitSummary] = []
        for (index, s) in steps.enumerated() where s.sent != nil {
            let result: RunSummary.WaitSummary.Result = s.answered != nil ? .answered : s.responseSeconds == nil ? .open : .unanswered
            out.append(RunSummary.WaitSummary(stepIndex: index, result: result, wallSeconds: s.responseSeconds ?? 0,
                                              workingSeconds: s.responseWorkingSeconds))
        }
        return out
    }

    func summary(path: String, scenarios: [String: Scenario]) -> RunSummary? {
        guard let id, let scenario, let tester, let started, let status else { return nil }
        if let finished, finished < started { return nil }
        if status != .inProgress, steps.contains(where: { $0.outcome == .started }) { return nil }
        let definition = scenarios[scenario]
        // Ratings as `RunDecoder` checks them: any problem sends the file to the full path.
        let scales = AnswerScales(scenario: definition, version: version)
        for answer in survey where Self.misfits(answer, scales.survey(answer.question)) { return nil }
        for s in steps {
            for answer in s.answers where Self.misfits(answer, scales.step(s.step!, answer.question)) { return nil }
        }
        let summaries = steps.map { s in
            RunSummary.StepSummary(step: s.step!, touchpoint: s.touchpoint!, outcome: s.outcome!, seconds: s.seconds,
                                   score: s.score,
                                   compliance: RunSummary.compliance(s.checklist, definition: definition?.step(s.step!)),
                                   answers: s.answers, barriers: s.barriers)
        }
        return RunSummary(id: id, path: path, scenario: scenario, scenarioVersion: version, tester: tester,
                          started: started, status: status, steps: summaries, survey: survey,
                          checklist: RunSummary.totals(steps.lazy.map { ($0.step!, $0.outcome!, $0.checklist) },
                                                       scenario: definition),
                          context: context, noteCount: noteCount, waits: waits())
    }
}
