import Foundation
@testable import Reports
import ShopperCore
import Testing

/// `shopper show` in English and Russian: every word around the run's own text is translated,
/// the run's and scenario's text is shown as written.
@Suite struct RunDetailRendererTests {
    static func run() -> Run {
        let started = Fixtures.date("2026-11-01T10:00:00Z")
        var find = StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done,
                              seconds: 12.5, pausedSeconds: 30, score: 7,
                              barriers: [BarrierRecord(id: "slow", text: "Медленно", severity: .major, at: 5)])
        find.checklist["crit"] = .no
        find.answers["ease"] = .bool(true)
        find.answers["comment"] = .some(Answer.none)
        find.notes = [NoteRecord(at: 3, text: "заметка")]
        let pay = StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .failed, seconds: 40)
        return Run(id: "20261101T100000Z-anna", scenario: "shop", tester: "Анна", started: started,
                   finished: started.addingTimeInterval(60), status: .completed, steps: [find, pay],
                   survey: ["rec": .bool(false)])
    }

    static var scenario: Scenario {
        var scenario = Fixtures.scenario
        scenario.language = .ru
        scenario.steps[0].target = 60
        return scenario
    }

    @Test func englishKeepsTheEnglishWords() {
        let text = RunDetailRenderer.render(Self.run(), scenario: Self.scenario, language: .en)
        #expect(text.contains("status     completed (task not achieved)"))
        #expect(text.contains("active     0:52 over 2 steps, 1 barrier"))
        #expect(text.contains("   done · 0:12.5 (+0:30 paused) · target 1m · score 7/10 · web-search"))
        #expect(text.contains("   failed · 0:40.0"))
        #expect(text.contains("[ ] Critical (critical)"))
        #expect(text.contains("Ease?: yes"))
        #expect(text.contains("comment: (no answer)"))
        #expect(text.contains("! slow (severity 3) at 0:05: Медленно"))
        #expect(text.contains("note at 0:03: заметка"))
        #expect(text.contains("\nsurvey\n"))
        #expect(text.contains("Recommend?: no"))
    }

    @Test func russianTranslatesEveryLabel() {
        let text = RunDetailRenderer.render(Self.run(), scenario: Self.scenario, language: .ru)
        #expect(text.contains("прогон        20261101T100000Z-anna"))
        #expect(text.contains("тестировщик   Анна"))
        #expect(text.contains("статус        завершён (задание не выполнено)"))
        #expect(text.contains("время         0:52 за 2 шага, 1 барьер"))
        #expect(text.contains("   выполнен · 0:12.5 (+0:30 на паузе) · цель 1 мин · оценка 7/10 · web-search"))
        #expect(text.contains("   не выполнен · 0:40.0"))
        #expect(text.contains("[ ] Critical (критичный)"))
        #expect(text.contains("Ease?: да"))
        #expect(text.contains("comment: (нет ответа)"))
        #expect(text.contains("! slow (серьёзность 3) в 0:05: Медленно"))
        #expect(text.contains("заметка в 0:03: заметка"))
        #expect(text.contains("\nопрос\n"))
        #expect(text.contains("Recommend?: нет"))
        for english in ["done", "target", "score", "yes", "(no answer)", "survey", "severity", "status", "steps"] {
            #expect(!text.contains(english), "untranslated: \(english)")
        }
    }

    @Test func theBarrierNamedAsTheCauseOfAFailureIsSaidSo() throws {
        var run = Self.run()
        let step = try #require(run.steps.firstIndex { !$0.barriers.isEmpty })
        run.steps[step].barriers[0].cause = true
        #expect(RunDetailRenderer.render(run, language: .en).contains(", the cause of the failure) at "))
        #expect(RunDetailRenderer.render(run, language: .ru).contains(", причина неудачи) в "))
        run.steps[step].barriers[0].cause = false
        #expect(!RunDetailRenderer.render(run, language: .en).contains("the cause of the failure"))
    }

    @Test func inProgressAndAbandonedRunsInRussian() {
        var run = Self.run()
        run.status = .inProgress
        #expect(RunDetailRenderer.render(run, language: .ru).contains("не завершён (не учитывается в отчётах)"))
        run.status = .abandoned
        #expect(RunDetailRenderer.render(run, language: .ru).contains("прерван (задание не выполнено)"))
    }

    @Test(arguments: [(0, "0 шагов"), (1, "1 шаг"), (2, "2 шага"), (4, "4 шага"), (5, "5 шагов"), (11, "11 шагов"),
                      (12, "12 шагов"), (21, "21 шаг"), (22, "22 шага"), (111, "111 шагов")])
    func russianCountsAgreeWithTheirNumber(_ n: Int, _ expected: String) {
        #expect(RunDetailStrings(.ru).count(n, "шаг", "шага", "шагов") == expected)
    }

    @Test func englishCountsAreOneOrMany() {
        #expect(RunDetailStrings(.en).count(1, "step", "steps") == "1 step")
        #expect(RunDetailStrings(.en).count(0, "step", "steps") == "0 steps")
    }

    @Test func russianLinesStillFitTheWidth() {
        let text = RunDetailRenderer.render(Self.run(), scenario: Self.scenario, language: .ru, width: 60)
        for line in text.split(separator: "\n") {
            #expect(TextLayout.width(String(line)) <= 60, "too wide: \(line)")
        }
    }
}

