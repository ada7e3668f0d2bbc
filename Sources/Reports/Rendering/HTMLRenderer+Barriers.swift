import ShopperCore

/// The barrier table's cells and legend: "8/13 (62%)" shaded by that share (`BarrierShade`),
/// the highest severity as a separate mark.
extension HTMLRenderer {
    static func barrierCell(_ b: BarrierStats, runs: Int, early: String, _ strings: ReportStrings) -> String {
        let share = runs > 0 ? " (\(TextLayout.percent(Double(b.runs) / Double(runs))))" : ""
        let severity = b.maxSeverity.rawValue
        return "<td class=\"num share share\(BarrierShade.band(b.runs, of: runs))\(early)\" title=\"\(escape(strings.severity(severity)))\">"
            + "\(b.runs)/\(runs)\(escape(share))<span class=\"sevmark\">\(BarrierShade.mark(severity))</span></td>"
    }

    /// Swatches for the share bands, then what the severity mark means.
    static func barrierLegend(_ strings: ReportStrings) -> String {
        let labels = ["< 25%", "25–49%", "50–74%", "≥ 75%"]
        let swatches = zip(BarrierShade.bands, labels).map { band, label in
            "<span class=\"swatch\" style=\"background:\(band.fill)\"></span>\(escape(label))"
        }.joined()
        return escape(strings.barrierShareLegend) + swatches + ". " + escape(strings.barrierSeverityLegend)
    }
}
