import ShopperCore

/// `shopper weekly` as text and Markdown (which pastes into a wiki or an e-mail); JSON and HTML
/// in `WeeklyRenderer+Data.swift`. Pure: model in, string out; registry text sanitized.
public enum WeeklyRenderer {
    static func monday(_ page: WeeklyPage) -> CalendarDate { Programme.day(of: page.week.start) }

    public static func text(_ page: WeeklyPage, width: Int = 80, language: Language = .en) -> String {
        let s = ReportStrings(language)
        let safe = TextLayout.safe
        var lines = TextLayout.wrapped(s.weeklyTitle(page.week.label, monday: monday(page), sunday: monday(page).adding(days: 6),
                                                     today: page.today), to: width)
        lines.append("")
        func list(_ label: String, _ actions: [WeeklyPage.Action], indent: String) {
            guard !actions.isEmpty else { return }
            lines += TextLayout.hanging(indent, String(label.dropLast(label.hasSuffix(" ") ? 1 : 0)), width: width)
            for a in actions { lines += TextLayout.hanging(indent + "  - ", safe(s.actionLine(a)), width: width) }
        }
        if page.focus.isEmpty {
            lines += TextLayout.wrapped(s.noFocusThisWeek, to: width)
        } else {
            lines += TextLayout.wrapped(s.focusFive, to: width)
            for f in page.focus {
                lines += TextLayout.hanging("\(f.rank). ", "\(safe(f.name)) (\(safe(f.id)))", width: width)
                lines += TextLayout.hanging("   ", safe(s.ownerLine(f.owner)), width: width)
                lines += TextLayout.hanging("   ", s.weekScores(score: f.score, previous: f.previous, team: f.team, gap: f.gap), width: width)
                if !f.newBarriers.isEmpty {
                    lines += TextLayout.hanging("   ", s.newBarriersLabel + f.newBarriers.map(safe).joined(separator: ", "), width: width)
                }
                list(s.doneThisWeek, f.done, indent: "   ")
                list(s.overdueLabel, f.overdue, indent: "   ")
                list(s.dueBy(page.today.adding(days: 7)), f.due, indent: "   ")
            }
        }
        lines.append("")
        if page.recheck.isEmpty {
            lines += TextLayout.wrapped(s.nothingToRecheck, to: width)
        } else {
            lines += TextLayout.wrapped(s.recheckTitle(page.today), to: width)
            for r in page.recheck {
                lines += TextLayout.hanging("  - ", "\(safe(r.name)) (\(safe(r.id))) — \(safe(r.owner ?? s.noOwner)) · "
                                            + s.lastCheckedLine(r.lastChecked, every: r.reviewEvery), width: width)
            }
        }
        lines.append("")
        lines += TextLayout.hanging("", s.touchpointsWithoutOwner + (page.noOwner.isEmpty ? s.noneWord : page.noOwner.map(safe).joined(separator: ", ")), width: width)
        lines += TextLayout.hanging("", s.actionsWithoutOwner + (page.actionsWithoutOwner.isEmpty ? s.noneWord : page.actionsWithoutOwner.map(safe).joined(separator: ", ")), width: width)
        if !(page.allDone.isEmpty && page.allOverdue.isEmpty && page.allDue.isEmpty) {
            lines.append("")
            lines.append(s.wholePlan)
            list(s.doneThisWeek, page.allDone, indent: "  ")
            list(s.overdueLabel, page.allOverdue, indent: "  ")
            list(s.dueBy(page.today.adding(days: 7)), page.allDue, indent: "  ")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public static func markdown(_ page: WeeklyPage, language: Language = .en) -> String {
        let s = ReportStrings(language)
        let cell = MarkdownRenderer.cell, code = MarkdownRenderer.code
        var out = ["# " + cell(s.weeklyTitle(page.week.label, monday: monday(page), sunday: monday(page).adding(days: 6), today: page.today)), ""]
        func list(_ label: String, _ actions: [WeeklyPage.Action], indent: String) {
            guard !actions.isEmpty else { return }
            out.append(indent + "- " + label.trimmingCharacters(in: .whitespaces))
            for a in actions { out.append(indent + "  - " + code(a.id) + " " + cell(String(s.actionLine(a).dropFirst(a.id.count + 1)))) }
        }
        if page.focus.isEmpty {
            out += [s.noFocusThisWeek, ""]
        } else {
            out += ["## " + s.focusFive, ""]
            for f in page.focus {
                out.append("\(f.rank). **\(cell(f.name))** (\(code(f.id))) — \(cell(f.owner ?? s.noOwner))")
                out.append("   - " + s.weekScores(score: f.score, previous: f.previous, team: f.team, gap: f.gap))
                if !f.newBarriers.isEmpty { out.append("   - " + s.newBarriersLabel + f.newBarriers.map(code).joined(separator: ", ")) }
                list(s.doneThisWeek, f.done, indent: "   ")
                list(s.overdueLabel, f.overdue, indent: "   ")
                list(s.dueBy(page.today.adding(days: 7)), f.due, indent: "   ")
            }
            out.append("")
        }
        if page.recheck.isEmpty {
            out += [s.nothingToRecheck, ""]
        } else {
            out += ["## " + s.recheckTitle(page.today), ""]
            for r in page.recheck {
                out.append("- **\(cell(r.name))** (\(code(r.id))) — \(cell(r.owner ?? s.noOwner)) · " + s.lastCheckedLine(r.lastChecked, every: r.reviewEvery))
            }
            out.append("")
        }
        out.append(s.touchpointsWithoutOwner + (page.noOwner.isEmpty ? s.noneWord : page.noOwner.map(code).joined(separator: ", ")) + "  ")
        out.append(s.actionsWithoutOwner + (page.actionsWithoutOwner.isEmpty ? s.noneWord : page.actionsWithoutOwner.map(code).joined(separator: ", ")))
        if !(page.allDone.isEmpty && page.allOverdue.isEmpty && page.allDue.isEmpty) {
            out += ["", "## " + s.wholePlan, ""]
            list(s.doneThisWeek, page.allDone, indent: "")
            list(s.overdueLabel, page.allOverdue, indent: "")
            list(s.dueBy(page.today.adding(days: 7)), page.allDue, indent: "")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
