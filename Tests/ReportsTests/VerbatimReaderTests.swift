import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The streaming reader of `VerbatimLoader` finds the same texts as the full decoder, and leaves
/// what it does not recognise to it.
@Suite struct VerbatimReaderTests {
    static func streamed(_ yaml: String) -> VerbatimCollector.Said? {
        var reader = VerbatimReader()
        return Array(yaml.utf8).withUnsafeBytes { reader.read($0) }
    }

    static func decoded(_ yaml: String) throws -> VerbatimCollector.Said {
        let node = try SourceFile.parse(bytes: Array(yaml.utf8)).get()
        let run = try #require(RunDecoder.decode(node).0)
        return VerbatimCollector.Said(run)
    }

    @Test func sampleHistoryGivesTheSameTextsBothWays() throws {
        let paths = RunStore(root: "\(RunSummaryReaderTests.repository)/reports/runs").files()
        #expect(paths.count > 100)
        var texts = 0
        for path in paths {
            let yaml = try String(contentsOfFile: path, encoding: .utf8)
            let fast = try #require(Self.streamed(yaml), "fast path did not take \(path)")
            #expect(fast == (try Self.decoded(yaml)), "\(path)")
            texts += fast.steps.reduce(0) { $0 + $1.notes.count + $1.answers.count } + fast.survey.count
        }
        #expect(texts > 100)
    }

    @Test func awkwardTextsReadAsTheDecoderReadsThem() throws {
        var step = StepRecord(step: "find", touchpoint: "web-search", stage: .consideration, outcome: .done, seconds: 5)
        step.answers["a"] = .text("12")          // quoted: text
        step.answers["b"] = .number(12)          // a number: not text
        step.answers["c"] = .text("yes")         // quoted: text
        step.answers["d"] = .bool(true)
        step.answers["e"] = .text("line one\nline two: with colon")
        step.answers["f"] = .text("Ёлка, 中文, 👍 \u{1B}[2J")
        step.answers["g"] = Answer.none
        step.notes = [NoteRecord(at: 1, text: "- looks like a list"), NoteRecord(at: 2, text: "null")]
        step.barriers = [BarrierRecord(id: "b1", text: "# not a comment", severity: .minor, at: 1)]
        step.checklist["x"] = .yes
        var run = Run(id: "20261101T100000Z-anna", scenario: "shop", tester: "Anna",
                      started: Fixtures.date("2026-11-01T10:00:00Z"), status: .completed, steps: [step],
                      survey: ["s": .text("'quoted' \"twice\""), "n": .number(9)])
        run.context["location"] = "Vienna, home Wi-Fi"
        let yaml = try RunEncoder.yaml(run)
        let fast = try #require(Self.streamed(yaml))
        #expect(fast == (try Self.decoded(yaml)))
        #expect(fast.location == "Vienna, home Wi-Fi")
        #expect(fast.steps[0].answers.map(\.id) == ["a", "c", "e", "f"])
        #expect(fast.steps[0].notes == ["- looks like a list", "null"])
        #expect(fast.survey.map(\.text) == ["'quoted' \"twice\""])
    }

    @Test func unusualFilesGoToTheFullDecoder() {
        let base = "format: 1\nrun: 20261101T100000Z-anna\nscenario: shop\ntester: Anna\nstarted: 2026-11-01T10:00:00Z\nstatus: completed\n"
        #expect(Self.streamed(base + "steps: []\n") != nil)
        #expect(Self.streamed(base + "steps: []\nsurvey: {a: &x hi, b: *x}\n") == nil, "anchors and aliases")
        #expect(Self.streamed(base + "steps: []\nsurvey: {a: !!str hi}\n") == nil, "tags")
        #expect(Self.streamed(base + "steps: [oops]\n") == nil, "a scalar for a step")
        #expect(Self.streamed(base + "steps: []\n---\nformat: 1\n") == nil, "a second document")
        #expect(Self.streamed(base + "steps: [\n") == nil, "a YAML error")
    }

    @Test func theLoaderGivesTheSameVerbatimsWithAndWithoutTheFastPath() throws {
        let (root, _) = try VerbatimLoaderTests.history()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let scenarios = ["shop": VerbatimCollectorTests.scenario]
        let runs = RunLoader(scenarios: scenarios).load(root: root).runs
        let report = ReportBuilder(scenarios: scenarios).build(runs)
        var slow = VerbatimLoader(scenarios: scenarios)
        slow.fastPath = false
        let a = VerbatimLoader(scenarios: scenarios).attach(to: report, runs: runs, options: ReportOptions())
        let b = slow.attach(to: report, runs: runs, options: ReportOptions())
        #expect(a.scenarios[0].periods[1].verbatims.count == 21, "seven a run: two notes, two new barriers, two answers, one survey answer")
        #expect(a == b)
    }
}
