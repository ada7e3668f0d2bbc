import Foundation
import Reports
import ShopperCore
import Testing

/// `OpenWait.find` and `WaitingRenderer`: open waits only, overdue first, in both languages.
@Suite struct OpenWaitTests {
    static let sent = Timestamp.parse("2026-11-23T10:00:00Z")!
    static let scenario = Scenario(
        id: "hotline", title: "Hotline", brief: "Call.",
        steps: [Step(id: "call", title: "Call", instruction: "Call.", touchpoint: "hotline", stage: .consideration,
                     target: 60, wait: Wait())])

    static func run(_ tester: String, sent: Date, open: Bool = true, status: Run.Status = .inProgress) -> Run {
        let attempt = open ? WaitRecord.Attempt(sent: sent) : .init(sent: sent, answered: sent.addingTimeInterval(30), responseSeconds: 30)
        return Run(id: RunID.make(started: sent, tester: tester), scenario: "hotline", tester: tester, started: sent, status: status,
                   steps: [StepRecord(step: "call", touchpoint: "hotline", stage: .consideration, outcome: open ? .started : .done,
                                      wait: WaitRecord(attempts: [attempt]))])
    }

    @Test func onlyOpenWaitsOfRunsInProgressOverdueFirst() {
        let now = Self.sent.addingTimeInterval(100)
        let runs = [
            Self.run("Anna", sent: Self.sent.addingTimeInterval(90)),   // 10 s: within the 60-second target
            Self.run("Boris", sent: Self.sent),                          // 100 s: overdue
            Self.run("Cyril", sent: Self.sent, open: false),             // answered
            Self.run("Dana", sent: Self.sent, status: .abandoned),       // abandoned
        ]
        let waits = OpenWait.find(in: runs, scenarios: ["hotline": Self.scenario], locations: nil, now: now)
        #expect(waits.map(\.tester) == ["Boris", "Anna"])
        #expect(waits.map(\.elapsedSeconds) == [100, 10])
        #expect(waits.map(\.overdue) == [true, false])
        #expect(waits.allSatisfy { $0.workingSeconds == nil && $0.clock == .wall && $0.target == 60 })
        // Without its scenario a wait is listed with wall time only and never overdue.
        let bare = OpenWait.find(in: runs, scenarios: [:], locations: nil, now: now)
        #expect(bare.map(\.target) == [nil, nil])
        #expect(bare.map(\.overdue) == [false, false])
    }

    @Test func textInEnglishAndRussian() {
        let waits = OpenWait.find(in: [Self.run("Boris", sent: Self.sent)], scenarios: ["hotline": Self.scenario], locations: nil,
                                  now: Self.sent.addingTimeInterval(3600))
        #expect(WaitingRenderer.text(waits, language: .en)
                == "OVERDUE 20261123T100000Z-boris hotline/call (Boris): waiting since 10:00 Mon 2026-11-23 (1h; target 1m)\n")
        #expect(WaitingRenderer.text(waits, language: .ru)
                == "ПРОСРОЧЕНО 20261123T100000Z-boris hotline/call (Boris): ждём с 10:00 пн 2026-11-23 (1 ч; цель 1 мин)\n")
        // In the tester's zone, as the runner's waiting screen shows it.
        #expect(WaitingRenderer.text(waits, language: .ru, zone: TimeZone(identifier: "Europe/Moscow")!)
                .contains("ждём с 13:00 пн 2026-11-23 (1 ч;"))
        #expect(WaitingRenderer.text([], language: .en) == "No open waits.\n")
        #expect(WaitingRenderer.text([], language: .ru) == "Открытых ожиданий нет.\n")
        #expect(WaitingRenderer.json([]) == "{\n  \"waiting\": []\n}\n")
    }
}
