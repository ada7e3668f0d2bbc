import Foundation
import ShopperCore

/// Every text the runner shows, in English and Russian. Scenario text is passed through as written.
public struct Strings: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    /// The interface language: `--lang`, else the scenario's `language`, else `LC_ALL`/`LC_MESSAGES`/`LANG`
    /// starting with `ru`, else English.
    public static func language(flag: Language?, scenario: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        if let scenario { return scenario }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty {
                return value.lowercased().hasPrefix("ru") ? .ru : .en
            }
        }
        return .en
    }

    /// The text in the strings' language; every `Strings` extension says its texts through it.
    func t(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }

    // MARK: Setup

    public var askTester: String { t("Tester's name (q: quit):", "Имя тестировщика (q: выйти):") }
    public var valueRequired: String { t("a value is required", "нужно ввести значение") }
    /// Asked when the tester has an unfinished run of the scenario (the latest, `id`, with `others`
    /// older ones): y resumes it, n marks it (only it) abandoned once the new run starts, and
    /// starts a new one.
    public func resumeOffer(id: String, started: Date, others: Int = 0) -> String {
        let when = Timestamp.format(started)
        if others == 0 {
            return t("An unfinished run of this scenario by this tester exists: \(id) (started \(when)). y: resume it · n: mark it abandoned and start anew [y/n]:",
                     "Есть незавершённый прогон этого сценария этим тестировщиком: \(id) (начат \(when)). д: продолжить его · н: отметить его прерванным и начать заново [д/н]:")
        }
        let en = others == 1 ? "the other one stays in progress" : "the \(others) others stay in progress"
        let ru = others == 1 ? "другой останется незавершённым" : "остальные (\(others)) останутся незавершёнными"
        return t("This tester has \(others + 1) unfinished runs of this scenario; the latest is \(id) (started \(when)). "
                 + "y: resume it · n: mark only this one abandoned and start anew; \(en) (each can be resumed with --resume RUN_ID) [y/n]:",
                 "Незавершённых прогонов этого сценария у этого тестировщика: \(others + 1); последний — \(id) (начат \(when)). "
                 + "д: продолжить его · н: отметить прерванным только его и начать заново; \(ru) (каждый можно продолжить с --resume RUN_ID) [д/н]:")
    }
    /// `shopper run --abandon`, or the old run when the resume offer is declined.
    public func markedAbandoned(_ id: String, path: String) -> String {
        t("Run \(id) is marked abandoned: \(path)", "Прогон \(id) отмечен как прерванный: \(path)")
    }
    public var nothingRecorded: String {
        t("Stopped before the run began: nothing was recorded.", "Остановлено до начала прогона: ничего не записано.")
    }
    public func resuming(id: String) -> String { t("Resuming run \(id).", "Продолжаем прогон \(id).") }
    public func scenarioVersionChanged(recorded: Int, current: Int) -> String {
        t("Note: the run was recorded with scenario version \(recorded); the scenario is now version \(current).",
          "Внимание: прогон записан по версии сценария \(recorded), сейчас версия \(current).")
    }

    // MARK: Briefing

    public func scenarioTitle(_ title: String) -> String { t("Scenario: \(title)", "Сценарий: \(title)") }
    public var persona: String { t("Persona:", "Персона:") }
    public var brief: String { t("Brief:", "Задание:") }
    public func taskTarget(_ seconds: Double) -> String {
        t("Time budget for the whole task: \(duration(seconds))", "Время на всё задание: \(duration(seconds))")
    }
    public var briefingPrompt: String { t("Press Enter to go on (q: save and quit).", "Нажмите Enter, чтобы продолжить (q: сохранить и выйти).") }

    // MARK: Steps

    public func stepHeader(_ n: Int, of total: Int, title: String) -> String {
        t("Step \(n) of \(total): \(title)", "Шаг \(n) из \(total): \(title)")
    }
    public var expected: String { t("Expected:", "Ожидается:") }
    public func stepTarget(_ seconds: Double) -> String {
        t("Time target: \(duration(seconds))", "Цель по времени: \(duration(seconds))")
    }
    public var readyPrompt: String { t("Enter: start the step · s: skip · q: save and quit", "Enter: начать шаг · s: пропустить · q: сохранить и выйти") }
    /// Shown under the step header when a resumed run goes back to a step's missing answers.
    public var continuingAnswers: String {
        t("Continuing the answers for this step.", "Продолжаем ответы по этому шагу.")
    }
    public var resumedStep: String {
        t("This step was interrupted; its barriers and notes are kept and its timer continues.",
          "Этот шаг был прерван: его барьеры и заметки сохранены, таймер продолжится.")
    }
    public func started(_ elapsed: Double) -> String { t("Timer running from \(clock(elapsed)).", "Таймер идёт с \(clock(elapsed)).") }
    public var runningPrompt: String {
        t("Enter: done · f: failed · b: barrier · n: note · p: pause · s: skip · q: save and quit · ?: help",
          "Enter: готово · f: не получилось · b: барьер · n: заметка · p: пауза · s: пропустить · q: сохранить и выйти · ?: помощь")
    }
    public var help: [String] {
        language == .ru ? [
            "Enter  шаг выполнен",
            "f      не удалось выполнить шаг (затем: что помешало)",
            "b      записать барьер (и на паузе)",
            "n      записать заметку (и на паузе)",
            "p      пауза / продолжить (время паузы не считается)",
            "s      пропустить шаг",
            "q      сохранить и выйти; прогон можно продолжить с --resume",
            "?      эта справка",
        ] : [
            "Enter  the step is done",
            "f      the step could not be completed (then: what stopped you)",
            "b      record a barrier (also while paused)",
            "n      record a note (also while paused)",
            "p      pause / resume (paused time is not counted)",
            "s      skip the step",
            "q      save and quit; the run can be resumed with --resume",
            "?      this help",
        ]
    }
    public func unknownCommand(_ text: String) -> String {
        t("Unknown command '\(text)'; type ? for help.", "Неизвестная команда «\(text)»; ? — справка.")
    }
    public func targetPassed(_ target: Double) -> String {
        t("(time target \(duration(target)) passed)", "(цель по времени \(duration(target)) превышена)")
    }
    public func elapsed(_ seconds: Double) -> String { t("Time: \(clock(seconds))", "Время: \(clock(seconds))") }
    public func paused(_ seconds: Double) -> String {
        t("Paused at \(clock(seconds)). Enter or p: resume · n: note · b: barrier · f: failed · s: skip · q: save and quit",
          "Пауза в \(clock(seconds)). Enter или p: продолжить · n: заметка · b: барьер · f: не получилось · s: пропустить · q: сохранить и выйти")
    }
    public var stillPaused: String { t("The step is paused; Enter or p resumes.", "Шаг на паузе; Enter или p — продолжить.") }
    /// Full screen only: `f` and `s` on a running or paused step ask first (Enter, y or д confirms).
    public var confirmFail: String {
        t("Mark this step as failed? Enter or y: yes · any other key: no", "Отметить шаг как невыполненный? Enter или д: да · другая клавиша: нет")
    }
    public var confirmSkip: String {
        t("Skip this step? Enter or y: yes · any other key: no", "Пропустить этот шаг? Enter или д: да · другая клавиша: нет")
    }
    public func resumed(_ seconds: Double) -> String { t("Resumed at \(clock(seconds)).", "Продолжено с \(clock(seconds)).") }
    public func stepDone(_ seconds: Double) -> String { t("Done in \(clock(seconds)).", "Выполнено за \(clock(seconds)).") }
    public func stepFailed(_ seconds: Double) -> String { t("Not completed, after \(clock(seconds)).", "Не выполнено, прошло \(clock(seconds)).") }
    public var stepSkipped: String { t("Step skipped.", "Шаг пропущен.") }

    // MARK: Full-screen terminal

    /// The live timer line: `Time 0:12.3 / target 1:00`.
    public func timer(_ seconds: Double, target: Double?) -> String {
        guard let target else { return t("Time \(clock(seconds))", "Время \(clock(seconds))") }
        return t("Time \(clock(seconds)) / target \(DurationText.clock(target))",
                 "Время \(clock(seconds)) / цель \(DurationText.clock(target))")
    }
    /// `+0:12 over target`
    public func overTarget(_ seconds: Double) -> String {
        t("+\(clock(seconds)) over target", "+\(clock(seconds)) сверх цели")
    }
    public var pausedBadge: String { t("PAUSED", "ПАУЗА") }
    public var pausedKeys: String {
        t("Enter or p: resume · n: note · b: barrier · f: failed · s: skip · q: save and quit · ?: help",
          "Enter или p: продолжить · n: заметка · b: барьер · f: не получилось · s: пропустить · q: сохранить и выйти · ?: помощь")
    }
    public var editorKeys: String {
        t("Enter: confirm · Backspace: erase · Esc: clear · Ctrl-C: save and quit",
          "Enter: подтвердить · Backspace: стереть · Esc: очистить · Ctrl-C: сохранить и выйти")
    }

    // MARK: Barriers and notes

    public var knownBarriers: String { t("Known barriers at this step:", "Известные барьеры этого шага:") }
    public var askBarrier: String {
        t("Barrier: a number from the list or a new description (empty: none):",
          "Барьер: номер из списка или новое описание (пусто: нет):")
    }
    public var askFailBarrier: String {
        t("What stopped you? A number from the list or a description (empty: skip):",
          "Что помешало? Номер из списка или описание (пусто: пропустить):")
    }
    public var askSeverity: String {
        t("Severity: 1 cosmetic, 2 minor, 3 major, 4 blocker:", "Серьёзность: 1 косметический, 2 незначительный, 3 серьёзный, 4 блокирующий:")
    }
    public func barrierRecorded(_ id: String, at: Double) -> String {
        t("Barrier '\(id)' recorded at \(clock(at)).", "Барьер «\(id)» записан на \(clock(at)).")
    }
    public var noBarrier: String { t("No barrier recorded.", "Барьер не записан.") }
    public var askNote: String { t("Note (empty: cancel):", "Заметка (пусто: отмена):") }
    public func noteRecorded(at: Double) -> String { t("Note recorded at \(clock(at)).", "Заметка записана на \(clock(at)).") }
    public var noNote: String { t("No note recorded.", "Заметка не записана.") }

    // MARK: Answers

    public var askScore: String { t("Score for this step, 0 to 10:", "Оценка шага от 0 до 10:") }
    public func askChecklist(_ text: String) -> String { t("\(text) [y/n/-]:", "\(text) [д/н/-]:") }
    public var surveyHeader: String { t("Survey", "Опрос") }
    public var optionalHint: String { t("(Enter to leave empty)", "(Enter — оставить пустым)") }
    public func rangeHint(_ range: ClosedRange<Int>) -> String { t("(\(range.lowerBound) to \(range.upperBound))", "(от \(range.lowerBound) до \(range.upperBound))") }
    public var yesNoHint: String { t("[y/n]", "[д/н]") }
    public var choiceHint: String { t("(a number or the option's text)", "(номер или текст варианта)") }
    /// `(0 to 120 min)`, `(at least 0 min)`, `(at most 120)`, `(unit: min)`: the unit follows the
    /// numbers, so a unit such as `min` cannot be read as "minimum".
    public func numberHint(min: Double?, max: Double?, unit: String?) -> String? {
        let u = unit?.trimmingWhitespace.nonEmpty.map { " " + $0 } ?? ""
        switch (min.map(number), max.map(number)) {
        case let (lo?, hi?): return t("(\(lo) to \(hi)\(u))", "(от \(lo) до \(hi)\(u))")
        case let (lo?, nil): return t("(at least \(lo)\(u))", "(не меньше \(lo)\(u))")
        case let (nil, hi?): return t("(at most \(hi)\(u))", "(не больше \(hi)\(u))")
        case (nil, nil): return u.isEmpty ? nil : t("(unit:\(u))", "(единица:\(u))")
        }
    }

    // Reasons an answer is refused.
    public var required: String { t("an answer is required", "нужен ответ") }
    public func notWholeNumber(_ text: String) -> String { t("'\(text)' is not a whole number", "«\(text)» — не целое число") }
    public func notNumber(_ text: String) -> String { t("'\(text)' is not a number", "«\(text)» — не число") }
    public func outOfRange(_ value: String, min: String?, max: String?) -> String {
        switch (min, max) {
        case let (lo?, hi?): t("\(value) is out of range: answer from \(lo) to \(hi)", "\(value) вне диапазона: ответ от \(lo) до \(hi)")
        case let (lo?, nil): t("\(value) is too small: the least is \(lo)", "\(value) слишком мало: минимум \(lo)")
        case let (nil, hi?): t("\(value) is too large: the most is \(hi)", "\(value) слишком много: максимум \(hi)")
        case (nil, nil): t("\(value) is out of range", "\(value) вне диапазона")
        }
    }
    public func notYesNo(_ text: String) -> String { t("'\(text)' is not yes or no: answer y or n", "«\(text)» — не да и не нет: ответьте д или н") }
    public func notChecklist(_ text: String) -> String {
        t("'\(text)' is not y, n or -: answer y (yes), n (no) or - (not applicable)",
          "«\(text)» — не д, н или -: ответьте д (да), н (нет) или - (неприменимо)")
    }
    public func unknownOption(_ text: String, count: Int) -> String {
        t("'\(text)' is not one of the options: answer 1 to \(count) or an option's text",
          "«\(text)» нет среди вариантов: ответьте от 1 до \(count) или текстом варианта")
    }
    public func invalidAnswer(_ reason: String) -> String { t("Not accepted: \(reason).", "Не принято: \(reason).") }

    // MARK: Ending

    public var runCompleted: String { t("Run completed.", "Прогон завершён.") }
    public func totalActive(_ seconds: Double) -> String { t("Active time: \(clock(seconds))", "Активное время: \(clock(seconds))") }
    public func stepCounts(done: Int, failed: Int, skipped: Int) -> String {
        t("Steps: \(done) done, \(failed) failed, \(skipped) skipped", "Шаги: выполнено \(done), не выполнено \(failed), пропущено \(skipped)")
    }
    public func barrierCount(_ n: Int) -> String { t("Barriers: \(n)", "Барьеры: \(n)") }
    public func savedTo(_ path: String) -> String { t("Saved to \(path)", "Сохранено в \(path)") }
    public func savedInProgress(_ path: String) -> String {
        t("The run is saved as in progress: \(path)", "Прогон сохранён как незавершённый: \(path)")
    }
    /// `command` is everything before `--resume ID`, e.g. `shopper run bus-tickets`.
    public func resumeWith(command: String, id: String) -> String {
        t("Resume it with: \(command) --resume \(id)", "Продолжить: \(command) --resume \(id)")
    }
    /// The run was left without `q`: input ended, or Ctrl-C/Ctrl-D at an answer prompt (the front
    /// end cannot tell these apart), or a termination signal.
    public var stopped: String { t("Stopped.", "Остановлено.") }

    // MARK: Errors

    public func runNotFound(_ id: String, path: String) -> String {
        t("no run '\(id)' of this scenario (looked for \(path))", "нет прогона «\(id)» этого сценария (искали \(path))")
    }
    public func runNotInProgress(_ id: String, status: String) -> String {
        t("run '\(id)' is \(status); only in-progress runs can be resumed", "прогон «\(id)» в состоянии \(status); продолжить можно только незавершённый")
    }
    public func cannotAbandon(_ id: String, status: String) -> String {
        t("run '\(id)' is \(status); only in-progress runs can be marked abandoned",
          "прогон «\(id)» в состоянии \(status); отметить прерванным можно только незавершённый")
    }
    public func runOfOtherScenario(_ id: String, scenario: String) -> String {
        t("run '\(id)' belongs to scenario '\(scenario)'", "прогон «\(id)» относится к сценарию «\(scenario)»")
    }
    public func cannotSave(_ reason: String) -> String { t("cannot save the run: \(reason)", "не удалось сохранить прогон: \(reason)") }

    // MARK: Run store: locks, files that do not match their path, failed saves

    /// Who holds a run's lock: `pid 123 on host, since 2026-11-23T10:15:00Z`.
    public func holder(_ holder: RunLock.Holder) -> String {
        var parts: [String] = []
        if let pid = holder.pid {
            parts.append(holder.host.map { t("pid \(pid) on \($0)", "pid \(pid) на \($0)") } ?? "pid \(pid)")
        } else if let host = holder.host {
            parts.append(t("on \(host)", "на \(host)"))
        }
        if let since = holder.since { parts.append(t("since \(Timestamp.format(since))", "с \(Timestamp.format(since))")) }
        return parts.isEmpty ? t("details not yet written", "подробности ещё не записаны") : parts.joined(separator: ", ")
    }
    /// `--resume` or `--abandon` of a run another runner has open.
    public func runLocked(_ id: String, by holder: RunLock.Holder) -> String {
        t("run '\(id)' is open in another runner (\(self.holder(holder))); it cannot be resumed or marked abandoned until that runner ends",
          "прогон «\(id)» открыт в другом запуске (\(self.holder(holder))); его нельзя продолжить или отметить заброшенным, пока тот запуск не закончится")
    }
    /// At start, instead of offering a run another runner has open.
    public func lockedNotOffered(_ id: String, by holder: RunLock.Holder) -> String {
        t("Run \(id) of this tester is open in another runner (\(self.holder(holder))); it is not offered.",
          "Прогон \(id) этого тестировщика открыт в другом запуске (\(self.holder(holder))) и не предлагается.")
    }
    public func cannotLock(_ id: String, lockFile: String, reason: String) -> String {
        t("cannot lock run '\(id)' (\(lockFile)): \(reason)", "не удалось заблокировать прогон «\(id)» (\(lockFile)): \(reason)")
    }
    /// A run file whose `run` or `scenario` is not the one its path names.
    public func mismatchedRunFile(path: String, field: String, found: String, expected: String) -> String {
        if field == "scenario" {
            return t("\(path) says scenario: '\(found)' but is in the folder of scenario '\(expected)'; it is not resumed or marked abandoned (saving it would write to the folder of '\(found)'). Fix the scenario: field or move the file.",
                     "в \(path) указано scenario: «\(found)», а файл лежит в папке сценария «\(expected)»; он не будет продолжен или отмечен заброшенным (сохранение записало бы его в папку «\(found)»). Исправьте поле scenario: или переместите файл.")
        }
        return t("\(path) says \(field): '\(found)' but the file is named '\(expected)'; it is not resumed or marked abandoned (saving it would write to \(found).yaml). Fix the \(field): field or the file name.",
                 "в \(path) указано \(field): «\(found)», а файл называется «\(expected)»; он не будет продолжен или отмечен заброшенным (сохранение записало бы его в \(found).yaml). Исправьте поле \(field): или имя файла.")
    }
    /// Shown when a save fails; `reason` names the file and the OS reason.
    public func saveFailed(_ reason: String) -> String {
        t("The run could not be saved: \(reason).", "Не удалось сохранить прогон: \(reason).")
    }
    /// Asked after a failed save of the run at `path` (nil: the run file was not created yet).
    public func retryOrQuit(keeping path: String?) -> String {
        guard let path else {
            return t("r: try again · q: quit (nothing is recorded) [r/q]:", "r: повторить · q: выйти (ничего не записано) [r/q]:")
        }
        return t("r: try again · q: quit (\(path) keeps the run as last saved; what was entered since is lost) [r/q]:",
                 "r: повторить · q: выйти (в \(path) останется последнее сохранённое; введённое после этого пропадёт) [r/q]:")
    }
    public func notRetryOrQuit(_ text: String) -> String {
        t("'\(text)' is not r or q: answer r (try again) or q (quit)", "«\(text)» — не r и не q: ответьте r (повторить) или q (выйти)")
    }
    /// The error after quitting at a failed save: the file keeps what was saved before.
    public func notSaved(_ reason: String, keeping path: String) -> String {
        t("the run could not be saved: \(reason)\nThe run as last saved is kept in \(path).",
          "не удалось сохранить прогон: \(reason)\nПоследнее сохранённое состояние прогона осталось в \(path).")
    }
    /// The error after quitting at a failed creation of the run file.
    public func notStarted(_ reason: String) -> String {
        t("the run could not be started: \(reason); nothing was recorded", "не удалось начать прогон: \(reason); ничего не записано")
    }

    // MARK: Formatting

    /// `1:02.3`
    public func clock(_ seconds: Double) -> String { DurationText.clock(seconds, tenths: true) }

    /// A time target as people say it: `1h30m`, `2m30s` in English; `1 ч 30 мин`, `2 мин 30 с`
    /// in Russian.
    public func duration(_ seconds: Double) -> String { DurationText.format(seconds, language: language) }

    func number(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x)
    }
}
