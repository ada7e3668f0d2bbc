import ShopperCore

/// What the HTML report says only on paper, in English and Russian.
extension ReportStrings {
    /// The touchpoint table on paper leaves out the touchpoints without a score.
    func unscoredLeftOffPaper(_ n: Int) -> String {
        let touchpoints = count(n, en: "touchpoint", "touchpoints", ru: "точка контакта", "точки контакта", "точек контакта")
        return t("On paper: \(touchpoints) without a score in this period \(n == 1 ? "is" : "are") left out of the table.",
                 "На бумаге: без оценки в этом периоде и не включены в таблицу — \(touchpoints).")
    }
}
