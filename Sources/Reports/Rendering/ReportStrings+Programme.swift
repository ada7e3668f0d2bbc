import ShopperCore

/// The words of the touchpoint programme (`shopper touchpoints`, `shopper weekly`), in English and
/// Russian.
extension ReportStrings {
    /// Column heads of `shopper touchpoints`: #, touchpoint, score, team, gap, n, priority, trend.
    var programmeColumns: [String] {
        language == .ru ? ["#", "точка контакта", "оценка", "команда", "разрыв", "n", "приор", "тренд"]
            : ["#", "touchpoint", "score", "team", "gap", "n", "prio", "trend"]
    }
    /// `checked 2026-11-28` / `never checked by a run`.
    func checked(_ day: CalendarDate?) -> String {
        day.map { t("checked \($0)", "проверена \($0)") } ?? t("never checked by a run", "ни разу не проверена прогоном")
    }
    func recheckDue(_ interval: Touchpoint.ReviewInterval) -> String {
        t("re-check due (every \(reviewInterval(interval)))", "пора проверить (раз в \(reviewInterval(interval)))")
    }
    /// `2 open actions, 1 overdue` / `no open actions`.
    func actionCounts(open: Int, overdue: Int) -> String {
        if open == 0 { return t("no open actions", "нет открытых действий") }
        let base = count(open, en: "open action", "open actions", ru: "открытое действие", "открытых действия", "открытых действий")
        return overdue == 0 ? base : base + t(", \(overdue) overdue", ", просрочено: \(overdue)")
    }
    /// `year`, `90 days`, `6 months` / `год`, `90 дней`, `6 месяцев`: what follows "every" / "раз в".
    func reviewInterval(_ interval: Touchpoint.ReviewInterval) -> String {
        func unit(_ n: Int, _ en: String, _ ru: (String, String, String)) -> String {
            if n == 1 { return t(en, ru.0) }
            return language == .ru ? Plural.count(n, ru.0, ru.1, ru.2, language: .ru) : "\(n) \(en)s"
        }
        switch interval {
        case .days(let n) where n % 7 == 0: return unit(n / 7, "week", ("неделю", "недели", "недель"))
        case .days(let n): return unit(n, "day", ("день", "дня", "дней"))
        case .months(let n) where n % 12 == 0: return unit(n / 12, "year", ("год", "года", "лет"))
        case .months(let n): return unit(n, "month", ("месяц", "месяца", "месяцев"))
        }
    }
    func programmeHeading(_ period: String?, today: CalendarDate) -> String {
        t("On \(today); team: the team's own latest score", "На \(today); команда: последняя оценка самой команды")
    }
    var programmeLegend: String {
        t("gap = team − score: above zero, the team thinks better of the touchpoint than the shoppers do.",
          "разрыв = команда − оценка: больше нуля — команда думает о точке лучше, чем покупатели.")
    }
    var noTouchpointsMatch: String { t("No touchpoints match.", "Нет подходящих точек контакта.") }
    /// One focus line's figures: `score 4.5, team 8, gap +3.5`.
    func focusFigures(score: Double?, team: Double?, gap: Double?) -> String {
        var parts = [t("score ", "оценка ") + TextLayout.formatted(score, 1)]
        if let team { parts.append(t("team ", "команда ") + TextLayout.formatted(team, 1)) }
        if let gap { parts.append(t("gap ", "разрыв ") + TextLayout.signed(gap, 1)) }
        return parts.joined(separator: ", ")
    }
    /// Column heads of the Markdown table of `shopper touchpoints`.
    var programmeMarkdownColumns: [String] {
        language == .ru
            ? ["#", "Точка контакта", "Владелец", "Оценка", "Команда", "Разрыв", "n", "Приоритет", "Проверена", "Действия"]
            : ["#", "Touchpoint", "Owner", "Score", "Team", "Gap", "n", "Priority", "Last checked", "Actions"]
    }
    var never: String { t("never", "никогда") }
}
