import Foundation
import Reports
import ShopperCore
import Testing

/// Reproducing an old meeting: every figure of `touchpoints` and `weekly` as of the reference
/// date (runs, assessments and `done_on` after it do not count), the empty week's page, and the
/// one range of dates and weeks the commands take. Worked by hand; the generated registries of
/// `ProgrammeTests` check the same rules against `reference/programme_reference.py`.
@Suite struct ProgrammeAsOfTests {
    static let day = ProgrammeTests.day
    static let week48 = Period(parsing: "2026-W48")!

    static let registry = TouchpointRegistry(touchpoints: [
        ProgrammeTests.touchpoint("pay", assessments: [.init(score: 9, date: day("2026-10-01"), by: "a"),
                                                       .init(score: 4, date: day("2026-11-26"), by: "later")],
                                  actions: [.init(id: "done-later", text: "x", due: day("2026-11-20"), status: .done, doneOn: day("2026-11-27")),
                                            .init(id: "done-before", text: "x", status: .done, doneOn: day("2026-11-24")),
                                            .init(id: "done-long-after", text: "x", due: day("2026-11-30"), status: .done,
                                                  doneOn: day("2026-12-10"))],
                                  every: .days(20)),
        ProgrammeTests.touchpoint("new", assessments: [.init(score: 7, date: day("2026-11-28"), by: "later")]),
    ])

    static let runs = [
        ProgrammeTests.run("a", "2026-11-01T09:00:00Z", [("pay", .done, 8)]),
        // Two Monday runs: with them pay has five scores by Wednesday, enough to rank
        // (`TouchpointScore.minimumFocusN`).
        ProgrammeTests.run("m1", "2026-11-23T09:00:00Z", [("pay", .done, 4)]),
        ProgrammeTests.run("m2", "2026-11-23T10:00:00Z", [("pay", .done, 1)]),
        ProgrammeTests.run("b", "2026-11-24T09:00:00Z", [("pay", .done, 3)]),
        ProgrammeTests.run("c", "2026-11-25T09:00:00Z", [("pay", .done, 2)]),
        ProgrammeTests.run("d", "2026-11-25T23:59:59Z", [("pay", .done, 5)]),
        // After the reference date (the 25th), inside the week: none of this counts.
        ProgrammeTests.run("e", "2026-11-26T00:00:00Z", [("pay", .done, 10), ("new", .done, 10)], barriers: ["later-barrier"]),
    ]

    /// As of Wednesday 2026-11-25: pay's scores this week are 4, 1, 3, 2, 5 (mean 3; the 26th's 10
    /// is later), its team score is 9 (the 4 is dated the 26th), gap 9 − 3 = 6; done-later
    /// (done the 27th, due the 20th) was open and overdue; done-long-after is due by the 2nd;
    /// only done-before was done. "new" has no run and no assessment yet.
    @Test func theWeeklyPageMidWeekCountsNothingLater() throws {
        let page = WeeklyBuilder(registry: Self.registry).build(Self.runs, week: Self.week48, today: Self.day("2026-11-25"))
        let f = try #require(page.focus.first { $0.id == "pay" })
        #expect(abs((f.score ?? 0) - 3) < 1e-12)
        #expect(f.team == 9 && abs((f.gap ?? 0) - 6) < 1e-12)
        #expect(f.newBarriers.isEmpty)
        #expect(f.done.map(\.id) == ["done-before"] && f.overdue.map(\.id) == ["done-later"] && f.due.map(\.id) == ["done-long-after"])
        #expect(page.recheck.map(\.id) == ["new"])
        // On the Sunday the later figures count: the run of the 26th (score 10, so the mean is
        // 25/6), the team's 4 of the 26th (gap 4 − 25/6 = −1/6) and done-later done on the 27th.
        let sunday = WeeklyBuilder(registry: Self.registry).build(Self.runs, week: Self.week48, today: Self.day("2026-11-29"))
        let g = try #require(sunday.focus.first { $0.id == "pay" })
        #expect(abs((g.score ?? 0) - 25.0 / 6) < 1e-12 && g.team == 4 && abs((g.gap ?? 0) + 1.0 / 6) < 1e-12)
        #expect(g.newBarriers == ["later-barrier"])
        #expect(g.done.map(\.id).sorted() == ["done-before", "done-later"] && g.overdue.isEmpty)
    }

    /// The reviewer's case: `touchpoints --today 2020-01-01` on a history that starts later shows
    /// nothing measured, no team score, no check, and every touchpoint due a re-check.
    @Test func touchpointsBeforeEveryRunShowNoLaterFigures() {
        let early = Programme.overview(scenarios: [:], registry: Self.registry, options: ReportOptions(), runs: Self.runs,
                                       today: Self.day("2020-01-01"))
        #expect(early.touchpoints.map(\.id).sorted() == ["new", "pay"])
        for t in early.touchpoints {
            #expect(t.measured.score == nil && t.team == nil && t.gap == nil && t.lastChecked == nil && t.recheckDue, "\(t.id)")
        }
        let pay = early.touchpoints.first { $0.id == "pay" }
        // All three done actions were open in 2020; done-later's due date (2026-11-20) had not passed.
        #expect(pay?.openActions == 3 && pay?.overdueActions == 0)
        // As of the 25th: checked on the 25th (the run at 23:59:59), not the 26th; 20 days later is not yet due.
        let wednesday = Programme.overview(scenarios: [:], registry: Self.registry, options: ReportOptions(), runs: Self.runs,
                                           today: Self.day("2026-11-25"))
        let p = wednesday.touchpoints.first { $0.id == "pay" }
        #expect(p?.lastChecked == Self.day("2026-11-25") && p?.recheckDue == false && p?.team == 9)
        #expect(p?.openActions == 2 && p?.overdueActions == 1)
    }

