import Foundation
import Reports
import ShopperCore
import Testing
import TestSupport

/// The touchpoint programme's figures: team score, perception gap, last check, re-check,
/// open/overdue actions, and the weekly page's lists. Hand-worked cases, then generated
/// registries against `reference/programme_reference.py`.
@Suite struct ProgrammeTests {
    static func day(_ text: String) -> CalendarDate { CalendarDate(parsing: text)! }

    static func touchpoint(_ id: String, owner: String? = "Owner", assessments: [Touchpoint.Assessment] = [],
                           actions: [Touchpoint.Action] = [], every: Touchpoint.ReviewInterval = .default) -> Touchpoint {
        Touchpoint(id: id, name: id.uppercased(), channel: "web", stage: .purchase, owner: owner,
                   importance: .init(customer: 3, business: 3), assessments: assessments, actions: actions, reviewEvery: every)
    }

    static func run(_ id: String, _ started: String, status: Run.Status = .completed, _ steps: [(String, StepRecord.Outcome, Int?)],
                    barriers: [String] = []) -> RunSummary {
        RunSummary(id: id, scenario: "s", tester: "t", started: Timestamp.parse(started)!, status: status,
                   steps: steps.enumerated().map { i, s in
                       .init(step: "step\(i)", touchpoint: s.0, outcome: s.1, seconds: 10, score: s.2,
                             barriers: i == 0 ? barriers.map { BarrierRecord(id: $0, text: $0, severity: .minor, at: 1) } : [])
                   })
    }

    /// Worked by hand: pay has team scores 6 (2026-03-01) and 8 (2026-09-14, the latest); the
    /// November runs score it 4 and 5, so measured 4.5 and gap 8 − 4.5 = +3.5. Its last
    /// attempt is 2026-11-20 (the 2026-11-25 run skipped it; the in-progress run does not count).
    @Test func gapLastCheckAndActionsByHand() {
        let registry = TouchpointRegistry(touchpoints: [
            Self.touchpoint("pay", assessments: [.init(score: 6, date: Self.day("2026-03-01"), by: "a"),
                                                 .init(score: 8, date: Self.day("2026-09-14"), by: "b")],
                            actions: [.init(id: "a1", text: "x", due: Self.day("2026-11-26"), status: .doing),
                                      .init(id: "a2", text: "x", due: Self.day("2026-11-27"), status: .planned),
                                      .init(id: "a3", text: "x", due: Self.day("2026-11-01"), status: .done, doneOn: Self.day("2026-11-02")),
                                      .init(id: "a4", text: "x", status: .idea)],
                            every: .days(30)),
            Self.touchpoint("search", every: .months(1)),
            Self.touchpoint("never"),
        ])
        let runs = [
            Self.run("r1", "2026-10-31T23:59:59Z", [("pay", .done, 9), ("search", .done, 7)]),
            Self.run("r2", "2026-11-10T10:00:00Z", [("pay", .done, 4)]),
            Self.run("r3", "2026-11-20T10:00:00Z", [("pay", .failed, 5)]),
            Self.run("r4", "2026-11-25T10:00:00Z", [("pay", .skipped, nil)]),
            Self.run("r5", "2026-11-28T10:00:00Z", status: .inProgress, [("search", .done, 1)]),
        ]
        let report = ReportBuilder(registry: registry).build(runs)
        let o = Programme.overview(report, registry: registry, runs: runs, today: Self.day("2026-11-27"))
        let pay = o.touchpoints.first { $0.id == "pay" }!
        #expect(pay.team == 8 && pay.measured.score == 4.5 && pay.gap == 3.5)
        #expect(pay.lastChecked == Self.day("2026-11-20") && !pay.recheckDue)
        #expect(pay.openActions == 3 && pay.overdueActions == 1)  // a1 due the 26th; a2 due today is not late
        let search = o.touchpoints.first { $0.id == "search" }!
        // Checked 2026-10-31; one month later is 2026-11-30, so not due on the 27th, due on 1 December.
        #expect(search.lastChecked == Self.day("2026-10-31") && !search.recheckDue && search.gap == nil)
        #expect(Programme.recheckDue(lastChecked: Self.day("2026-10-31"), every: .months(1), today: Self.day("2026-11-30")) == false)
        #expect(Programme.recheckDue(lastChecked: Self.day("2026-10-31"), every: .months(1), today: Self.day("2026-12-01")))
        let never = o.touchpoints.first { $0.id == "never" }!
        #expect(never.lastChecked == nil && never.recheckDue && never.team == nil)
    }

