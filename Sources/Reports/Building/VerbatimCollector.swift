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
        let location = run.context["location"].flatMap { blank($0) ? nil : $0 }
        func make(_ kind: Verbatim.Kind, step: String?, question: String? = nil, barrier: String? = nil,
                  text: String) -> Verbatim {
            Verbatim(run: run.id, tester: run.tester, at: run.started, kind: kind, step: step, question: question,
                     barrier: barrier, text: text, location: location)
        }
        var out: [Verbatim] = []
        for record in run.steps {
            for note in record.notes where !blank(note.text) {
                out.append(make(.note, step: record.step, text: note.text))
            }
            let new = newBarriers[record.step] ?? []
            for barrier in record.barriers where new.contains(barrier.id) && !blank(barrier.text) {
                out.append(make(.barrier, step: record.step, barrier: barrier.id, text: barrier.text))
            }
            let questions = scenario?.step(record.step)?.questions ?? []
            for (id, answer) in record.answers {
                guard case .text(let text) = answer, !blank(text),
                      isFreeText(questions.first { $0.id == id }) else { continue }
                out.append(make(.answer, step: record.step, question: id, text: text))
            }
        }
        for (id, answer) in run.survey {
            guard case .text(let text) = answer, !blank(text),
                  isFreeText(scenario?.survey.first { $0.id == id }) else { continue }
            out.append(make(.answer, step: nil, question: id, text: text))
        }
        return out
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
