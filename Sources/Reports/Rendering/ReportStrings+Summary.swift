import ShopperCore

/// The words of the summary and the owners' action list (`ScenarioSummary`, `ActionList`), in
/// English and Russian. Plain text: the HTML renderer escapes it.
extension ReportStrings {
    var summaryTitle: String { t("Summary", "Сводка") }
    var actionsTitle: String { t("Who should act", "Кому действовать") }
    var actionsHint: String {
        t("Flagged regressions, new barriers, critical checklist items failed in the current period and the focus touchpoints, by the touchpoint's owner (touchpoints.yaml).",
          "Значимые ухудшения, новые барьеры, проваленные критические пункты чек-листа в текущем периоде и точки фокуса — по владельцу точки контакта (touchpoints.yaml).")
    }
    var noActions: String { t("Nothing flagged for anyone to act on.", "Ничего не требует действий.") }
    var noOwnerNamed: String { t("No owner named", "Владелец не указан") }
    var noFlaggedChange: String { t("no flagged change", "значимых изменений нет") }

    /// `2026-11 · 27 runs · against 2026-10`.
    func summaryContext(_ s: ScenarioSummary) -> String {
        var parts = [s.period?.label ?? "–", runs(s.runs)]
        if let c = s.comparison { parts.append(t("against \(c.baseline.label)", "против \(c.baseline.label)")) }
        return parts.joined(separator: " · ")
    }

    /// The figure's name on the card: `Pass rate`, `Task success`, `Time`.
    func figureName(_ metric: MetricKind) -> String {
        switch metric {
        case .pass: t("Pass rate", "Доля зачётов")
        case .shop: t("Shop score", "Балл проверки")
        case .completion: t("Task success", "Успех задания")
        case .time: t("Time", "Время")
        default: self.metric(metric)
        }
    }

    /// A metric's value in the language (decimal comma in Russian).
    func value(_ value: Double?, of metric: MetricKind) -> String {
        localised(TextLayout.value(value, of: metric, language: language))
    }

    /// `target 20m · 67% within` for the time figure; nil without a target.
    func figureTarget(_ f: SummaryFigure) -> String? {
        guard let target = f.target else { return nil }
        let within = f.withinTarget.map { t(" · \(TextLayout.percent($0)) within", " · \(TextLayout.percent($0)) в пределах") } ?? ""
        return targetLabel(seconds(target)) + within
    }

    /// `▼ from 90% (q=0.010)` when flagged, `2026-10: 90%` otherwise; nil without a baseline.
    func figureChange(_ f: SummaryFigure) -> String? {
        guard let baseline = f.baseline else { return nil }
        guard let flag = f.flag, let value = f.value else { return t("was \(self.value(baseline, of: f.metric))", "было \(self.value(baseline, of: f.metric))") }
        let arrow = value < baseline ? "▼" : "▲"
        let word = flag == .regression ? t("worse", "хуже") : t("better", "лучше")
        return "\(arrow) \(word), " + t("was", "было") + " \(self.value(baseline, of: f.metric))" + (f.q.map { " (\(q($0)))" } ?? "")
    }

    /// `3 of 13 runs (23%)` / `3 из 13 прогонов (23%)`.
    func runsOf(_ k: Int, _ n: Int, share: Bool = true) -> String {
        let base = t("\(k) of \(runs(n))", "\(k) из \(runs(n))")
        guard share, n > 0 else { return base }
        return base + " (\(TextLayout.percent(Double(k) / Double(n))))"
    }

    /// A barrier change's counts with denominators: `0 of 12 → 8 of 13 runs`.
    func barrierCounts(_ f: Finding) -> String {
        let b = TextLayout.wholeNumber(f.change.baseline ?? 0), c = TextLayout.wholeNumber(f.change.current ?? 0)
        return t("\(b) of \(f.baselineRuns)", "\(b) из \(f.baselineRuns)") + " → " + runsOf(c, f.currentRuns, share: false)
    }

