import Foundation
import ShopperCore

/// Texts of `shopper reply` and `shopper waiting` (outside the runner's screens), English and Russian.
extension Strings {

    /// `shopper reply`: the wait closed answered.
    public func replyAnswered(after seconds: Double, working: Double?) -> String {
        let d = DurationText.format(seconds, language: language)
        let w = working.map { t("; \(DurationText.format($0, language: language)) of working time",
                                 "; \(DurationText.format($0, language: language)) рабочего времени") } ?? ""
        return t("Recorded: answered after \(d)\(w).", "Записано: ответ пришёл через \(d)\(w).")
    }
    /// `shopper reply --none`.
    public func replyUnanswered(after seconds: Double) -> String {
        let d = DurationText.format(seconds, language: language)
        return t("Recorded: no answer after \(d) of waiting.", "Записано: ответа нет, ждали \(d).")
    }
    public func continueRun(_ command: String) -> String {
        t("Continue the run with: \(command)", "Продолжить прогон: \(command)")
    }

    public func noRunAnywhere(_ id: String, root: String) -> String {
        t("no run '\(id)' in \(root)", "нет прогона «\(id)» в \(root)")
    }
    public func noRunAt(_ id: String, path: String) -> String {
        t("no run '\(id)' at \(path)", "нет прогона «\(id)»: нет файла \(path)")
    }
    public func noOpenWait(_ id: String, status: String) -> String {
        t("run '\(id)' is \(status): it has no open wait", "прогон «\(id)» в состоянии \(status): открытого ожидания нет")
    }
    public func runHasNoOpenWait(_ id: String) -> String {
        t("run '\(id)' has no open wait", "в прогоне «\(id)» нет открытого ожидания")
    }
    public func stepHasNoOpenWait(_ step: String, run id: String, open: [String]) -> String {
        let list = open.joined(separator: ", ")
        return t("step '\(step)' of run '\(id)' has no open wait" + (open.isEmpty ? "" : " (open: \(list))"),
                  "у шага «\(step)» прогона «\(id)» нет открытого ожидания" + (open.isEmpty ? "" : " (открыты: \(list))"))
    }
    public func scenarioMissingForWait(_ scenario: String, run id: String) -> String {
        t("scenario '\(scenario)' of run '\(id)' is not in the scenarios folder: its working hours are needed",
           "сценария «\(scenario)» прогона «\(id)» нет в папке сценариев, а нужны его рабочие часы")
    }
    public func waitNotCurrent(_ step: String, run id: String) -> String {
        t("step '\(step)' of run '\(id)' is not where the run stands (a step before it is unfinished)",
           "шаг «\(step)» прогона «\(id)» — не тот, на котором стоит прогон (предыдущий шаг не закончен)")
    }
    public func cannotSaveRun(_ path: String, reason: String) -> String {
        t("cannot save \(path): \(reason)", "не удалось сохранить \(path): \(reason)")
    }

    /// `shopper waiting` on a workspace with no runs folder yet.
    public func noRunsYet(_ folder: String) -> String {
        t("note: no runs yet (no \(folder) folder); `shopper run SCENARIO` records one there",
           "примечание: прогонов ещё нет (нет папки \(folder)); `shopper run СЦЕНАРИЙ` запишет первый туда")
    }
    public func noRunsFolder(_ folder: String) -> String {
        t("error: no runs folder '\(folder)'; give the folder of run files with --runs",
           "ошибка: нет папки прогонов «\(folder)»; укажите папку с файлами прогонов в --runs")
    }
}

/// `shopper reply`'s refusals about its arguments.
extension Strings {
    private func tq(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }

    /// `shopper reply` on a run another runner has open.
    public func runLockedForReply(_ id: String, by holder: RunLock.Holder) -> String {
        tq("run '\(id)' is open in another runner (\(self.holder(holder))); record the answer there, or reply once that runner ends",
           "прогон «\(id)» открыт в другом запуске (\(self.holder(holder))); запишите ответ там или повторите, когда тот запуск закончится")
    }
    /// `shopper reply RUN STEP` with a STEP the scenario does not have, or that is not a wait.
    public func noSuchWaitStep(_ step: String, scenario: String, exists: Bool, waits: [String]) -> String {
        let list = waits.joined(separator: ", ")
        if exists {
            return tq("step '\(step)' of scenario '\(scenario)' is not a wait step; " + (waits.isEmpty ? "the scenario has none" : "its wait steps are: \(list)"),
                      "шаг «\(step)» сценария «\(scenario)» — не ожидание; " + (waits.isEmpty ? "в сценарии их нет" : "шаги-ожидания: \(list)"))
        }
        return tq("no step '\(step)' in scenario '\(scenario)'; " + (waits.isEmpty ? "it has no wait steps" : "its wait steps are: \(list)"),
                  "в сценарии «\(scenario)» нет шага «\(step)»; " + (waits.isEmpty ? "шагов-ожиданий в нём нет" : "шаги-ожидания: \(list)"))
    }
}
