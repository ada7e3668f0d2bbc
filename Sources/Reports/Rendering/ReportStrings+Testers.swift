import ShopperCore

/// The words of `shopper testers` (text and Markdown), in English and Russian.
extension ReportStrings {
    var testersTitle: String { t("Tester calibration", "Калибровка тестировщиков") }

    /// The column heads: tester, runs, step-score leniency, shop-score leniency, notes, barriers.
    var testerColumns: [String] {
        language == .ru
            ? ["Тестировщик", "Прогоны", "Оценки шагов", "Магазин, п. п.", "Заметки", "Барьеры"]
            : ["Tester", "Runs", "Step scores", "Shop, pp", "Notes", "Barriers"]
    }

    /// The Markdown table's last column head.
    var testerFlagColumn: String { t("Flag", "Отметка") }

    /// What the leniency figures mean, under the title.
    func testersLegend(alpha: Double) -> String {
        let level = JSONValue.format(alpha)
        return t("Leniency: the tester's marks minus the other testers' mean for the same step (shop score) of the "
                 + "scenario in the same period, averaged per run; shown as mean ±95% interval (runs compared). "
                 + "Flagged when the Benjamini–Hochberg q is below \(level).",
                 "Снисходительность: оценки тестировщика минус среднее других тестировщиков за тот же шаг (балл "
                 + "магазина) того же сценария в том же периоде, усреднённые по прогону; показаны как среднее ±95% "
                 + "интервал (сравнённые прогоны). Отмечено, когда q Бенджамини–Хохберга ниже \(level).")
    }

    /// `▲ marks higher than others` / `▼ marks lower than others`.
    func testerFlag(_ direction: TesterRow.Direction) -> String {
        switch direction {
        case .higher: t("▲ marks higher than others", "▲ оценивает выше других")
        case .lower: t("▼ marks lower than others", "▼ оценивает ниже других")
        }
    }

    /// The note on a tester with `TesterRow.barrierlessRuns` runs or more and no barrier.
    func neverRecordedBarrier(runs n: Int) -> String {
        t("never recorded a barrier in \(self.runs(n)): are barriers going unrecorded?",
          "ни одного барьера за \(self.runs(n)): не остаются ли барьеры незаписанными?")
    }

    /// `48 runs by month`.
    func testersSummary(runs n: Int, unit: PeriodUnit) -> String {
        "\(self.runs(n)), \(by(unit))"
    }
}
