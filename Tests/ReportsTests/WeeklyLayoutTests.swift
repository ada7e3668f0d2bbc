import Foundation
import Reports
import ShopperCore
import Testing

/// How `shopper weekly` reads at the meeting: the re-check list grouped by who must arrange a run,
/// an action's owner said only when it is not the touchpoint's, the whole plan naming touchpoints.
@Suite struct WeeklyLayoutTests {
    static func page() -> WeeklyPage {
        let day = ProgrammeTests.day
        let registry = TouchpointRegistry(touchpoints: [
            ProgrammeTests.touchpoint("pay", owner: "Payments lead, E-commerce", actions: [
                .init(id: "late", text: "Fix 3-D Secure", due: day("2026-11-20"), status: .doing),
                .init(id: "wallet", text: "Add Apple Pay", owner: "Mobile team", due: day("2026-12-01"), status: .planned),
            ]),
            ProgrammeTests.touchpoint("sign", owner: "Store manager"),
            ProgrammeTests.touchpoint("till", owner: "Store manager"),
            ProgrammeTests.touchpoint("door", owner: nil),
            ProgrammeTests.touchpoint("sms", owner: "CRM", every: .days(30)),
        ])
        let runs = [
            ProgrammeTests.run("a", "2026-09-01T09:00:00Z", [("sms", .done, 7)]),
            ProgrammeTests.run("b", "2026-11-23T09:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("c", "2026-11-24T09:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("d", "2026-11-25T09:00:00Z", [("pay", .done, 4)]),
            // Five scores in the week: enough to rank pay (`TouchpointScore.minimumFocusN`).
            ProgrammeTests.run("e", "2026-11-26T09:00:00Z", [("pay", .done, 4)]),
            ProgrammeTests.run("f", "2026-11-27T09:00:00Z", [("pay", .done, 4)]),
        ]
        return WeeklyBuilder(registry: registry).build(runs, week: Period(parsing: "2026-W48")!, today: day("2026-11-29"))
    }

    @Test func theRecheckListGroupsNeverCheckedTouchpointsByOwner() {
        let text = WeeklyRenderer.text(Self.page(), width: 100)
        let recheck = text.components(separatedBy: "Re-check:")[1].components(separatedBy: "Touchpoints with no owner")[0]
        #expect(recheck == """
             not checked by a run within their interval on 2026-11-29
              Never checked by a run, by owner:
              - Store manager: SIGN (sign); TILL (till)
              - no owner: DOOR (door)
              Checked too long ago, oldest first:
              - SMS (sms) — CRM · last checked 2026-09-01 (every 30 days)


            """)
        let markdown = WeeklyRenderer.markdown(Self.page(), language: .ru)
        #expect(markdown.contains("Ни разу не проверены прогоном, по владельцам:\n\n- **Store manager**: SIGN (`sign`); TILL (`till`)\n"))
        let html = WeeklyRenderer.html(Self.page())
        #expect(html.contains("<li><strong>Store manager</strong>: SIGN <code>sign</code>; TILL <code>till</code></li>"))
        #expect(html.contains("<li>late — Fix 3-D Secure (due 2026-11-20)</li>"))
        #expect(!markdown.contains("\n\n\n"))
        #expect(markdown.contains("Проверены слишком давно, сначала самые давние:\n\n- **SMS** (`sms`) — CRM · последняя проверка 2026-09-01"))
    }

    @Test func anActionsOwnerIsSaidOnlyWhenItIsNotTheTouchpoints() {
        let text = WeeklyRenderer.text(Self.page(), width: 100)
        let focus = text.components(separatedBy: "Re-check:")[0]
        #expect(focus.contains("- late — Fix 3-D Secure (due 2026-11-20)\n"))
        #expect(focus.contains("- wallet — Add Apple Pay (Mobile team · due 2026-12-01)\n"))
        let plan = text.components(separatedBy: "The whole plan")[1]
        #expect(plan.contains("- late — Fix 3-D Secure (pay · Payments lead, E-commerce · due 2026-11-20)\n"))
    }
}
