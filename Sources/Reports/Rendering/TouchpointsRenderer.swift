import ShopperCore

/// `shopper touchpoints`: the registry ranked by focus priority, with owner, latest score
/// and trend, then the focus list. Registry text is sanitized.
public enum TouchpointsRenderer {
    public static func render(_ report: Report, width: Int = 80, language: Language = .en) -> String {
        let strings = ReportStrings(language)
        var lines: [String] = []
        lines.append(strings.touchpointsScores(report.touchpointPeriod?.label))
        var c = strings.touchpointColumns
        if width >= 100 { c.replaceSubrange(3...4, with: strings.importancePriorityInFull) }
        let impWidth = max(6, TextLayout.width(c[3]) + 1), prioWidth = max(6, TextLayout.width(c[4]) + 1)
        // Ids whole when they fit (up to 40 columns), else cut; the owner column follows.
        let idWidth = min(40, max(22, (report.touchpoints.map { TextLayout.width(TextLayout.safe($0.id)) }.max() ?? 0) + 1))
        lines.append(TextLayout.pad("#", 3) + TextLayout.pad(c[0], idWidth) + TextLayout.padLeft(c[1], 6)
                     + TextLayout.padLeft(c[2], 4) + TextLayout.padLeft(c[3], impWidth) + TextLayout.padLeft(c[4], prioWidth) + "  "
                     + TextLayout.pad(c[5], 8) + " " + c[6])
        for t in report.touchpoints {
            let row = TextLayout.pad(t.focus.map(String.init) ?? "", 3) + TextLayout.pad(TextLayout.safe(t.id), idWidth)
                + TextLayout.padLeft(strings.decimal(t.score, 1), 6) + TextLayout.padLeft(String(t.n), 4)
                + TextLayout.padLeft(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–", impWidth)
                + TextLayout.padLeft(TextLayout.formatted(t.priority, 0), prioWidth) + "  "
                + TextLayout.pad(TextLayout.sparkline(t.trend.suffix(8).map(\.value)), 8) + " "
            lines += TextLayout.hanging(row, TextLayout.safe(t.owner ?? strings.notInRegistry), width: width)
        }
        lines.append("")
        let focus = report.focus
        if focus.isEmpty {
            lines.append(strings.noScoredTouchpoints)
        } else {
            lines.append(strings.focusListFormula)
            for t in focus {
                lines += TextLayout.hanging("  \(t.focus!). ", "\(TextLayout.safe(t.name)) — \(TextLayout.safe(t.owner ?? strings.noOwner))", width: width)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
