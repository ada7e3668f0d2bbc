import Foundation
import Reports
import ShopperCore
import Testing

/// `shopper touchpoints` and `shopper weekly` renderers: the JSON contract, widths, both languages.
@Suite struct ProgrammeRenderingTests {
    static let longOwner = "Руководитель направления по работе с ключевыми клиентами и партнёрами, Административно-хозяйственный отдел"

    static func fixture() -> (TouchpointsOverview, WeeklyPage) {
        let day = ProgrammeTests.day
        let registry = TouchpointRegistry(touchpoints: [
            ProgrammeTests.touchpoint("pay", owner: longOwner,
                                      assessments: [.init(score: 8, date: day("2026-09-14"), by: "a")],
                                      actions: [.init(id: "late", text: "Исправить оплату картой «Мир» на шаге 3-D Secure", due: day("2026-11-20"), status: .doing),
                                                .init(id: "soon", text: "Add Apple Pay", due: day("2026-12-01"), status: .planned),
                                                .init(id: "done-now", text: "Fix it", status: .done, doneOn: day("2026-11-25"))]),
            ProgrammeTests.touchpoint("search-with-a-very-long-identifier-for-the-catalogue", owner: nil),
        ])
        let runs = [
            ProgrammeTests.run("a", "2026-11-17T09:00:00Z", [("pay", .done, 6)]),
            ProgrammeTests.run("b", "2026-11-24T09:00:00Z", [("pay", .done, 4), ("search-with-a-very-long-identifier-for-the-catalogue", .done, 9)],
                               barriers: ["card-declined"]),
            // Five scored attempts at "pay" in the week (fewer would leave it out of the focus
            // list, TouchpointScore.minimumFocusN); November's mean is (6 + 5 × 4)/6 = 13/3.
            ProgrammeTests.run("c", "2026-11-23T09:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("d", "2026-11-24T08:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("e", "2026-11-25T08:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("f", "2026-11-26T08:00:00Z", [("pay", .done, 4)]),
        ]
        let report = ReportBuilder(registry: registry).build(runs)
        let overview = Programme.overview(report, registry: registry, runs: runs, today: day("2026-11-29"))
        let page = WeeklyBuilder(registry: registry).build(runs, week: Period(parsing: "2026-W48")!, today: day("2026-11-29"))
        return (overview, page)
    }

    @Test func touchpointsJSONAddsTheProgrammeFields() throws {
        let json = TouchpointsOverviewRenderer.json(Self.fixture().0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require(object["touchpoints"] as? [[String: Any]])
        let pay = try #require(list.first { $0["id"] as? String == "pay" })
        #expect(pay["team"] as? Double == 8 && abs((pay["gap"] as? Double ?? 0) - (8 - 13.0 / 3)) < 1e-5
                && pay["last_checked"] as? String == "2026-11-26")
        #expect(pay["recheck_due"] as? Bool == false)
        #expect(pay["actions"] as? [String: Int] == ["open": 2, "overdue": 1])
        let search = try #require(list.first { $0["id"] as? String != "pay" })
        #expect(search["team"] is NSNull && search["gap"] is NSNull && search["owner"] is NSNull)
        for key in ["id", "name", "owner", "score", "n", "importance", "focus", "priority", "trend", "team", "gap", "last_checked",
                    "recheck_due", "actions"] {
            #expect(pay[key] != nil, "\(key)")
        }
    }

    @Test func weeklyJSONIsExactlyTheContract() throws {
        let json = WeeklyRenderer.json(Self.fixture().1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["week", "focus", "recheck", "no_owner", "actions_without_owner"])
        #expect(object["week"] as? String == "2026-W48")
        let focus = try #require(object["focus"] as? [[String: Any]])
        let pay = try #require(focus.first)
        #expect(Set(pay.keys) == ["id", "name", "owner", "score", "previous", "team", "gap", "new_barriers", "actions_done",
                                  "actions_overdue", "actions_due"])
        #expect(pay["score"] as? Double == 4 && pay["previous"] as? Double == 6 && pay["team"] as? Double == 8 && pay["gap"] as? Double == 4)
        #expect(pay["new_barriers"] as? [String] == ["card-declined"])
        #expect(pay["actions_done"] as? [String] == ["done-now"] && pay["actions_overdue"] as? [String] == ["late"]
                && pay["actions_due"] as? [String] == ["soon"])
        let recheck = try #require(object["recheck"] as? [[String: Any]])
        #expect(recheck.isEmpty)
        #expect(object["no_owner"] as? [String] == ["search-with-a-very-long-identifier-for-the-catalogue"])
        #expect(object["actions_without_owner"] as? [String] == [])
    }

    @Test(arguments: [Language.en, .ru])
    func textFitsEightyColumnsAndKeepsOwnersWhole(_ language: Language) {
        let (overview, page) = Self.fixture()
        for text in [TouchpointsOverviewRenderer.text(overview, width: 80, language: language),
                     WeeklyRenderer.text(page, width: 80, language: language)] {
            for line in text.split(separator: "\n") {
                #expect(DisplayWidth.width(of: String(line)) <= 80, "\(line)")
            }
            // Wrapped, never cut: every word of the owner is there.
            let words = Set(text.split(whereSeparator: \.isWhitespace).map(String.init))
            for word in Self.longOwner.split(separator: " ") { #expect(words.contains(String(word)), "\(word)") }
            #expect(!text.contains("…") || text.contains("search-with"))
        }
    }

    @Test func russianPagesSayItInRussian() {
        let (overview, page) = Self.fixture()
        let weekly = WeeklyRenderer.text(page, language: .ru)
        #expect(weekly.hasPrefix("Еженедельный разбор 2026-W48"))
        #expect(weekly.contains("Просрочено") && weekly.contains("Сделано за неделю") && weekly.contains("Новые барьеры: card-declined"))
        #expect(WeeklyRenderer.text(page).contains("Overdue"))
        let touchpoints = TouchpointsOverviewRenderer.text(overview, width: 300, language: .ru)
        #expect(touchpoints.contains("разрыв") && touchpoints.contains("открытых действия, просрочено: 1"))
        #expect(WeeklyRenderer.markdown(page, language: .ru).contains("## Пятёрка фокуса"))
        #expect(WeeklyRenderer.html(page, language: .ru).contains("<html lang=\"ru\">"))
    }

    @Test func markdownAndHTMLEscapeRegistryText() {
        let day = ProgrammeTests.day
        let registry = TouchpointRegistry(touchpoints: [
            ProgrammeTests.touchpoint("pay", owner: "<script>alert(1)</script> | team",
                                      actions: [.init(id: "x", text: "a | b <b>", due: day("2026-11-01"), status: .doing)]),
        ])
        let runs = [ProgrammeTests.run("a", "2026-11-24T09:00:00Z", [("pay", .done, 4)])]
        let page = WeeklyBuilder(registry: registry).build(runs, week: Period(parsing: "2026-W48")!, today: day("2026-11-29"))
        let html = WeeklyRenderer.html(page)
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;"))
        let markdown = WeeklyRenderer.markdown(page)
        #expect(!markdown.contains("<script>") && markdown.contains("\\|"))
    }

    @Test func csvHasOneRowPerTouchpoint() {
        let csv = TouchpointsOverviewRenderer.csv(Self.fixture().0)
        let lines = csv.split(separator: "\n")
        #expect(lines.first == Substring(TouchpointsOverviewRenderer.csvColumns.joined(separator: ",")))
        #expect(lines.count == 3)
        #expect(lines.contains { $0.hasPrefix("pay,") && $0.hasSuffix(",2026-11-26,1 year,false,2,1") })
    }
}