    @Test func theWeeklyPageByHand() throws {
        let registry = TouchpointRegistry(touchpoints: [
            Self.touchpoint("pay", assessments: [.init(score: 9, date: Self.day("2026-10-01"), by: "a")],
                            actions: [.init(id: "late", text: "x", due: Self.day("2026-11-22"), status: .doing),
                                      .init(id: "this-week", text: "x", due: Self.day("2026-11-23"), status: .planned),
                                      .init(id: "next-week", text: "x", due: Self.day("2026-12-06"), status: .planned),
                                      .init(id: "too-far", text: "x", due: Self.day("2026-12-07"), status: .planned),
                                      .init(id: "done-now", text: "x", status: .done, doneOn: Self.day("2026-11-29")),
                                      .init(id: "done-before", text: "x", status: .done, doneOn: Self.day("2026-11-22")),
                                      .init(id: "dropped", text: "x", due: Self.day("2026-11-01"), status: .dropped)]),
            Self.touchpoint("orphan", owner: nil, actions: [.init(id: "nobody", text: "x", status: .idea),
                                                             .init(id: "somebody", text: "x", owner: "Anna", status: .idea)]),
            Self.touchpoint("old", every: .days(7)),
            Self.touchpoint("rare"),
        ])
        let runs = [
            Self.run("a", "2026-11-10T09:00:00Z", [("pay", .done, 8), ("old", .done, 5)], barriers: ["slow"]),
            Self.run("b", "2026-11-17T09:00:00Z", [("pay", .done, 6)]),
            Self.run("c", "2026-11-24T09:00:00Z", [("pay", .done, 3)], barriers: ["slow", "crash"]),
            // Five scored attempts this week (`TouchpointScore.minimumFocusN`): fewer would leave
            // "pay" out of the focus list.
            Self.run("c2", "2026-11-25T09:00:00Z", [("pay", .done, 2)]),
            Self.run("c3", "2026-11-26T09:00:00Z", [("pay", .done, 4)]),
            Self.run("c4", "2026-11-27T09:00:00Z", [("pay", .done, 3), ("rare", .done, 2)]),
            Self.run("c5", "2026-11-28T09:00:00Z", [("pay", .done, 3), ("rare", .done, 5)]),
            Self.run("d", "2026-11-30T09:00:00Z", [("orphan", .done, 1)]),  // after the week: not counted
        ]
        let page = WeeklyBuilder(registry: registry).build(runs, week: Period(parsing: "2026-W48")!, today: Self.day("2026-11-29"))
        #expect(page.focus.map(\.id) == ["pay"])
        let f = try #require(page.focus.first)
        #expect(f.score == 3 && f.previous == 6 && f.team == 9 && f.gap == 6 && f.newBarriers == ["crash"])
        #expect(f.done.map(\.id) == ["done-now"] && f.overdue.map(\.id) == ["late"] && f.due.map(\.id) == ["this-week", "next-week"])
        // "old" was checked 2026-11-10; 7 days later is the 17th, before the 29th. "orphan" never (the 30th is after the week).
        #expect(page.recheck.map(\.id) == ["orphan", "old"])
        #expect(page.recheck.map(\.lastChecked) == [nil, Self.day("2026-11-10")])
        #expect(page.noOwner == ["orphan"] && page.actionsWithoutOwner == ["nobody"])
        // "rare", scored twice this week (2 and 5), is listed apart, not ranked.
        #expect(page.thin == [.init(id: "rare", name: "RARE", owner: "Owner", score: 3.5, n: 2)])
        #expect(WeeklyRenderer.text(page).contains("RARE (rare): measured 3.5 (n=2) · Owner"))
        #expect(WeeklyRenderer.markdown(page).contains("- RARE (rare): measured 3.5 (n=2) · Owner"))
        #expect(WeeklyRenderer.html(page).contains("<li>RARE (rare): measured 3.5 (n=2) · Owner</li>"))
    }

    // MARK: Against the reference script

    static let python = PythonProcess.find(importing: "json, calendar, datetime")

