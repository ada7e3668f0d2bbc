import Foundation
import ShopperCore

/// The verbatims of one decoded run (see `Verbatim`): its notes, its free-text answers and the
/// text of its new barriers, in the run's order (step by step: notes, barriers, answers; then the
/// closing survey). Pure: a run in, values out.
public enum VerbatimCollector {
    /// `newBarriers`: per step id, the barrier ids that are new in the current period (absent from
    /// the baseline); only those barriers' texts are collected.
    ///
    /// An answer is free text when its question is a `text` question of the scenario (a step's
    /// question, or the survey's for survey answers). A question the scenario does not have (no
    /// scenario file, or one from another version) counts when its answer is text: the tester's
    /// words are kept rather than lost. Blank texts are left out.
    public static func verbatims(of run: Run, scenario: Scenario?, newBarriers: [String: Set<String>] = [:]) -> [Verbatim] {
        verbatims(of: Said(run), run: run.id, tester: run.tester, started: run.started, scenario: scenario,
                  newBarriers: newBarriers)
    }

    /// The same from the texts of a run (`Said`, read by `VerbatimReader` or taken from a `Run`)
    /// and the run's facts.
    static func verbatims(of said: Said, run: String, tester: String, started: Date, scenario: Scenario?,
                          newBarriers: [String: Set<String>]) -> [Verbatim] {
        let location = said.location.flatMap { blank($0) ? nil : $0 }
        func make(_ kind: Verbatim.Kind, step: String?, question: String? = nil, barrier: String? = nil,
                  text: String) -> Verbatim {
            Verbatim(run: run, tester: tester, at: started, kind: kind, step: step, question: question,
                     barrier: barrier, text: text, location: location)
        }
        var out: [Verbatim] = []
        for record in said.steps {
            for note in record.notes where !blank(note) {
                out.append(make(.note, step: record.step, text: note))
            }
            let new = newBarriers[record.step] ?? []
            for barrier in record.barriers where new.contains(barrier.id) && !blank(barrier.text) {
                out.append(make(.barrier, step: record.step, barrier: barrier.id, text: barrier.text))
            }
            let questions = scenario?.step(record.step)?.questions ?? []
            for answer in record.answers where !blank(answer.text) && isFreeText(questions.first { $0.id == answer.id }) {
                out.append(make(.answer, step: record.step, question: answer.id, text: answer.text))
            }
        }
        for answer in said.survey where !blank(answer.text) && isFreeText(scenario?.survey.first { $0.id == answer.id }) {
            out.append(make(.answer, step: nil, question: answer.id, text: answer.text))
        }
        return out
    }

    /// The texts of one run that can become verbatims, in the run's order: per step its notes,
    /// barriers (id, text) and text answers (question id, text); the survey's text answers; the
    /// `location` context.
    struct Said: Sendable, Hashable {
        /// An id with its text: a barrier's, or a question's answer.
        struct Text: Sendable, Hashable {
            var id: String
            var text: String
        }

        struct Step: Sendable, Hashable {
            var step: String
            var notes: [String] = []
            var barriers: [Text] = []
            var answers: [Text] = []
        }

        var location: String?
        var steps: [Step] = []
        var survey: [Text] = []

        init(location: String? = nil, steps: [Step] = [], survey: [Text] = []) {
            self.location = location
            self.steps = steps
            self.survey = survey
        }

        init(_ run: Run) {
            location = run.context["location"]
            steps = run.steps.map { record in
                Step(step: record.step, notes: record.notes.map(\.text),
                     barriers: record.barriers.map { Text(id: $0.id, text: $0.text) },
                     answers: record.answers.compactMap { id, answer in
                         if case .text(let text) = answer { Text(id: id, text: text) } else { nil }
                     })
            }
            survey = run.survey.compactMap { id, answer in
                if case .text(let text) = answer { Text(id: id, text: text) } else { nil }
            }
        }
    }

    /// Newest run first (ties: run id, descending); within a run, the run's order.
    public static func newestFirst(_ verbatims: [Verbatim]) -> [Verbatim] {
        verbatims.enumerated()
            .sorted { ($1.element.at, $1.element.run, $0.offset) < ($0.element.at, $0.element.run, $1.offset) }
            .map(\.element)
    }

    /// Per step, the barrier ids of the current period that the baseline does not have: the
    /// report's `new` barriers. Empty without a baseline with runs.
    public static func newBarriers(current: PeriodStats, baseline: PeriodStats?) -> [String: Set<String>] {
        guard let baseline, baseline.runs > 0, current.runs > 0 else { return [:] }
        var out: [String: Set<String>] = [:]
        for step in current.steps {
            let before = Set(baseline.step(step.step)?.barriers.map(\.id) ?? [])
            let new = Set(step.barriers.map(\.id)).subtracting(before)
            if !new.isEmpty { out[step.step] = new }
        }
        return out
    }

    static func isFreeText(_ question: Question?) -> Bool {
        guard let question else { return true }
        if case .text = question.kind { return true }
        return false
    }

    static func blank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
