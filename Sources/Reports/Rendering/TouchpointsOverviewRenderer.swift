import ShopperCore

/// `shopper touchpoints` with the programme: measured score against the team's, the perception
/// gap, the trend, when a run last checked each touchpoint, its open and overdue actions, the
/// owner in full (wrapped, never cut), then the focus list. Text and Markdown; CSV and JSON in
/// `TouchpointsOverviewRenderer+Data.swift`. Pure: model in, string out; registry text sanitized.
public enum TouchpointsOverviewRenderer {
    public static func text(_ o: TouchpointsOverview, width: Int = 80, language: Language = .en) -> String {
        let s = ReportStrings(language)
        var lines = [s.touchpointsScores(o.period?.label)]
        lines += TextLayout.wrapped(s.programmeHeading(o.period?.label, today: o.today), to: width)
        let c = s.programmeColumns
        let w = [3, 0, 7, max(6, TextLayout.width(c[3]) + 1), max(6, TextLayout.width(c[4]) + 1), 4, max(5, TextLayout.width(c[6]) + 1)]
        let fixed = w.reduce(0, +) + 2 + 8
        // Ids whole when they fit (up to 40 columns and the width left), else cut.
        let longest = o.touchpoints.map { TextLayout.width(TextLayout.safe($0.id)) }.max() ?? 0
        let idWidth = max(12, min(40, max(16, longest + 1), width - fixed))
        lines.append(TextLayout.pad(c[0], 3) + TextLayout.pad(c[1], idWidth) + TextLayout.padLeft(c[2], w[2])
                     + TextLayout.padLeft(c[3], w[3]) + TextLayout.padLeft(c[4], w[4]) + TextLayout.padLeft(c[5], w[5])
                     + TextLayout.padLeft(c[6], w[6]) + "  " + c[7])
        if o.touchpoints.isEmpty { lines.append(s.noTouchpointsMatch) }
        for t in o.touchpoints {
            let id = TextLayout.safe(t.id)
            lines.append(TextLayout.pad(t.measured.focus.map(String.init) ?? "", 3)
                         + TextLayout.pad(TextLayout.width(id) < idWidth ? id : TextLayout.truncate(id, to: idWidth - 1), idWidth)
                         + TextLayout.padLeft(TextLayout.formatted(t.measured.score, 1), w[2])
                         + TextLayout.padLeft(TextLayout.formatted(t.team, 1), w[3])
                         + TextLayout.padLeft(TextLayout.signed(t.gap, 1), w[4])
                         + TextLayout.padLeft(String(t.measured.n), w[5])
                         + TextLayout.padLeft(TextLayout.formatted(t.measured.priority, 0), w[6]) + "  "
                         + TextLayout.sparkline(t.measured.trend.suffix(8).map(\.value)))
            var detail = [TextLayout.safe(t.owner ?? (t.stage == nil ? s.notInRegistry : s.noOwner)), s.checked(t.lastChecked)]
            if t.recheckDue { detail.append(s.recheckDue(t.reviewEvery)) }
            detail.append(s.actionCounts(open: t.openActions, overdue: t.overdueActions))
            lines += TextLayout.hanging("   ", detail.joined(separator: " · "), width: width)
        }
        lines.append("")
        lines += TextLayout.wrapped(s.programmeLegend, to: width)
        lines.append("")
        let focus = o.focus
        if focus.isEmpty {
            lines.append(s.noScoredTouchpoints)
        } else {
            lines.append(s.focusListFormula)
            for t in focus {
                let text = "\(TextLayout.safe(t.name)) — \(TextLayout.safe(t.owner ?? s.noOwner)) (\(s.focusFigures(score: t.measured.score, team: t.team, gap: t.gap)))"
                lines += TextLayout.hanging("  \(t.measured.focus!). ", text, width: width)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ o: TouchpointsOverview, language: Language = .en) -> String {
        let s = ReportStrings(language)
        typealias M = MarkdownRenderer
        var out = ["## " + s.touchpointsTitle, "",
                   M.cell(s.touchpointsScores(o.period?.label) + ". " + s.programmeHeading(o.period?.label, today: o.today)) + ".", ""]
        let heads = s.programmeMarkdownColumns
        out.append(M.row(heads))
        out.append("|" + heads.map { _ in "---|" }.joined())
        for t in o.touchpoints {
            var checked = t.lastChecked.map(String.init(describing:)) ?? s.never
            if t.recheckDue { checked += " ⚠ " + s.recheckDue(t.reviewEvery) }
            out.append("| \(t.measured.focus.map(String.init) ?? "") | \(M.cell(t.name)) (\(M.code(t.id))) | \(M.cell(t.owner ?? "–")) "
                       + "| \(TextLayout.formatted(t.measured.score, 1)) | \(TextLayout.formatted(t.team, 1)) | \(TextLayout.signed(t.gap, 1)) "
                       + "| \(t.measured.n) | \(TextLayout.formatted(t.measured.priority, 0)) | \(checked) "
                       + "| \(s.actionCounts(open: t.openActions, overdue: t.overdueActions)) |")
        }
        out += ["", "_" + s.programmeLegend + "_", ""]
        let focus = o.focus
        if focus.isEmpty {
            out.append(s.noScoredTouchpoints)
        } else {
            out.append("### " + s.focusList)
            out.append("")
            for t in focus {
                out.append("\(t.measured.focus!). **\(M.cell(t.name))** — \(M.cell(t.owner ?? s.noOwner)) (\(s.focusFigures(score: t.measured.score, team: t.team, gap: t.gap)))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