    @Test(.enabled(if: python != nil || ProcessInfo.processInfo.environment["CI"] != nil, "needs python3"),
          arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generatedRegistriesAgreeWithTheReference(seed: UInt64) throws {
        var rng = SeededGenerator(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
        func randomDay(from: String, span: Int) -> CalendarDate { Self.day(from).adding(days: Int(rng.next() % UInt64(span))) }
        var touchpoints: [Touchpoint] = []
        var actionNumber = 0
        for i in 0..<30 {
            let assessments = (0..<Int(rng.next() % 4)).map { _ in
                // Dates on both sides of the reference date (in 2026-W48): later ones must not count.
                Touchpoint.Assessment(score: Double(rng.next() % 21) / 2, date: randomDay(from: "2025-06-01", span: 560), by: "x")
            }
            let actions = (0..<Int(rng.next() % 5)).map { _ -> Touchpoint.Action in
                actionNumber += 1
                let status = pick(Touchpoint.Action.Status.allCases)
                return .init(id: "a\(actionNumber)", text: "x", owner: pick([nil, "Anna"]),
                             due: pick([nil, randomDay(from: "2026-10-15", span: 70)]), status: status,
                             doneOn: status == .done ? randomDay(from: "2026-11-10", span: 30) : nil)
            }
            let every: Touchpoint.ReviewInterval = pick([.days(Int(rng.next() % 120) + 1), .months(Int(rng.next() % 14) + 1)])
            touchpoints.append(Self.touchpoint("t\(i)", owner: pick(["Owner", nil, "Team"]), assessments: assessments,
                                               actions: actions, every: every))
        }
        let registry = TouchpointRegistry(touchpoints: touchpoints)
        let week = Period(parsing: "2026-W48")!
        let today = randomDay(from: "2026-11-23", span: 7)
        var runs: [RunSummary] = []
        for r in 0..<60 {
            // Runs up to three weeks after the week: those after the reference date must not count.
            let seconds = Double(rng.next() % UInt64(week.end.timeIntervalSince1970 + 21 * 86_400 - 1_735_689_600)) + 1_735_689_600
            let steps = (0..<Int(rng.next() % 4) + 1).map { _ in
                ("t\(rng.next() % 30)", pick([StepRecord.Outcome.done, .failed, .skipped]), pick([nil, Int(rng.next() % 11)]))
            }
            runs.append(Self.run("r\(r)", Timestamp.format(Date(timeIntervalSince1970: seconds.rounded(.down))),
                                 status: pick([.completed, .completed, .abandoned, .inProgress]), steps))
        }
        let overview = Programme.overview(scenarios: [:], registry: registry, options: ReportOptions(), runs: runs, today: today)
        let page = WeeklyBuilder(registry: registry).build(runs, week: week, today: today)

        let input: [String: Any] = [
            "today": today.description, "monday": Programme.day(of: week.start).description,
            "touchpoints": touchpoints.map { t -> [String: Any] in
                var review: [String: Any] = [:]
                switch t.reviewEvery {
                case .days(let n): review = ["unit": "days", "n": n]
                case .months(let n): review = ["unit": "months", "n": n]
                }
                return ["id": t.id, "owner": t.owner as Any? ?? NSNull(), "review": review,
                        "assessments": t.assessments.map { ["score": $0.score, "date": $0.date.description] },
                        "actions": t.actions.map { a -> [String: Any] in
                            ["id": a.id, "status": a.status.rawValue, "due": a.due?.description as Any? ?? NSNull(),
                             "done_on": a.doneOn?.description as Any? ?? NSNull(), "owner": a.owner as Any? ?? NSNull()]
                        }]
            },
            "runs": runs.map { r -> [String: Any] in
                ["started": Timestamp.format(r.started), "counted": r.isCounted,
                 "steps": r.steps.map { ["touchpoint": $0.touchpoint, "attempt": $0.isAttempt, "score": $0.score as Any? ?? NSNull()] }]
            },
        ]
        let script = PythonProcess.packageRoot.appendingPathComponent("Tests/ReportsTests/reference/programme_reference.py").path
        let payload = String(decoding: try JSONSerialization.data(withJSONObject: input), as: UTF8.self)
        let result = try PythonProcess.run(try #require(Self.python), [script], input: payload)
        try #require(result.status == 0, "\(result.stderr)")
        let reference = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expected = try #require(reference["touchpoints"] as? [String: [String: Any]])
        #expect(overview.touchpoints.count == 30)
        for t in overview.touchpoints {
            let e = try #require(expected[t.id])
            #expect(t.team == e["team"] as? Double, "\(t.id) team")
            if let gap = e["gap"] as? Double {
                #expect(abs((t.gap ?? .nan) - gap) < 1e-9, "\(t.id) gap \(String(describing: t.gap)) vs \(gap)")
            } else {
                #expect(t.gap == nil, "\(t.id) gap")
            }
            #expect(t.lastChecked?.description == e["last_checked"] as? String, "\(t.id) last checked")
            #expect(t.recheckDue == e["recheck_due"] as? Bool, "\(t.id) recheck")
            #expect(t.openActions == e["open"] as? Int && t.overdueActions == e["overdue"] as? Int, "\(t.id) actions")
        }
        let weekly = try #require(reference["weekly"] as? [String: [String]])
        #expect(page.recheck.map(\.id) == weekly["recheck"])
        #expect(page.allDone.map(\.id).sorted() == weekly["done"])
        #expect(page.allOverdue.map(\.id).sorted() == weekly["overdue"])
        #expect(page.allDue.map(\.id).sorted() == weekly["due"])
        #expect(page.noOwner == weekly["no_owner"])
        #expect(page.actionsWithoutOwner == weekly["actions_without_owner"])
    }
}