/// `shopper show` marks a done step over its target and a run over the scenario's target.
@Suite struct RunDetailTargetTests {
    static func run(find: Double = 192, findOutcome: StepRecord.Outcome = .done, pay: Double = 40) -> Run {
        let started = Fixtures.date("2026-11-01T10:00:00Z")
        return Run(id: "20261101T100000Z-anna", scenario: "shop", tester: "Anna", started: started, status: .completed,
                   steps: [StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: findOutcome,
                                      seconds: find),
                           StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .done, seconds: pay)])
    }

    static var scenario: Scenario {
        var scenario = Fixtures.scenario
        scenario.steps[0].target = 120
        scenario.steps[1].target = 60
        scenario.target = 180
        return scenario
    }

    @Test func stepAndTaskOverTargetSayByHowMuchInEnglish() {
        let text = RunDetailRenderer.render(Self.run(), scenario: Self.scenario, language: .en)
        #expect(text.contains("   done · 3:12.0 · target 2m, +1m12s over · web-search"))
        #expect(text.contains("   done · 0:40.0 · target 1m · web-pay"))
        #expect(text.contains("active     3:52 over 2 steps, 0 barriers; target 3m, +52s over"))
    }

    @Test func stepAndTaskOverTargetSayByHowMuchInRussian() {
        let text = RunDetailRenderer.render(Self.run(), scenario: Self.scenario, language: .ru)
        #expect(text.contains("   выполнен · 3:12.0 · цель 2 мин, +1 мин 12 с сверх цели · web-search"))
        #expect(text.contains("   выполнен · 0:40.0 · цель 1 мин · web-pay"))
        #expect(text.contains("; цель 3 мин, +52 с сверх цели"))
    }

    @Test func untimedFailedAndWithinTargetStepsAreNotMarked() {
        let untimed = RunDetailRenderer.render(Self.run(find: 0.5, pay: 0), scenario: Self.scenario)
        #expect(!untimed.contains("over ·") && !untimed.contains("+"))
        let failed = RunDetailRenderer.render(Self.run(findOutcome: .failed, pay: 10), scenario: Self.scenario)
        #expect(failed.contains("   failed · 3:12.0 · target 2m · web-search"))
        #expect(failed.contains("; target 3m, +22s over"), "the task's total still counts")
        let exact = RunDetailRenderer.render(Self.run(find: 120, pay: 60), scenario: Self.scenario)
        #expect(exact.contains("target 2m · web-search") && exact.contains("; target 3m\n"))
    }

    @Test func aSmallMissReadsInTenthsAndNeverAsZero() {
        #expect(TargetMark.excess(seconds: 60.04, target: 60) == 0.1)
        #expect(TargetMark.excess(seconds: 63.25, target: 60) == 3.3)
        #expect(TargetMark.excess(seconds: 60, target: 60) == nil)
        #expect(TargetMark.excess(seconds: 0.5, target: 0.2) == nil)
        #expect(TargetMark.excess(seconds: 90, target: 60, done: false) == nil)
        let text = RunDetailRenderer.render(Self.run(find: 123.25), scenario: Self.scenario)
        #expect(text.contains("target 2m, +3.3s over"))
    }
}
