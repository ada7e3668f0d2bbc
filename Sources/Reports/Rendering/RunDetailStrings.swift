import ShopperCore

/// Every word `shopper show` prints around the run's own text, in English and Russian.
/// Scenario and run text (titles, questions, notes, answers) is shown as written.
public struct RunDetailStrings: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    private func t(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }

    // MARK: Header

    /// The header labels, in the order shown: run, scenario, tester, started, finished,
    /// status, active.
    var labels: [String] {
        language == .ru
            ? ["прогон", "сценарий", "тестировщик", "начат", "завершён", "статус", "время"]
            : ["run", "scenario", "tester", "started", "finished", "status", "active"]
    }

    func status(_ status: Run.Status) -> String {
        switch status {
        case .completed: t("completed", "завершён")
        case .abandoned: t("abandoned", "прерван")
        case .inProgress: t("in-progress", "не завершён")
        }
    }

    var taskSucceeded: String { t("(task succeeded)", "(задание выполнено)") }
    var taskNotAchieved: String { t("(task not achieved)", "(задание не выполнено)") }
    var noStepAttempted: String { t("(every step skipped: not a task attempt)", "(все шаги пропущены: не попытка выполнить задание)") }
    var notCounted: String { t("(not counted in reports)", "(не учитывается в отчётах)") }

    /// `12:34 over 7 steps, 1 barrier` / `12:34 за 7 шагов, 1 барьер`.
    func active(_ clock: String, steps: Int, barriers: Int) -> String {
        t("\(clock) over \(count(steps, "step", "steps")), \(count(barriers, "barrier", "barriers"))",
          "\(clock) за \(count(steps, "шаг", "шага", "шагов")), \(count(barriers, "барьер", "барьера", "барьеров"))")
    }

    // MARK: Steps

    func outcome(_ outcome: StepRecord.Outcome) -> String {
        switch outcome {
        case .done: t("done", "выполнен")
        case .failed: t("failed", "не выполнен")
        case .skipped: t("skipped", "пропущен")
        case .started: t("started", "начат")
        }
    }

    func paused(_ clock: String) -> String { t("(+\(clock) paused)", "(+\(clock) на паузе)") }
    func target(_ duration: String) -> String { t("target \(duration)", "цель \(duration)") }

    /// A time target, and by how much it was missed when `over` (seconds) is given:
    /// `target 2m`, `target 2m, +1m12s over` / `цель 2 мин`, `цель 2 мин, +1 мин 12 с сверх цели`.
    func target(_ seconds: Double, over: Double?) -> String {
        let target = target(DurationText.format(seconds, language: language))
        guard let over else { return target }
        let excess = DurationText.tenths(over, language: language)
        return target + t(", +\(excess) over", ", +\(excess) сверх цели")
    }
    func score(_ score: Int) -> String { t("score \(score)/10", "оценка \(score)/10") }
    var critical: String { t("(critical)", "(критичный)") }
    func barrier(_ id: String, severity: Int, at clock: String, text: String, cause: Bool = false) -> String {
        t("! \(id) (severity \(severity)\(cause ? ", the cause of the failure" : "")) at \(clock): \(text)",
          "! \(id) (серьёзность \(severity)\(cause ? ", причина неудачи" : "")) в \(clock): \(text)")
    }
    func note(at clock: String, text: String) -> String { t("note at \(clock): \(text)", "заметка в \(clock): \(text)") }
    var survey: String { t("survey", "опрос") }

    // MARK: Answers

    var yes: String { t("yes", "да") }
    var no: String { t("no", "нет") }
    var noAnswer: String { t("(no answer)", "(нет ответа)") }

    // MARK: Counts

    /// A count with its noun: English one/other; Russian one, few and many (see `Plural.count`).
    func count(_ n: Int, _ one: String, _ few: String, _ many: String? = nil) -> String {
        Plural.count(n, one, few, many, language: language)
    }
}
