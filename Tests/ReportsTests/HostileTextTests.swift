import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Every renderer fed text from scenario, touchpoint and run files that tries to retitle the
/// window, clear the screen, ring the bell and reorder text: nothing of it reaches the output.
@Suite struct HostileTextTests {
    /// Window title (OSC, BEL-terminated), clear screen (CSI), 8-bit CSI, NEL, DEL, a bidi
    /// override, a lone CR and a tab.
    static let hostile = "A\u{1B}]0;PWNED\u{07}B\u{1B}[2JC\u{9B}31mD\u{85}E\u{7F}F\u{202E}G\rH\tI"
    static func hostile(_ label: String) -> String { "\(label) \(hostile) \(label)" }

    /// ESC, BEL and C1 controls (0x80–0x9F) in `text`; bidi embeddings, overrides and isolates too
    /// when `bidi` is true (JSON escapes them, the rest drops them).
    static func forbidden(in text: String, bidi: Bool = true) -> [String] {
        text.unicodeScalars.filter { scalar in
            let v = scalar.value
            return v == 0x1B || v == 0x07 || (0x80...0x9F).contains(v)
                || (bidi && ((0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)))
        }.map { "U+" + String($0.value, radix: 16, uppercase: true) }
    }

    static func report() -> Report {
        var scenario = Fixtures.scenario
        scenario.title = hostile("title")
        scenario.steps[0].title = hostile("step title")
        scenario.steps[0].checklist[0].text = hostile("item")
        scenario.steps[0].questions[0].ask = hostile("ask")
        var registry = Fixtures.registry
        for i in registry.touchpoints.indices {
            registry.touchpoints[i].name = hostile("name")
            registry.touchpoints[i].owner = hostile("owner")
        }
        var runs = Fixtures.slowdown()
        // A version change so the comparison carries a note.
        for i in runs.indices where runs[i].started > Fixtures.date("2026-11-01T00:00:00Z") {
            runs[i].scenarioVersion = 2
        }
        for i in runs.indices {
            runs[i].tester = hostile("tester")
            for j in runs[i].steps.indices {
                for k in runs[i].steps[j].barriers.indices {
                    runs[i].steps[j].barriers[k].id = hostile("barrier")
                    runs[i].steps[j].barriers[k].text = hostile("barrier text")
                }
            }
        }
        return ReportBuilder(scenarios: ["shop": scenario], registry: registry).build(runs)
    }

    static func run() -> Run {
        var step = StepRecord(step: hostile("step"), touchpoint: hostile("touchpoint"), stage: .consideration,
                              outcome: .done, seconds: 12.5, score: 7)
        step.checklist[hostile("item id")] = .yes
        step.answers[hostile("question id")] = .text(hostile("answer"))
        step.barriers = [BarrierRecord(id: hostile("barrier"), text: hostile("barrier text"), severity: .major, at: 3)]
        step.notes = [NoteRecord(at: 1, text: hostile("note"))]
        var run = Run(id: hostile("id"), scenario: hostile("scenario"), tester: hostile("tester"),
                      started: Fixtures.date("2026-11-01T10:00:00Z"), finished: Fixtures.date("2026-11-01T10:05:00Z"),
                      status: .completed, steps: [step], survey: [hostile("survey id"): .text(hostile("survey answer"))])
        run.context[hostile("context key")] = hostile("context value")
        return run
    }

    @Test func hostileTextReallyIsHostile() {
        #expect(!Self.forbidden(in: Self.hostile).isEmpty)
        #expect(Self.report().scenarios.first?.comparison?.note != nil)
        #expect(Self.report().scenarios.first?.changes.contains { $0.barrier != nil } == true)
    }

    @Test func textReportDropsEscapeSequences() {
        let text = TextRenderer().render(Self.report())
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        #expect(text.contains("title A"))
    }

    @Test func colouredTextReportHasOnlyItsOwnColourCodes() {
        let text = TextRenderer(colour: true).render(Self.report())
        let withoutColour = text.replacing(/\x{1B}\[[0-9;]*m/, with: "")
        #expect(Self.forbidden(in: withoutColour) == [])
        #expect(!text.contains("PWNED"))
    }

    @Test func markdownReportDropsEscapeSequences() {
        let text = MarkdownRenderer.render(Self.report())
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        #expect(text.contains("## title A"))
    }

    @Test func csvReportDropsEscapeSequencesAndKeepsItsQuoting() {
        let text = CSVRenderer.render(Self.report())
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        let rows = text.components(separatedBy: "\r\n").dropLast()
        #expect(rows.allSatisfy { !$0.contains("\r") && !$0.contains("\n") })
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == CSVRenderer.header.count })
    }

    @Test func jsonReportEscapesEveryControlAndKeepsTheText() throws {
        let text = JSONRenderer.render(Self.report())
        #expect(Self.forbidden(in: text) == [])
        #expect(text.contains(#"A\u001b]0;PWNED\u0007B\u001b[2JC\u009b31mD\u0085E\u007fF\u202eG\rH\tI"#))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scenario = try #require((root["scenarios"] as? [[String: Any]])?.first)
        #expect(scenario["title"] as? String == Self.hostile("title"))
    }

    @Test func htmlReportDropsEscapeSequences() {
        let text = HTMLRenderer.render(Self.report(), title: Self.hostile("page"))
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        #expect(!text.contains("\u{7F}"))
    }

    @Test func touchpointsDropEscapeSequences() {
        let text = TouchpointsRenderer.render(Self.report())
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        #expect(text.contains("owner A"))
    }

    @Test func runDetailDropsEscapeSequencesFromEveryField() {
        var scenario = Fixtures.scenario
        scenario.title = Self.hostile("title")
        let text = RunDetailRenderer.render(Self.run(), scenario: scenario, width: 400)
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        for label in ["title", "tester", "context key", "context value", "step", "touchpoint", "item id", "question id",
                      "answer", "barrier", "barrier text", "note", "survey id", "survey answer"] {
            #expect(text.contains("\(label) A"), "\(label) is shown")
        }
        #expect(!text.contains("\r"))
    }

    @Test func runListDropsEscapeSequences() {
        let summary = RunSummary(Self.run(), scenario: nil)
        let text = RunListRenderer.render([summary], width: 400)
        #expect(Self.forbidden(in: text) == [])
        #expect(!text.contains("PWNED"))
        #expect(text.contains("tester A"))
    }
}