    @Test func anActionDoneLaterIsOpenAndDroppedStaysDropped() {
        let t = ProgrammeTests.touchpoint("x", actions: [.init(id: "d", text: "x", status: .done, doneOn: Self.day("2026-11-27")),
                                                         .init(id: "gone", text: "x", status: .dropped)])
        let before = t.asOf(Self.day("2026-11-26"))
        #expect(before.actions.map(\.status) == [.doing, .dropped] && before.actions[0].doneOn == nil)
        #expect(t.asOf(Self.day("2026-11-27")).actions == t.actions)
    }

    /// A week with no scores (the samples' history ends in W48) still lists the plan and says
    /// which week last had measured scores.
    @Test func anEmptyWeekNamesTheLatestWeekWithScores() {
        let week49 = Period(parsing: "2026-W49")!
        let page = WeeklyBuilder(registry: Self.registry).build(Self.runs, week: week49, today: Self.day("2026-12-01"))
        #expect(page.focus.isEmpty && page.latestScoredWeek == Self.week48)
        #expect(page.allOverdue.isEmpty && page.allDue.map(\.id) == ["done-long-after"])
        let text = WeeklyRenderer.text(page, width: 200)
        #expect(text.contains("The latest week with measured scores is 2026-W48: shopper weekly --week 2026-W48."))
        #expect(text.contains("done-long-after"))
        #expect(WeeklyRenderer.markdown(page, language: .ru).contains("Последняя неделя с оценками — 2026-W48"))
        let none = WeeklyBuilder(registry: Self.registry).build([], week: week49, today: Self.day("2026-12-01"))
        #expect(none.latestScoredWeek == nil && WeeklyRenderer.text(none, width: 200).contains("No run up to 2026-12-01 has a measured score"))
    }

    // MARK: One range of dates and weeks

    /// 1970-01-01 is a Thursday, so ISO week 1970-W01 starts on 1969-12-29 and 1970-W02 is the
    /// first week wholly in range; 9999-12-31 is a Friday (Python: `date(9999, 12, 31).isocalendar()`
    /// = (9999, 52, 5)), so 9999-W52 runs past the range and 9999-W51 (ending Sunday 9999-12-26) is the last.
    @Test func weeksAndDatesShareOneRange() {
        #expect(ProgrammeDates.firstWeek.label == "1970-W02" && ProgrammeDates.lastWeek.label == "9999-W51")
        for good in ["1970-W02", "2026-W48", "2026-W53", "9999-W51"] {
            #expect((try? ProgrammeDates.week(parsing: good).get())?.label == good, "\(good)")
        }
        for (bad, message) in [("1969-W01", "'1969-W01' is outside the weeks shopper takes, 1970-W02 (1970-01-05) to 9999-W51 (ending 9999-12-26)"),
                               ("1970-W01", "'1970-W01' is outside the weeks shopper takes"),
                               ("9999-W52", "'9999-W52' is outside the weeks shopper takes"),
                               ("0000-W10", "'0000-W10' is outside the weeks shopper takes"),
                               ("2025-W53", "2025 has weeks 01 to 52, found '2025-W53'"),
                               ("2026-11", "expected an ISO week written YYYY-Www"), ("2026-w48", "expected an ISO week"),
                               ("２０２６-W48", "expected an ISO week")] {
            guard case .failure(let problem) = ProgrammeDates.week(parsing: bad) else { Issue.record("\(bad) accepted"); continue }
            #expect(problem.message.hasPrefix(message), "\(bad): \(problem.message)")
        }
        #expect((try? ProgrammeDates.date(parsing: "1970-01-01").get()) == ProgrammeDates.first)
        #expect((try? ProgrammeDates.date(parsing: "9999-12-31").get()) == ProgrammeDates.last)
        for (bad, message) in [("0001-01-01", "'0001-01-01' is outside the dates shopper takes, 1970-01-01 to 9999-12-31"),
                               ("1969-12-31", "'1969-12-31' is outside the dates"),
                               ("2026-02-30", "there is no day '2026-02-30' in the calendar"),
                               ("2026-13-01", "there is no day '2026-13-01'"),
                               ("10000-01-01", "expected a date written YYYY-MM-DD"), ("2026-1-01", "expected a date written YYYY-MM-DD"),
                               ("", "expected a date written YYYY-MM-DD")] {
            guard case .failure(let problem) = ProgrammeDates.date(parsing: bad) else { Issue.record("\(bad) accepted"); continue }
            #expect(problem.message.hasPrefix(message), "\(bad): \(problem.message)")
        }
    }
}
