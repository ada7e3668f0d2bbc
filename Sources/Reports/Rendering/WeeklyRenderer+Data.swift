import ShopperCore

/// `shopper weekly --format json|html`.
extension WeeklyRenderer {
    /// The machine contract (docs/commands.md): `week`, `focus`, `recheck`, `no_owner`, `actions_without_owner`,
    /// exactly (the touchpoints scored too few times to rank are for the people at the meeting:
    /// text, Markdown and HTML; a program reads them from `shopper touchpoints --format json`).
    public static func json(_ page: WeeklyPage) -> String {
        let value: JSONValue = [
            "week": .string(page.week.label),
            "focus": .array(page.focus.map { f in
                [
                    "id": .string(f.id), "name": .string(f.name), "owner": .string(f.owner),
                    "score": .number(f.score), "previous": .number(f.previous), "team": .number(f.team), "gap": .number(f.gap),
                    "new_barriers": .array(f.newBarriers.map { .string($0) }),
                    "actions_done": .array(f.done.map { .string($0.id) }),
                    "actions_overdue": .array(f.overdue.map { .string($0.id) }),
                    "actions_due": .array(f.due.map { .string($0.id) }),
                ]
            }),
            "recheck": .array(page.recheck.map { r in
                ["id": .string(r.id), "name": .string(r.name), "owner": .string(r.owner), "last_checked": .string(r.lastChecked?.description)]
            }),
            "no_owner": .array(page.noOwner.map { .string($0) }),
            "actions_without_owner": .array(page.actionsWithoutOwner.map { .string($0) }),
        ]
        return value.pretty()
    }

    /// A self-contained page: the Markdown's content as HTML, no scripts, no external files.
    public static func html(_ page: WeeklyPage, language: Language = .en) -> String {
        let s = ReportStrings(language)
        let e = HTMLRenderer.escape
        let title = s.weeklyTitle(page.week.label, monday: monday(page), sunday: monday(page).adding(days: 6), today: page.today)
        var h = HTMLRenderer.head(title: title, language: language, css: css)
        h += """
            <body>
            <h1>\(e(title))</h1>

            """
        /// `owner`: the focus touchpoint's (an action's owner is said only when it differs);
        /// nil for the whole plan, whose lines name their touchpoint.
        func list(_ label: String, _ actions: [WeeklyPage.Action], owner: String?? = nil) -> String {
            guard !actions.isEmpty else { return "" }
            return "<li>\(e(label))<ul>" + actions.map { a in
                let line = owner.map { s.actionLine(a, besides: $0, withTouchpoint: false) } ?? s.actionLine(a, besides: nil, withTouchpoint: true)
                return "<li>\(e(line))</li>"
            }.joined() + "</ul></li>"
        }
        if page.focus.isEmpty {
            h += "<p>\(e(s.noFocus(week: page.week, latestScored: page.latestScoredWeek, today: page.today)))</p>\n"
        } else {
            h += "<h2>\(e(s.focusFive))</h2>\n<ol>\n"
            for f in page.focus {
                h += "<li><strong>\(e(f.name))</strong> <code>\(e(f.id))</code><br><span class=\"quiet\">\(e(s.ownerLine(f.owner)))</span><ul>"
                h += "<li>\(e(s.weekScores(score: f.score, previous: f.previous, team: f.team, gap: f.gap)))</li>"
                if !f.newBarriers.isEmpty { h += "<li>\(e(s.newBarriersLabel + f.newBarriers.joined(separator: ", ")))</li>" }
                h += list(s.doneThisWeek, f.done, owner: .some(f.owner)) + list(s.overdueLabel, f.overdue, owner: .some(f.owner))
                    + list(s.dueBy(page.today.adding(days: 7)), f.due, owner: .some(f.owner))
                h += "</ul></li>\n"
            }
            h += "</ol>\n"
        }
        if !page.thin.isEmpty {
            h += "<p>\(e(s.thinTitle))</p>\n<ul>\n" + page.thin.map { "<li>\(e(s.thinLine($0)))</li>\n" }.joined() + "</ul>\n"
        }
        if page.recheck.isEmpty {
            h += "<p>\(e(s.nothingToRecheck))</p>\n"
        } else {
            h += "<h2>\(e(s.recheckTitle(page.today)))</h2>\n"
            let (never, late) = recheckGroups(page)
            if !never.isEmpty {
                h += "<p>\(e(s.neverCheckedTitle))</p>\n<ul>\n"
                for (owner, items) in never {
                    h += "<li><strong>\(e(owner ?? s.noOwner))</strong>: "
                        + items.map { "\(e($0.name)) <code>\(e($0.id))</code>" }.joined(separator: "; ") + "</li>\n"
                }
                h += "</ul>\n"
            }
            if !late.isEmpty {
                h += "<p>\(e(s.checkedTooLongAgo))</p>\n<ul>\n"
                for r in late {
                    h += "<li><strong>\(e(r.name))</strong> <code>\(e(r.id))</code> — \(e(r.owner ?? s.noOwner)) · \(e(s.lastCheckedLine(r.lastChecked, every: r.reviewEvery)))</li>\n"
                }
                h += "</ul>\n"
            }
        }
        h += "<p>\(e(s.touchpointsWithoutOwner + (page.noOwner.isEmpty ? s.noneWord : page.noOwner.joined(separator: ", "))))<br>"
        h += "\(e(s.actionsWithoutOwner + (page.actionsWithoutOwner.isEmpty ? s.noneWord : page.actionsWithoutOwner.joined(separator: ", "))))</p>\n"
        if !(page.allDone.isEmpty && page.allOverdue.isEmpty && page.allDue.isEmpty) {
            h += "<h2>\(e(s.wholePlan))</h2>\n<ul>" + list(s.doneThisWeek, page.allDone) + list(s.overdueLabel, page.allOverdue)
                + list(s.dueBy(page.today.adding(days: 7)), page.allDue) + "</ul>\n"
        }
        return h + "</body>\n</html>\n"
    }

    /// The page's styles: laid out at the device's width (a phone reads it without zooming),
    /// long ids and owner lists wrap, dark mode, and on paper no heading ends a page (the
    /// report's rule, `HTMLRenderer.printCSS`).
    static let css = """
    :root{color-scheme:light dark;--muted:#555;--code:#f3f3f3}
    @media (prefers-color-scheme:dark){:root{--muted:#a3acbb;--code:#262b35}}
    body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45;overflow-wrap:anywhere}
    h1{font-size:1.5rem}.quiet{color:var(--muted)}li{margin:.2rem 0}code{background:var(--code);padding:0 .2rem}
    @media (max-width:420px){body{margin:1rem auto;padding:0 .6rem}ol,ul{padding-left:1.2rem}}
    @page{size:A4;margin:14mm 12mm}
    @media print{body{margin:0;max-width:none;font-size:10.5pt}li{break-inside:avoid}}
    """ + HTMLRenderer.printCSS
        // This page's large two-line headings with the report's room below (4.5em) moved to the
        // next page with half of page 1 still empty in Chromium; 2.5em keeps them with their list.
        + "@media print{h2::after,h3::after{height:2.5em;margin-bottom:-2.5em}}"
}
