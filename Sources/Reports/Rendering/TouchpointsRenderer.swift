/// `shopper touchpoints`: the registry ranked by focus priority, with owner, latest score
/// and trend, then the focus list. Registry text is sanitized.
public enum TouchpointsRenderer {
    public static func render(_ report: Report, width: Int = 80) -> String {
        var lines: [String] = []
        let period = report.touchpointPeriod?.label ?? "no data"
        lines.append("Touchpoints, scores over \(period) (mean step score 0–10)")
        lines.append(TextLayout.pad("#", 3) + TextLayout.pad("touchpoint", 22) + TextLayout.padLeft("score", 6)
                     + TextLayout.padLeft("n", 4) + TextLayout.padLeft("imp", 6) + TextLayout.padLeft("prio", 6) + "  "
                     + TextLayout.pad("trend", 8) + " owner")
        for t in report.touchpoints {
            var row = TextLayout.pad(t.focus.map(String.init) ?? "", 3) + TextLayout.pad(TextLayout.safe(t.id), 22)
                + TextLayout.padLeft(TextLayout.formatted(t.score, 1), 6) + TextLayout.padLeft(String(t.n), 4)
                + TextLayout.padLeft(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–", 6)
                + TextLayout.padLeft(TextLayout.formatted(t.priority, 0), 6) + "  "
                + TextLayout.pad(TextLayout.sparkline(t.trend.suffix(8).map(\.value)), 8) + " "
            row += TextLayout.truncate(TextLayout.safe(t.owner ?? "(not in the registry)"), to: max(1, width - TextLayout.width(row)))
            lines.append(row)
        }
        lines.append("")
        let focus = report.focus
        if focus.isEmpty {
            lines.append("Focus list: no scored touchpoints.")
        } else {
            lines.append("Focus list (priority = importance × (10 − score)):")
            for t in focus {
                lines.append(TextLayout.truncate("  \(t.focus!). \(TextLayout.safe(t.name)) — \(TextLayout.safe(t.owner ?? "no owner"))", to: width))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