    /// A finding in words, with names: `Pay by card: score 7.4 → 4.2 (q<0.001)`, `New barrier at
    /// Pay by card: 3-D Secure page drops the payment — 11 of 27 runs (41%)`.
    func findingText(_ f: Finding) -> String {
        let c = f.change
        let place = f.stepTitle ?? t("Whole task", "Всё задание")
        if c.metric == .barrier {
            let text = f.barrierText ?? c.barrier ?? ""
            switch c.kind {
            case .new:
                return t("New barrier at \(place): \(text) — ", "Новый барьер на шаге «\(place)»: \(text) — ")
                    + runsOf(TextLayout.wholeNumber(c.current ?? 0), f.currentRuns)
            default:
                return t("Barrier gone at \(place): \(text) — ", "Барьер устранён на шаге «\(place)»: \(text) — ") + barrierCounts(f)
            }
        }
        let what = metric(c.metric) + (c.question.map { " " + TextLayout.safe($0) } ?? "")
        return "\(place): \(what) \(value(c.baseline, of: c.metric)) → \(value(c.current, of: c.metric))" + (c.q.map { " (\(q($0)))" } ?? "")
    }

    /// The action's kind as a short tag.
    func actionKind(_ kind: ActionItem.Kind) -> String {
        switch kind {
        case .regression: t("regression", "ухудшение")
        case .newBarrier: t("new barrier", "новый барьер")
        case .criticalFailure: t("critical", "критично")
        case .focus: t("focus", "фокус")
        }
    }

    /// An action in words; the scenario's title follows in `actionWhere`.
    func actionText(_ item: ActionItem) -> String {
        switch item.kind {
        case .regression, .newBarrier:
            return item.finding.map(findingText) ?? ""
        case .criticalFailure:
            guard let c = item.critical else { return "" }
            let step = item.stepTitle ?? c.step
            return t("Critical item failed at \(step): “\(c.text ?? c.item)” — ", "Провал критического пункта на шаге «\(step)»: «\(c.text ?? c.item)» — ")
                + runsOf(c.failed, c.n)
        case .focus:
            return t("Focus #\(item.focus ?? 0): \(item.touchpointName ?? "") — score \(decimal(item.score, 1)) (n = \(item.n ?? 0))",
                     "Фокус № \(item.focus ?? 0): \(item.touchpointName ?? "") — оценка \(decimal(item.score, 1)) (n = \(item.n ?? 0))")
        }
    }

    /// `Return bus tickets … · Mobile app — payment page`: where the action is.
    func actionWhere(_ item: ActionItem) -> String? {
        let parts = [item.scenarioTitle, item.kind == .focus ? nil : item.touchpointName].compactMap { $0 }.filter { !$0.isEmpty }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// The words of the HTML per-step table.
extension ReportStrings {
    func stepTableTitle(_ period: String) -> String { t("Steps in \(period)", "Шаги в \(period)") }
    var stepTableHeads: [String] {
        language == .ru ? ["Шаг (точка контакта)", "Попытки", "Успех", "Время (сред. геом.)", "Цель (в пределах)", "Оценка", "Чек-лист", "Барьеры"]
            : ["Step (touchpoint)", "Attempts", "Done", "Time (geomean)", "Target (within)", "Score", "Checklist", "Barriers"]
    }
    var stepTableHint: String {
        t("Coloured with an arrow: a change since the baseline flagged after the false-discovery control; barriers: runs with it of the period's runs.",
          "Цвет и стрелка — значимое изменение с базового периода после контроля ложных открытий; барьеры: прогоны с ним из прогонов периода.")
    }

    /// `▼ was 7.4 (q<0.001)`: a flagged change in a step table cell.
    func cellChange(_ c: Change) -> String {
        let arrow = (c.current ?? 0) < (c.baseline ?? 0) ? "▼" : "▲"
        return "\(arrow) " + t("was", "было") + " \(value(c.baseline, of: c.metric))" + (c.q.map { " (\(q($0)))" } ?? "")
    }
}

/// The legend of the HTML barrier table.
extension ReportStrings {
    var barrierShareLegend: String {
        t("Runs with the barrier of the period's runs, shaded by that share:", "Прогоны с барьером из прогонов периода, оттенок — эта доля:")
    }
    var barrierSeverityLegend: String {
        t("s1–s4: the highest severity (1 cosmetic, 2 minor, 3 major, 4 blocker).",
          "s1–s4: наибольшая серьёзность (1 косметический, 2 незначительный, 3 серьёзный, 4 блокирующий).")
    }
}
