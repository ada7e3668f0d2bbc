/// Strings of the team's assessment drawn on the touchpoint wheel and its dot plot.
extension ReportStrings {
    /// The wheel legend's line for the team outline.
    var wheelTeamLegend: String {
        t("team's own score (latest assessment): dashed outline, ◆", "оценка самой команды (последняя): пунктирный контур, ◆")
    }
    /// The dot plot legend's part for the team marker.
    var dotPlotTeamLegend: String { t("◆ team", "◆ команда") }
    /// The touchpoint data table's head for the team score.
    var teamColumn: String { t("Team", "Команда") }
}
