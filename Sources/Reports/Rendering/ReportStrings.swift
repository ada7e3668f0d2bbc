import ShopperCore

/// Russian and English plural choice shared by `RunDetailStrings` and `ReportStrings`.
enum Plural {
    /// A count with its noun: English one/other; Russian one (1, 21, 31…), few (2–4, 22–24…)
    /// and many (0, 5–20, 25–30…). `few` is the English plural; `many` is Russian only, and
    /// without it the English rule applies.
    static func count(_ n: Int, _ one: String, _ few: String, _ many: String? = nil, language: Language) -> String {
        guard language == .ru, let many else { return "\(n) \(n == 1 ? one : few)" }
        let (mod10, mod100) = (abs(n) % 10, abs(n) % 100)
        if mod10 == 1, mod100 != 11 { return "\(n) \(one)" }
        if (2...4).contains(mod10), !(12...14).contains(mod100) { return "\(n) \(few)" }
        return "\(n) \(many)"
    }
}

/// Every word `shopper report` (text, Markdown, HTML), `shopper runs` and `shopper touchpoints`
/// print around the data, in English and Russian. Data text (ids, titles, owners, barrier
/// text) is shown as written; period labels (`2026-11`, `2026-W47`, `2026-Q4`) are the same in
/// both, numbers take a decimal comma in Russian (`ReportStrings+Charts.swift`: `decimal`, `localised`); durations are said in the language (`1h30m`, `4.5s` / `1 ч 30 мин`, `4,5 с`,
/// `DurationText.format`, as the runner says them). JSON and CSV use none of this.
public struct ReportStrings: Sendable, Hashable {
    public var language: Language

    public init(_ language: Language) {
        self.language = language
    }

    func t(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }

    /// `+100 all 9–10`: every NPS answer in one group.
    var npsAll: String { t("all", "все") }

    /// A count with its noun in the report's language (see `Plural.count`).
    func count(_ n: Int, en one: String, _ other: String, ru ruOne: String, _ ruFew: String, _ ruMany: String) -> String {
        language == .ru ? Plural.count(n, ruOne, ruFew, ruMany, language: .ru) : Plural.count(n, one, other, language: .en)
    }

    /// `1 run`, `2 runs` / `1 прогон`, `2 прогона`, `5 прогонов`.
    func runs(_ n: Int) -> String { count(n, en: "run", "runs", ru: "прогон", "прогона", "прогонов") }

    // MARK: Shared

    var reportTitle: String { t("shopper report", "Отчёт shopper") }

    /// `by month` / `по месяцам`.
    func by(_ unit: PeriodUnit) -> String {
        switch unit {
        case .week: t("by week", "по неделям")
        case .month: t("by month", "по месяцам")
        case .quarter: t("by quarter", "по кварталам")
        }
    }

    var noMatchingRuns: String { t("No completed or abandoned runs match.", "Нет подходящих завершённых или прерванных прогонов.") }
    var changes: String { t("Changes", "Изменения") }
    var noSignificantChange: String { t("no significant change", "значимых изменений нет") }
    var nothingToCompare: String { t("fewer than two periods: nothing to compare", "меньше двух периодов: сравнивать не с чем") }
    var wholeTask: String { t("whole task", "всё задание") }
    var note: String { t("note", "примечание") }
    var noOwner: String { t("no owner", "владелец не указан") }

    func metric(_ metric: Change.Metric) -> String {
        switch metric {
        case .time: t("time", "время")
        case .completion: t("completion", "выполнение")
        case .barrier: t("barrier", "барьер")
        case .score: t("score", "оценка")
        case .compliance: t("compliance", "чек-лист")
        case .shop: t("shop score", "балл проверки")
        case .pass: t("pass rate", "доля зачётов")
        case .withinTarget: t("within target", "в пределах цели")
        case .nps: "NPS"
        case .csat: "CSAT"
        case .ces: "CES"
        case .response: t("response time", "время ответа")
        }
    }

