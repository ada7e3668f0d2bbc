import Foundation
@testable import Reports
import ShopperCore
import Testing

/// What the testers said, collected from one decoded run: notes, free-text answers (text
/// questions only), new barriers' texts, the run's facts and its `location` context.
@Suite struct VerbatimCollectorTests {
    /// The fixture scenario with a text question at `find` and in the survey, beside its ratings
    /// and a choice.
    static var scenario: Scenario {
        var scenario = Fixtures.scenario
        scenario.steps[0].questions += [Question(id: "why", ask: "Why?", kind: .text),
                                        Question(id: "how", ask: "How?", kind: .choice(options: ["Card", "Cash"]))]
        scenario.survey.append(Question(id: "improve", ask: "Improve?", kind: .text))
        return scenario
    }

    static func run(_ id: String = "20261110T100000Z-anna", started: String = "2026-11-10T10:00:00Z",
                    location: String? = "Kazan") -> Run {
        var find = StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done, seconds: 20)
        find.notes = [NoteRecord(at: 3, text: "Search was slow"), NoteRecord(at: 9, text: "  ")]
        find.answers["ease"] = .number(5)
        find.answers["why"] = .text("Too many filters")
        find.answers["how"] = .text("Card")
        find.answers["extra"] = .text("not in the scenario")
        find.barriers = [BarrierRecord(id: "slow", text: "Results took 20 s", severity: .minor, at: 4),
                         BarrierRecord(id: "old", text: "Known for months", severity: .minor, at: 6)]
        let pay = StepRecord(step: "pay", touchpoint: "web-pay", stage: .purchase, outcome: .done, seconds: 10,
                             notes: [NoteRecord(at: 1, text: "Paid fine")])
        var run = Run(id: id, scenario: "shop", tester: "Anna", started: Fixtures.date(started), status: .completed,
                      steps: [find, pay], survey: ["rec": .number(9), "improve": .text("Fewer filters")])
        run.context["device"] = "Pixel"
        if let location { run.context["location"] = location }
        return run
    }

    @Test func collectsNotesTextAnswersAndNewBarriersInTheRunsOrder() {
        let said = VerbatimCollector.verbatims(of: Self.run(), scenario: Self.scenario, newBarriers: ["find": ["slow"]])
        #expect(said.map(\.kind) == [.note, .barrier, .answer, .answer, .note, .answer])
        #expect(said.map(\.text) == ["Search was slow", "Results took 20 s", "Too many filters", "not in the scenario",
                                     "Paid fine", "Fewer filters"])
        #expect(said.map(\.step) == ["find", "find", "find", "find", "pay", nil])
        #expect(said.map(\.question) == [nil, nil, "why", "extra", nil, "improve"])
        #expect(said.map(\.barrier) == [nil, "slow", nil, nil, nil, nil])
        for v in said {
            #expect(v.run == "20261110T100000Z-anna")
            #expect(v.tester == "Anna")
            #expect(v.at == Fixtures.date("2026-11-10T10:00:00Z"))
            #expect(v.location == "Kazan")
        }
    }

    @Test func ratingsChoicesBlankNotesAndOldBarriersAreNotVerbatims() {
        let said = VerbatimCollector.verbatims(of: Self.run(), scenario: Self.scenario)
        #expect(!said.contains { $0.text == "Card" })
        #expect(!said.contains { $0.kind == .barrier })
        #expect(!said.contains { $0.text.allSatisfy(\.isWhitespace) })
        #expect(said.count == 5)
    }

    @Test func withoutTheScenarioEveryTextAnswerIsKept() {
        let said = VerbatimCollector.verbatims(of: Self.run(location: nil), scenario: nil)
        #expect(said.filter { $0.kind == .answer }.map(\.text) == ["Too many filters", "Card", "not in the scenario",
                                                                   "Fewer filters"])
        #expect(said.allSatisfy { $0.location == nil })
    }

    @Test func newestRunFirstAndEachRunInItsOwnOrder() {
        let older = VerbatimCollector.verbatims(of: Self.run("20261102T100000Z-anna", started: "2026-11-02T10:00:00Z"),
                                                scenario: Self.scenario)
        let newer = VerbatimCollector.verbatims(of: Self.run("20261120T100000Z-anna", started: "2026-11-20T10:00:00Z"),
                                                scenario: Self.scenario)
        let sorted = VerbatimCollector.newestFirst(older + newer)
        #expect(sorted.map(\.run) == Array(repeating: "20261120T100000Z-anna", count: newer.count)
            + Array(repeating: "20261102T100000Z-anna", count: older.count))
        #expect(Array(sorted.prefix(newer.count)) == newer)
    }

    @Test func newBarriersAreTheCurrentPeriodsIdsTheBaselineLacks() throws {
        let report = Fixtures.builder().build(Fixtures.slowdown())
        let s = try #require(report.scenarios.first)
        let november = try #require(Period(parsing: "2026-11"))
        let october = try #require(Period(parsing: "2026-10"))
        let current = try #require(s.stats(for: november))
        let baseline = s.stats(for: october)
        #expect(VerbatimCollector.newBarriers(current: current, baseline: baseline) == ["pay": ["slow-page"]])
        // The same barrier in the baseline: not new.
        #expect(VerbatimCollector.newBarriers(current: current, baseline: current).isEmpty)
        // No baseline, nothing is new (as the report's changes).
        #expect(VerbatimCollector.newBarriers(current: current, baseline: nil).isEmpty)
    }
}
