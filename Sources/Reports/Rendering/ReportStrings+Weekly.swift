import ShopperCore

/// The words of `shopper weekly`, in English and Russian.
extension ReportStrings {
    func weeklyTitle(_ week: String, monday: CalendarDate, sunday: CalendarDate, today: CalendarDate) -> String {
        t("Weekly review \(week) (\(monday) – \(sunday)), as of \(today)",
          "Еженедельный разбор \(week) (\(monday) – \(sunday)), на \(today)")
    }
    var focusFive: String { t("Focus five (priority = importance × (10 − score this week))", "Пятёрка фокуса (приоритет = важность × (10 − оценка за неделю))") }
    /// Why the page has no focus list, and where the latest measured scores are.
    func noFocus(week: Period, latestScored: Period?, today: CalendarDate) -> String {
        guard let latest = latestScored else {
            return t("No run up to \(today) has a measured score: no focus list.",
                     "Ни в одном прогоне до \(today) нет оценок: списка фокуса нет.")
        }
        if latest == week {
            return t("No touchpoint was scored often enough this week to be ranked (\(TouchpointScore.minimumFocusN) scores): no focus list.",
                     "На этой неделе ни одна точка контакта не оценена достаточно раз (\(TouchpointScore.minimumFocusN)), чтобы попасть в фокус: списка фокуса нет.")
        }
        return t("No touchpoint was scored this week: no focus list. The latest week with measured scores is \(latest): shopper weekly --week \(latest).",
                 "На этой неделе нет оценок точек контакта: списка фокуса нет. Последняя неделя с оценками — \(latest): shopper weekly --week \(latest).")
    }
    /// The heading of the touchpoints scored this week too few times to rank.
    var thinTitle: String {
        let n = TouchpointScore.minimumFocusN
        return t("Scored this week, but fewer than \(n) times (not ranked):", "Оценены на этой неделе, но меньше \(n) раз (без места в фокусе):")
    }
    /// One of them: name (id), score, n and owner.
    func thinLine(_ thin: WeeklyPage.Thin) -> String {
        "\(thin.name) (\(thin.id)): " + t("measured ", "измерено ") + TextLayout.formatted(thin.score, 1) + " (n=\(thin.n)) · " + (thin.owner ?? noOwner)
    }
    func ownerLine(_ owner: String?) -> String { t("Owner: ", "Владелец: ") + (owner ?? noOwner) }
    func weekScores(score: Double?, previous: Double?, team: Double?, gap: Double?) -> String {
        var text = t("measured ", "измерено ") + TextLayout.formatted(score, 1)
        if let previous {
            text += t(" (last week ", " (неделей раньше ") + TextLayout.formatted(previous, 1)
                + (score.map { ", " + TextLayout.signed($0 - previous, 1) } ?? "") + ")"
        } else {
            text += t(" (no score last week)", " (неделей раньше оценки не было)")
        }
        // No-break spaces: a label stays on one line with its figure.
        text += " · " + t("team's\u{A0}own\u{A0}score\u{A0}", "оценка\u{A0}команды\u{A0}") + TextLayout.formatted(team, 1)
        if let gap { text += " · " + t("perception\u{A0}gap\u{A0}", "разрыв\u{A0}восприятия\u{A0}") + TextLayout.signed(gap, 1) }
        return text
    }
    var newBarriersLabel: String { t("New barriers: ", "Новые барьеры: ") }
    var doneThisWeek: String { t("Done this week: ", "Сделано за неделю: ") }
    var overdueLabel: String { t("Overdue: ", "Просрочено: ") }
    func dueBy(_ day: CalendarDate) -> String { t("Due by \(day): ", "Срок до \(day): ") }
    var noneWord: String { t("none", "нет") }
    func recheckTitle(_ today: CalendarDate) -> String {
        t("Re-check: not checked by a run within their interval on \(today)",
          "Перепроверка: не проверены прогоном в свой срок на \(today)")
    }
    var nothingToRecheck: String { t("Every touchpoint was checked within its interval.", "Все точки контакта проверены в срок.") }
    func lastCheckedLine(_ day: CalendarDate?, every interval: Touchpoint.ReviewInterval) -> String {
        (day.map { t("last checked \($0)", "последняя проверка \($0)") } ?? t("never checked", "ни разу не проверена"))
            + t(" (every \(reviewInterval(interval)))", " (раз в \(reviewInterval(interval)))")
    }
    var touchpointsWithoutOwner: String { t("Touchpoints with no owner: ", "Точки контакта без владельца: ") }
    var actionsWithoutOwner: String { t("Actions with no owner: ", "Действия без владельца: ") }
    var wholePlan: String { t("The whole plan", "Весь план") }
    var neverCheckedTitle: String { t("Never checked by a run, by owner:", "Ни разу не проверены прогоном, по владельцам:") }
    var checkedTooLongAgo: String { t("Checked too long ago, oldest first:", "Проверены слишком давно, сначала самые давние:") }
    /// `fix-3ds — Fix the loop (bus-app-payment · due 2026-11-20)`: the owner only when it is not
    /// `owner` (the touchpoint's, shown above it), the touchpoint when `withTouchpoint`.
    func actionLine(_ a: WeeklyPage.Action, besides owner: String?, withTouchpoint: Bool) -> String {
        var details: [String] = withTouchpoint ? [a.touchpoint] : []
        if a.owner == nil || a.owner != owner { details.append(a.owner ?? noOwner) }
        if let d = a.doneOn { details.append(t("done \(d)", "сделано \(d)")) } else if let d = a.due { details.append(t("due \(d)", "срок \(d)")) }
        // Owners hold commas ("Payments lead, E-commerce team"): the details are set apart by dots.
        return "\(a.id) — \(a.text)" + (details.isEmpty ? "" : " (\(details.joined(separator: " · ")))")
    }
}
