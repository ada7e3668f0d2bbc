import ShopperCore

/// `shopper weekly` as text and Markdown (which pastes into a wiki or an e-mail); JSON and HTML
/// in `WeeklyRenderer+Data.swift`. Pure: model in, string out; registry text sanitized.
public enum WeeklyRenderer {
    static func monday(_ page: WeeklyPage) -> CalendarDate { Programme.day(of: page.week.start) }

    /// The re-check list as the meeting reads it: the never-checked touchpoints grouped by owner
    /// (who must arrange a run; owners in order of first appearance, no owner last), then the
    /// ones checked too long ago, oldest first (the page's order).
    static func recheckGroups(_ page: WeeklyPage) -> (never: [(owner: String?, items: [WeeklyPage.Recheck])], late: [WeeklyPage.Recheck]) {
        var never: [(owner: String?, items: [WeeklyPage.Recheck])] = []
        for r in page.recheck where r.lastChecked == nil {
            if let i = never.firstIndex(where: { $0.owner == r.owner }) { never[i].items.append(r) } else { never.append((r.owner, [r])) }
        }
        never.sort { ($0.owner == nil ? 1 : 0) < ($1.owner == nil ? 1 : 0) }
        return (never, page.recheck.filter { $0.lastChecked != nil })
    }

    public static func text(_ page: WeeklyPage, width: Int = 80, language: Language = .en) -> String {
        let s = ReportStrings(language)
        let safe = TextLayout.safe
        var lines = TextLayout.wrapped(s.weeklyTitle(page.week.label, monday: monday(page), sunday: monday(page).adding(days: 6),
                                                     today: page.today), to: width)
        lines.append("")
        func list(_ label: String, _ actions: [WeeklyPage.Action], indent: String, owner: String?? = nil) {
            guard !actions.isEmpty else { return }
            lines += TextLayout.hanging(indent, String(label.dropLast(label.hasSuffix(" ") ? 1 : 0)), width: width)
            for a in actions {
                let line = owner.map { s.actionLine(a, besides: $0, withTouchpoint: false) } ?? s.actionLine(a, besides: nil, withTouchpoint: true)
                lines += TextLayout.hanging(indent + "  - ", safe(line), width: width)
            }
        }
        if page.focus.isEmpty {
            lines += TextLayout.wrapped(s.noFocus(week: page.week, latestScored: page.latestScoredWeek, today: page.today), to: width)
        } else {
            lines += TextLayout.wrapped(s.focusFive, to: width)
            for f in page.focus {
                lines += TextLayout.hanging("\(f.rank). ", "\(safe(f.name)) (\(safe(f.id)))", width: width)
                lines += TextLayout.hanging("   ", safe(s.ownerLine(f.owner)), width: width)
                lines += TextLayout.hanging("   ", s.weekScores(score: f.score, previous: f.previous, team: f.team, gap: f.gap), width: width)
                if !f.newBarriers.isEmpty {
                    lines += TextLayout.hanging("   ", s.newBarriersLabel + f.newBarriers.map(safe).joined(separator: ", "), width: width)
                }
                list(s.doneThisWeek, f.done, indent: "   ", owner: .some(f.owner))
                list(s.overdueLabel, f.overdue, indent: "   ", owner: .some(f.owner))
                list(s.dueBy(page.today.adding(days: 7)), f.due, indent: "   ", owner: .some(f.owner))
            }
        }
        if !page.thin.isEmpty {
            lines.append("")
            lines += TextLayout.wrapped(s.thinTitle, to: width)
            for t in page.thin { lines += TextLayout.hanging("  - ", safe(s.thinLine(t)), width: width) }
        }
        lines.append("")
        if page.recheck.isEmpty {
            lines += TextLayout.wrapped(s.nothingToRecheck, to: width)
        } else {
            lines += TextLayout.wrapped(s.recheckTitle(page.today), to: width)
            let (never, late) = recheckGroups(page)
            if !never.isEmpty {
                lines += TextLayout.hanging("  ", s.neverCheckedTitle, width: width)
                for (owner, items) in never {
                    lines += TextLayout.hanging("  - ", safe(owner ?? s.noOwner) + ": "
                                                + items.map { "\(safe($0.name)) (\(safe($0.id)))" }.joined(separator: "; "), width: width)
                }
            }
            if !late.isEmpty {
                lines += TextLayout.hanging("  ", s.checkedTooLongAgo, width: width)
                for r in late {
                    lines += TextLayout.hanging("  - ", "\(safe(r.name)) (\(safe(r.id))) — \(safe(r.owner ?? s.noOwner)) · "
                                                + s.lastCheckedLine(r.lastChecked, every: r.reviewEvery), width: width)
                }
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
        func list(_ label: String, _ actions: [WeeklyPage.Action], indent: String, owner: String?? = nil) {
            guard !actions.isEmpty else { return }
            out.append(indent + "- " + label.trimmingCharacters(in: .whitespaces))
            for a in actions {
                let line = owner.map { s.actionLine(a, besides: $0, withTouchpoint: false) } ?? s.actionLine(a, besides: nil, withTouchpoint: true)
                out.append(indent + "  - " + code(a.id) + " " + cell(String(line.dropFirst(a.id.count + 1))))
            }
        }
        if page.focus.isEmpty {
            out += [s.noFocus(week: page.week, latestScored: page.latestScoredWeek, today: page.today), ""]
        } else {
            out += ["## " + s.focusFive, ""]
            for f in page.focus {
                out.append("\(f.rank). **\(cell(f.name))** (\(code(f.id))) — \(cell(f.owner ?? s.noOwner))")
                out.append("   - " + s.weekScores(score: f.score, previous: f.previous, team: f.team, gap: f.gap))
                if !f.newBarriers.isEmpty { out.append("   - " + s.newBarriersLabel + f.newBarriers.map(code).joined(separator: ", ")) }
                list(s.doneThisWeek, f.done, indent: "   ", owner: .some(f.owner))
                list(s.overdueLabel, f.overdue, indent: "   ", owner: .some(f.owner))
                list(s.dueBy(page.today.adding(days: 7)), f.due, indent: "   ", owner: .some(f.owner))
            }
            out.append("")
        }
        if !page.thin.isEmpty {
            out += [s.thinTitle, ""] + page.thin.map { "- " + cell(s.thinLine($0)) } + [""]
        }
        if page.recheck.isEmpty {
            out += [s.nothingToRecheck, ""]
        } else {
            out += ["## " + s.recheckTitle(page.today), ""]
            let (never, late) = recheckGroups(page)
            if !never.isEmpty {
                out.append(s.neverCheckedTitle)
                out.append("")
                for (owner, items) in never {
                    out.append("- **\(cell(owner ?? s.noOwner))**: " + items.map { "\(cell($0.name)) (\(code($0.id)))" }.joined(separator: "; "))
                }
            }
            if !late.isEmpty {
                if !never.isEmpty { out.append("") }
                out.append(s.checkedTooLongAgo)
                out.append("")
                for r in late {
                    out.append("- **\(cell(r.name))** (\(code(r.id))) — \(cell(r.owner ?? s.noOwner)) · " + s.lastCheckedLine(r.lastChecked, every: r.reviewEvery))
                }
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