    /// `Task in 2026-11: ` before the task figures.
    func taskIn(_ period: String) -> String { t("Task in \(period): ", "Задание в \(period): ") }

    /// What a change is about: the metric, a rating question's id after it, or the barrier.
    func changeSubject(_ change: Change) -> String {
        if change.metric == .barrier { return TextLayout.safe(change.barrier ?? "") }
        return metric(change.metric) + (change.question.map { " " + TextLayout.safe($0) } ?? "")
    }

    /// The task figures of a period in one line: shop score, pass rate, critical failures and
    /// the share within the task target; nil when the period has none of them.
    func taskFigures(_ p: PeriodStats) -> String? {
        var parts: [String] = []
        if let shop = p.shop {
            parts.append(metric(.shop) + " " + share(shop.mean, low: shop.low, high: shop.high))
        }
        if let pass = p.pass {
            parts.append(metric(.pass) + " " + share(pass.rate, low: pass.low, high: pass.high)
                         + " " + t("of \(pass.n)", "из \(pass.n)"))
        }
        if p.criticalFailures > 0 {
            parts.append(t("critical failures in \(runs(p.criticalFailures))", "критические провалы: \(runs(p.criticalFailures))"))
        }
        if let target = p.target {
            let within = p.withinTarget.map { share($0.rate, low: $0.low, high: $0.high) } ?? "–"
            parts.append(t("within target \(seconds(target)): ", "в пределах цели \(seconds(target)): ") + within)
        }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    /// The change's kind as a word: `regression` / `ухудшение`.
    func kind(_ kind: Change.Kind) -> String {
        switch kind {
        case .regression: t("regression", "ухудшение")
        case .improvement: t("improvement", "улучшение")
        case .new: t("new", "новый")
        case .resolved: t("resolved", "устранён")
        }
    }

    /// The change's kind with its sign, for the text report (at most 14 columns).
    func changeLabel(_ change: Change) -> String {
        switch change.kind {
        case .regression: t("▲ regression", "▲ ухудшение")
        case .improvement: t("▼ improvement", "▼ улучшение")
        case .new: t("+ new barrier", "+ новый барьер")
        case .resolved: t("✓ resolved", "✓ устранён")
        }
    }

    /// A change's before → after text; a barrier's ends in the current count's noun.
    func changeValues(_ change: Change) -> String {
        guard change.metric == .barrier else { return localised(TextLayout.changeValues(change, language: language)) }
        return "\(TextLayout.formatted(change.baseline, 0)) → \(runs(TextLayout.wholeNumber(change.current ?? 0)))"
    }

    /// "no runs in 2025-01 to compare", or nil when both compared periods have runs.
    func missingRuns(_ c: Comparison) -> String? {
        guard language == .ru else { return c.missingRuns }
        let empty = c.emptyPeriods
        guard !empty.isEmpty else { return nil }
        return "нет прогонов в \(empty.map(\.label).joined(separator: " или ")) для сравнения"
    }

    /// The comparison's note (a scenario version change), in the report's language: rebuilt
    /// from the periods' versions in Russian, as built otherwise.
    func comparisonNote(_ s: ScenarioReport) -> String? {
        guard let c = s.comparison, let note = c.note else { return nil }
        guard language == .ru, let b = s.stats(for: c.baseline), let cur = s.stats(for: c.current) else { return note }
        func list(_ v: [Int]) -> String { v.sorted().map { "v\($0)" }.joined(separator: ", ") }
        return "версия сценария изменилась: в \(c.baseline.label) — \(list(b.versions)), в \(c.current.label) — \(list(cur.versions)); "
            + "изменение может быть вызвано сценарием, а не сервисом"
    }

    /// The note under a scenario whose successful attempts include times under 1 s.
    func untimedNote(_ s: ScenarioReport) -> String? {
        let (steps, runs) = s.untimed
        guard steps + runs > 0 else { return nil }
        let parts = (steps > 0 ? [count(steps, en: "step attempt", "step attempts", ru: "попытка шага", "попытки шагов", "попыток шагов")] : [])
            + (runs > 0 ? [self.runs(runs)] : [])
        return t("times under 1 s are recorded, not timed, and are left out of the time figures: ",
                 "время меньше 1 с записано, но не замерено и не входит в показатели времени: ")
            + parts.joined(separator: t(" and ", " и "))
    }

    /// A time in the report's language: `16m34s`, `4.5s` / `16 мин 34 с`, `4,5 с` (`TextLayout.seconds`).
    func seconds(_ value: Double?) -> String { TextLayout.seconds(value, language: language) }

    /// A time interval: `14m33s–17m57s`; in Russian, whose durations hold spaces, with a spaced
    /// dash: `14 мин 33 с – 17 мин 57 с`.
    func timeRange(_ low: Double?, _ high: Double?) -> String {
        seconds(low) + (language == .ru ? " – " : "–") + seconds(high)
    }

    /// A run's status as `shopper runs` lists it (at most 11 columns).
    func status(_ status: Run.Status) -> String { RunDetailStrings(language).status(status) }

    // MARK: Text report

    func header(unit: PeriodUnit, counted: Int, inProgress: Int) -> String {
        "\(reportTitle) · \(by(unit)) · \(runs(counted))"
            + (inProgress > 0 ? t(" (+\(inProgress) in progress, not counted)", " (+\(notFinishedNotCounted(inProgress)))") : "")
    }
    /// `1 незавершённый не учтён`, `2 незавершённых не учтены`: the count agrees with its words.
    func notFinishedNotCounted(_ n: Int) -> String {
        let (mod10, mod100) = (abs(n) % 10, abs(n) % 100)
        return mod10 == 1 && mod100 != 11 ? "\(n) незавершённый не учтён" : "\(n) незавершённых не учтены"
    }
    func against(_ current: String, _ baseline: String) -> String { t("\(current) against \(baseline)", "\(current) против \(baseline)") }
    /// Column heads of a scenario's periods: period, runs, success, time.
    var periodColumns: [String] { language == .ru ? ["период", "прогоны", "успех (95%)", "время (95%)"] : ["period", "runs", "success (95%)", "time (95%)"] }
    /// The trend line's words: trend, success, time.
    var trendWords: [String] { language == .ru ? ["тренд", "успех", "время"] : ["trend", "success", "time"] }
    func stepsIn(_ period: String) -> String { t("steps in \(period)", "шаги в \(period)") }
    /// Column heads of the steps table: tries, done, time, trend, score, check, barriers.
    var stepColumns: [String] {
        language == .ru ? ["попытки", "успех", "время", "тренд", "оценка", "чек-лист", "барьеры"]
            : ["tries", "done", "time", "trend", "score", "check", "barriers"]
    }
    func touchpointFocus(_ period: String?) -> String { t("Touchpoint focus", "Фокус: точки контакта") + (period.map { " (\($0))" } ?? "") }
    var noTouchpointScores: String { t("no touchpoint scores", "нет оценок точек контакта") }
    /// Column heads of the focus list: touchpoint, score, importance, priority, trend, owner.
    var focusColumns: [String] {
        language == .ru ? ["точка контакта", "оценка", "важн", "приор", "тренд", "владелец"]
            : ["touchpoint", "score", "imp", "prio", "trend", "owner"]
    }
    /// The short heads for importance and priority in full, where the width allows (from 100 columns).
    var importancePriorityInFull: [String] { language == .ru ? ["важность", "приоритет"] : ["importance", "priority"] }

    // MARK: Markdown and HTML

    func meta(unit: PeriodUnit, counted: Int, inProgress: Int) -> String {
        let by = by(unit)
        return t("By \(unit.rawValue); \(runs(counted)) counted", "\(by.prefix(1).uppercased() + by.dropFirst()); учтено: \(runs(counted))")
            + (inProgress > 0 ? t(", \(inProgress) in progress not counted", "; не завершено и не учтено: \(inProgress)") : "")
    }
    var fewerThanTwoPeriods: String { t("Fewer than two periods: nothing to compare.", "Меньше двух периодов: сравнивать не с чем.") }
    /// Column heads of the changes table: scenario, compared, change, step, what, before → after, q.
    var changeColumns: [String] {
        language == .ru ? ["Сценарий", "Сравнение", "Изменение", "Шаг", "Что", "Было → стало", "q"]
            : ["Scenario", "Compared", "Change", "Step", "What", "Before → after", "q"]
    }
    func versus(_ current: String, _ baseline: String) -> String { t("\(current) vs \(baseline)", "\(current) против \(baseline)") }
    /// Column heads of the periods table.
    var periodTableColumns: [String] {
        language == .ru ? ["Период", "Прогоны", "Успех", "95% ДИ", "Время (сред. геом.)", "95% ДИ", "Медиана", "NPS", "CSAT", "CES"]
            : ["Period", "Runs", "Success", "95% CI", "Time (geomean)", "95% CI", "Median", "NPS", "CSAT", "CES"]
    }
    /// Column heads and cells of the task figures table (Markdown and HTML): plain text, which
    /// the renderer escapes.
    var taskTableColumns: [String] {
        language == .ru ? ["Период", "Балл проверки (95% ДИ)", "Зачёт (95% ДИ)", "Критические провалы", "Цель", "В пределах цели (95% ДИ)"]
            : ["Period", "Shop score (95% CI)", "Pass (95% CI)", "Critical failures", "Target", "Within target (95% CI)"]
    }
    func taskRow(_ p: PeriodStats) -> [String] {
        [p.period.label,
         p.shop.map { share($0.mean, low: $0.low, high: $0.high) + " n=\($0.n)" } ?? "–",
         p.pass.map { share($0.rate, low: $0.low, high: $0.high) + " n=\($0.n)" } ?? "–",
         String(p.criticalFailures) + (p.criticalItems.isEmpty ? ""
             : " (" + p.criticalItems.map { "\($0.step)/\($0.item) ×\($0.failed)" }.joined(separator: ", ") + ")"),
         p.target.map { seconds($0) } ?? "–",
         p.withinTarget.map { share($0.rate, low: $0.low, high: $0.high) + " n=\($0.n)" } ?? "–"]
    }
    var taskTitle: String { t("Shop score, pass and targets", "Балл проверки, зачёт и цели") }
    /// Column heads and cells of the step targets table, for the steps with a target.
    var targetTableColumns: [String] {
        language == .ru ? ["Шаг", "Цель", "В пределах цели (95% ДИ)", "Чек-лист (95% ДИ)"]
            : ["Step", "Target", "Within target (95% CI)", "Checklist (95% CI)"]
    }
    func targetRow(_ s: StepStats) -> [String] {
        [s.title, s.target.map { seconds($0) } ?? "–",
         s.withinTarget.map { share($0.rate, low: $0.low, high: $0.high) + " n=\($0.n)" } ?? "–",
         s.checklist.map { share($0.compliance, low: $0.low, high: $0.high) + " n=\($0.n)" } ?? "–"]
    }

    func stepsInTitle(_ period: String) -> String { t("Steps in \(period)", "Шаги в \(period)") }
    /// Column heads of the steps table.
    var stepTableColumns: [String] {
        language == .ru ? ["Шаг", "Точка контакта", "Попытки", "Успех", "Время (сред. геом.)", "95% ДИ", "Оценка", "Чек-лист", "Барьеры"]
            : ["Step", "Touchpoint", "Attempts", "Done", "Time (geomean)", "95% CI", "Score", "Checklist", "Barriers"]
    }
    func severityShort(_ n: Int) -> String { t("sev \(n)", "серьёзн. \(n)") }
    var touchpointsTitle: String { t("Touchpoints", "Точки контакта") }
    /// Column heads of the touchpoints table.
    var touchpointTableColumns: [String] {
        language == .ru ? ["Фокус", "Точка контакта", "Владелец", "Оценка", "n", "Важность", "Приоритет"]
            : ["Focus", "Touchpoint", "Owner", "Score", "n", "Importance", "Priority"]
    }
    var noteTitle: String { t("Note", "Примечание") }

    // MARK: HTML only

    var focusList: String { t("Focus list", "Список фокуса") }
    var focusHint: String { t("Ranked by importance × (10 − score): where raising the score matters most.", "По важности × (10 − оценка): где рост оценки важнее всего.") }
    func wheelHint(unscored: Int) -> String {
        t("The wheel plots each touchpoint's mean step score (0 at the centre, 10 at the rim): a round wheel means an even service; a dent is a touchpoint that lets the customer down.",
          "Колесо показывает среднюю оценку шагов каждой точки контакта (0 в центре, 10 на ободе): круглое колесо — ровный сервис; вмятина — точка контакта, которая подводит клиента.")
            + (unscored > 0 ? " " + t("\(unscored) touchpoint\(unscored == 1 ? " has" : "s have") no score in this period and \(unscored == 1 ? "is" : "are") not drawn.",
                                      "Без оценки в этом периоде и не показано: \(count(unscored, en: "", "", ru: "точка контакта", "точки контакта", "точек контакта")).") : "")
    }
    var priorityHint: String {
        t("Priority = importance (customer × business) × (10 − score); the top five, in bold, are the focus list.",
          "Приоритет = важность (клиент × бизнес) × (10 − оценка); первые пять, жирным, — список фокуса.")
    }
    func touchpointsIn(_ period: String?) -> String { touchpointsTitle + (period.map { t(" in ", " в ") + $0 } ?? "") }
    var scoreAlongJourney: String { t("Score along the journey", "Оценка по ходу пути") }
    var timePerStep: String { t("Time per step across periods", "Время шагов по периодам") }
    var timePerStepHint: String {
        t("Geometric mean of successful attempts, whiskers for its 95% interval. Each panel has its own time axis starting at 0: steps take seconds to hours, so compare a step with itself over time, not panels with each other.",
          "Среднее геометрическое успешных попыток, усы — его 95% интервал. У каждой панели своя ось времени от 0: шаги длятся от секунд до часов, поэтому сравнивайте шаг с самим собой во времени, а не панели между собой.")
    }
    var barriersTitle: String { t("Barriers (runs in which each appeared)", "Барьеры (прогоны, в которых они встретились)") }
    var noBarriers: String { t("No barriers recorded.", "Барьеры не записаны.") }
    /// Column heads of the barrier table before the periods: step, barrier.
    var barrierColumns: [String] { language == .ru ? ["Шаг", "Барьер"] : ["Step", "Barrier"] }
    func severity(_ n: Int) -> String { t("severity \(n)", "серьёзность \(n)") }

    // MARK: HTML charts (SVG)

    /// Month abbreviations on period axes: `Jan`…`Dec` / `янв`…`дек`. Week (`W47`) and
    /// quarter (`Q4`) ticks are short forms of the period labels and stay as they are.
    var monthAbbreviations: [String] {
        language == .ru ? ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    }
    /// The score curve's axis title.
    var scoreAxis: String { t("score", "оценка") }
    /// A step without a score in any compared period.
    var noScore: String { t("no score", "нет оценки") }
    /// A step without a score in the current period only.
    func noScore(in period: String) -> String { t("no score in \(period)", "нет оценки в \(period)") }
    /// The score curve's legend entry for the current period.
    func latestWithInterval(_ period: String) -> String { t("\(period) (latest), with 95% interval", "\(period) (последний), с 95% интервалом") }
    /// The score curve's legend entry for the baseline period.
    func comparedWith(_ period: String) -> String { t("\(period) (compared with)", "\(period) (для сравнения)") }
    /// Accessible name of a time panel.
    func timeOfStep(_ name: String) -> String { t("Time of step \(name)", "Время шага \(name)") }
    /// The latest period's time in a time panel's corner.
    func latestTime(_ duration: String) -> String { t("latest \(duration)", "последнее \(duration)") }
    /// A time point's interval when only one attempt was timed.
    var noInterval: String { t("no interval (n=1)", "нет интервала (n=1)") }
    var touchpointWheel: String { t("Touchpoint wheel", "Колесо точек контакта") }
    var noTouchpointScoresYet: String { t("no touchpoint scores yet", "пока нет оценок точек контакта") }
    /// A wheel label's hover text: `Payment (pay): 4.0 from 12 step scores`.
    func wheelScore(name: String, id: String, score: Double?, n: Int) -> String {
        let value = decimal(score, 1)
        return language == .ru
            ? "\(name) (\(id)): \(value) по \(count(n, en: "", "", ru: "оценке шага", "оценкам шагов", "оценкам шагов"))"
            : "\(name) (\(id)): \(value) from \(n) step score\(n == 1 ? "" : "s")"
    }
    /// The wheel legend's first line: what the shape is.
    func wheelAreaLegend(_ period: String?) -> String {
        t("mean step score per touchpoint\(period.map { " in " + $0 } ?? "") (0 centre, 10 rim)",
          "средняя оценка шагов по точке контакта\(period.map { " в " + $0 } ?? "") (0 — центр, 10 — обод)")
    }
    /// The wheel legend's second line: what the dashed ring is.
    func wheelRingLegend(mean: Double) -> String {
        let value = TextLayout.formatted(mean, 1)
        return t("mean of all touchpoints (\(value)): a round wheel means an even service",
                 "среднее по всем точкам контакта (\(value)): круглое колесо — ровный сервис")
    }

    // MARK: runs and touchpoints

    public var noRunsYet: String {
        t("No runs yet; `shopper run SCENARIO` records one.", "Прогонов пока нет; `shopper run СЦЕНАРИЙ` запишет первый.")
    }
    var noRunsMatch: String { t("No runs match.", "Нет подходящих прогонов.") }
    /// Column heads of `shopper runs`: started, run id, scenario, tester, status, active, barriers.
    var runColumns: [String] {
        language == .ru ? ["начат (UTC)", "прогон", "сценарий", "тестировщик", "статус", "время", "барьеры"]
            : ["started (UTC)", "run", "scenario", "tester", "status", "active", "barriers"]
    }
    /// The barrier column's head of `shopper runs` when the full word does not fit.
    var barriersShort: String { t("bar", "бар") }
    func touchpointsScores(_ period: String?) -> String {
        t("Touchpoints, scores over \(period ?? "no data") (mean step score 0–10)",
          "Точки контакта, оценки за \(period ?? "—") (средняя оценка шагов 0–10)")
    }
    /// Column heads of `shopper touchpoints`: touchpoint, score, n, importance, priority, trend, owner.
    var touchpointColumns: [String] {
        language == .ru ? ["точка контакта", "оценка", "n", "важн", "приор", "тренд", "владелец"]
            : ["touchpoint", "score", "n", "imp", "prio", "trend", "owner"]
    }
    var notInRegistry: String { t("(not in the registry)", "(нет в реестре)") }
    var noScoredTouchpoints: String { t("Focus list: no scored touchpoints.", "Список фокуса: нет точек контакта с оценкой.") }
    var focusListFormula: String { t("Focus list (priority = importance × (10 − score)):", "Список фокуса (приоритет = важность × (10 − оценка)):") }
}