/// `--stage`, `--owner` and `--sort` on the overview.
@Suite struct TouchpointsSelectionTests {
    static func overview() -> TouchpointsOverview {
        let day = ProgrammeTests.day
        func status(_ id: String, stage: JourneyStage?, owner: String?, score: Double?, team: Double?, checked: String?) -> TouchpointStatus {
            TouchpointStatus(measured: TouchpointScore(id: id, name: id, owner: owner, importance: nil, score: score, n: 1, priority: nil,
                                                       focus: nil, trend: []),
                             stage: stage, team: team, gap: team.flatMap { t in score.map { t - $0 } },
                             lastChecked: checked.map(day), reviewEvery: .default, recheckDue: false, openActions: 0, overdueActions: 0)
        }
        return TouchpointsOverview(today: day("2026-11-29"), period: nil, touchpoints: [
            status("c", stage: .purchase, owner: "Payments lead, E-commerce", score: 4, team: 8, checked: "2026-11-01"),
            status("a", stage: .awareness, owner: "Маркетинг", score: 7, team: 6, checked: nil),
            status("b", stage: .purchase, owner: nil, score: nil, team: 9, checked: "2026-10-01"),
            status("d", stage: nil, owner: "e-commerce team", score: 2, team: nil, checked: "2026-11-20"),
        ])
    }

    @Test(arguments: [(TouchpointsSelection.Sort.priority, ["c", "a", "b", "d"]), (.gap, ["c", "a", "b", "d"]),
                      (.score, ["d", "c", "a", "b"]), (.team, ["a", "c", "b", "d"]), (.checked, ["a", "b", "c", "d"]),
                      (.id, ["a", "b", "c", "d"])])
    func sorts(_ sort: TouchpointsSelection.Sort, _ expected: [String]) {
        #expect(TouchpointsSelection(sort: sort).apply(Self.overview()).touchpoints.map(\.id) == expected)
    }

    @Test func filtersByStageAndOwner() {
        let o = Self.overview()
        #expect(TouchpointsSelection(stages: [.purchase]).apply(o).touchpoints.map(\.id) == ["c", "b"])
        #expect(TouchpointsSelection(owners: ["E-COMMERCE"]).apply(o).touchpoints.map(\.id) == ["c", "d"])
        #expect(TouchpointsSelection(owners: ["маркетинг", "nobody"]).apply(o).touchpoints.map(\.id) == ["a"])
        #expect(TouchpointsSelection(stages: [.loyalty]).apply(o).touchpoints.isEmpty)
        let empty = TouchpointsSelection(stages: [.loyalty]).apply(o)
        #expect(TouchpointsOverviewRenderer.text(empty).contains("No touchpoints match."))
    }

    @Test func markdownEscapesOwners() {
        var o = Self.overview()
        o.touchpoints[0].measured.owner = "<b>Boss</b> | Team"
        let markdown = TouchpointsOverviewRenderer.markdown(o, language: .ru)
        #expect(markdown.contains("&lt;b&gt;Boss&lt;/b&gt; \\| Team") && !markdown.contains("<b>"))
        #expect(markdown.contains("| Владелец |"))
    }
}
