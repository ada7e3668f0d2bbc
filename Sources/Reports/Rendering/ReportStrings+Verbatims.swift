import Foundation
import ShopperCore

/// The words around what the testers said and around scenarios without runs, in English and
/// Russian.
extension ReportStrings {
    /// At most this many verbatims per step in Markdown and HTML; JSON has all of them.
    static let verbatimsPerStep = 10

    func testersSaid(_ period: String) -> String { t("What the testers said in \(period)", "Что сказали тестировщики в \(period)") }
    func nothingSaid(_ period: String) -> String {
        t("No notes or free-text answers in \(period).", "В \(period) нет заметок и текстовых ответов.")
    }
    var surveyTitle: String { t("Closing survey", "Итоговый опрос") }
    var scenarioHasNoRuns: String { t("no runs yet", "прогонов пока нет") }

    /// What kind of verbatim it is: `note`, `answer`, `new barrier`; the renderer adds the
    /// question or barrier id (`Verbatim.subject`).
    func verbatimKind(_ kind: Verbatim.Kind) -> String {
        switch kind {
        case .note: t("note", "заметка")
        case .answer: t("answer", "ответ")
        case .barrier: t("new barrier", "новый барьер")
        }
    }

    /// `and 3 more` / `и ещё 3`.
    func andMore(_ n: Int) -> String { t("and \(n) more", "и ещё \(n)") }

    /// The run's UTC start day, `2026-11-23`.
    static func day(_ date: Date) -> String { String(Timestamp.format(date).prefix(10)) }
}

extension Verbatim {
    /// The question id of an answer, the barrier id of a barrier; nil for a note.
    var subject: String? { question ?? barrier }
}

extension ScenarioReport {
    /// The current period's verbatims grouped for Markdown and HTML: per step in journey order
    /// (step id, title), then the closing survey (nil id); groups without verbatims left out.
    func verbatimGroups(_ period: PeriodStats) -> [(step: String?, title: String?, verbatims: [Verbatim])] {
        var groups: [(step: String?, title: String?, verbatims: [Verbatim])] = []
        var listed = Set<String>()
        for step in period.steps {
            listed.insert(step.step)
            let said = period.verbatims(step: step.step)
            if !said.isEmpty { groups.append((step.step, step.title, said)) }
        }
        // Steps the period's statistics do not list (none expected), in the order first said.
        var others: [String] = []
        for v in period.verbatims { if let s = v.step, !listed.contains(s), !others.contains(s) { others.append(s) } }
        for step in others { groups.append((step, nil, period.verbatims(step: step))) }
        let survey = period.verbatims(step: nil)
        if !survey.isEmpty { groups.append((nil, nil, survey)) }
        return groups
    }
}
