import Foundation
@testable import Reports
import ShopperCore
import Testing
import YAMLKit

/// The streaming fast path must give exactly the summaries of the full path, and leave every
/// file it does not recognise to the full path.
@Suite struct RunSummaryReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path
    static let workspace = Workspace.load(scenariosFolder: "\(repository)/scenarios")

    static func fast(_ bytes: [UInt8], scenarios: [String: Scenario] = workspace.scenarios) -> RunSummary? {
        var reader = RunSummaryReader()
        return bytes.withUnsafeBytes { reader.summarise($0, path: "p.yaml", scenarios: scenarios) }
    }

    static func slow(_ bytes: [UInt8], scenarios: [String: Scenario] = workspace.scenarios) -> RunSummary? {
        guard case .success(let node) = SourceFile.parse(bytes: bytes) else { return nil }
        // Ratings held to the scales `RunLoader` holds them to.
        let reference = RunScenarioCheck.reference(of: node)
        let scales = AnswerScales(scenario: reference.flatMap { scenarios[$0.scenario] }, version: reference?.version ?? 1)
        guard let run = RunDecoder.decode(node, scales: scales).0 else { return nil }
        return RunSummary(run, path: "p.yaml", scenario: scenarios[run.scenario])
    }

    /// Loads `files` (name → contents) with and without the fast path.
    static func loadBothWays(_ files: [String: [UInt8]]) throws -> (fast: RunLoader.Result, slow: RunLoader.Result) {
        let root = NSTemporaryDirectory() + "shopper-reader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(root)/shop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (name, bytes) in files {
            FileManager.default.createFile(atPath: "\(root)/shop/\(name).yaml", contents: Data(bytes))
        }
        var loader = RunLoader(scenarios: workspace.scenarios, concurrency: 2)
        let fast = loader.load(root: root)
        loader.fastPath = false
        return (fast, loader.load(root: root))
    }

    @Test func sampleHistoryGivesTheSameSummariesBothWays() throws {
        let paths = RunStore(root: "\(Self.repository)/reports/runs").files()
        #expect(paths.count > 100)
        var withNotes = 0
        for path in paths {
            let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
            // A wait tried several times (`attempts:`) is left to the full path by design.
            if Self.fast(bytes) == nil, String(decoding: bytes, as: UTF8.self).contains("\n  attempts:\n") { continue }
            let fast = try #require(Self.fast(bytes), "fast path did not take \(path)")
            #expect(fast == Self.slow(bytes), "\(path)")
            if fast.noteCount > 0 { withNotes += 1 }
        }
        // The equality covers the note count (`shopper testers`): many sample runs have notes.
        #expect(withNotes > 20)
        #expect(!Self.workspace.scenarios.isEmpty)
    }

    // MARK: Generated runs

    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
        mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
        mutating func chance(_ p: Double) -> Bool { Double(next() % 1000) < p * 1000 }
    }

    static let tricky = ["42", "yes", "no", "null", "~", "1.5", "true", "Off", "0x1F", "-7", "", " ", "Замену на новый",
                         "note: with a colon", "a # not a comment", "'quoted'", "\"double\"", "line one\nline two\n",
                         "trailing spaces  ", "- dash", "[not a list]", "{not: a map}", "&anchor", "*alias", "!tag",
                         "Ёлки-палки 😀", "n/a", "2026-11-23T10:15:00Z"]

    static func generatedRun(_ g: inout Generator, index: Int) -> Run {
        let scenario = g.pick(Array(workspace.scenarios.values).sorted { $0.id < $1.id })
        let status = g.pick([Run.Status.completed, .completed, .completed, .abandoned, .inProgress])
        let started = Date(timeIntervalSince1970: 1_767_225_600 + Double(index) * 3_607 + Double(g.int(0...999)) / 8)
        let tester = g.pick(["Anna Petrova", "Дмитрий Соколов", "Chen Li", "42", "yes", "Eva \"Evi\" Novak"])
        var steps: [StepRecord] = []
        for (i, step) in scenario.steps.enumerated() {
            let last = i == scenario.steps.count - 1
            var outcome = g.pick([StepRecord.Outcome.done, .done, .done, .failed, .skipped])
            if status == .inProgress, last { outcome = .started }
            var record = StepRecord(step: step.id, touchpoint: g.chance(0.1) ? "other-touchpoint" : step.touchpoint,
                                    stage: step.stage, outcome: outcome,
                                    seconds: g.chance(0.05) ? 0 : Double(g.int(0...50_000)) / 10,
                                    pausedSeconds: g.chance(0.2) ? Double(g.int(1...900)) : 0,
                                    score: g.chance(0.7) ? g.int(0...10) : nil)
            for item in step.checklist where g.chance(0.9) {
                record.checklist[item.id] = g.pick(ChecklistAnswer.allCases)
            }
            if g.chance(0.2) { record.checklist["unknown-item"] = g.pick(ChecklistAnswer.allCases) }
            for question in step.questions where g.chance(0.9) {
                // Ratings within their scale (readers reject others); other numbers anything.
                let number: Answer = question.kind.range.map { .number(Double(g.int($0))) }
                    ?? g.pick([.number(Double(g.int(0...10))), .number(Double(g.int(-500...500)) / 8)])
                record.answers[question.id] = g.pick([number, .bool(g.chance(0.5)), .text(g.pick(tricky)), .none])
            }
            for k in 0..<g.int(0...2) {
                record.barriers.append(BarrierRecord(id: "barrier-\(k)", text: g.pick(tricky),
                                                     severity: g.pick(BarrierRecord.Severity.allCases),
                                                     at: Double(g.int(0...900)) / 10))
            }
            if g.chance(0.3) { record.notes.append(NoteRecord(at: Double(g.int(0...100)), text: g.pick(tricky))) }
            steps.append(record)
        }
        var run = Run(id: RunID.make(started: started, tester: tester), scenario: scenario.id,
                      scenarioVersion: g.chance(0.1) ? 2 : scenario.version, tester: tester, started: started,
                      finished: status == .inProgress ? nil : started.addingTimeInterval(Double(g.int(60...9_000))),
                      status: status, steps: steps)
        for question in scenario.survey where g.chance(0.9) {
            let number = Double(g.int(question.kind.range ?? 0...10))
            run.survey[question.id] = g.pick([.number(number), .text(g.pick(tricky)), Answer.none, .bool(true)])
        }
        for key in scenario.context { run.context[key] = g.pick(tricky) }
        if g.chance(0.2) { run.context["extra_key"] = "x" }
        return run
    }

    @Test func generatedHistoryGivesTheSameSummariesBothWays() throws {
        var g = Generator(state: 20_261_123)
        var checked = 0
        for index in 0..<400 {
            let run = Self.generatedRun(&g, index: index)
            let bytes = Array(try RunEncoder.yaml(run).utf8)
            let slow = try #require(Self.slow(bytes), "generated run \(index) is not valid")
            let fast = try #require(Self.fast(bytes), "fast path did not take generated run \(index):\n\(String(decoding: bytes, as: UTF8.self))")
            #expect(fast == slow, "generated run \(index)")
            // Unknown scenario: weights default to 1 both ways.
            #expect(Self.fast(bytes, scenarios: [:]) == Self.slow(bytes, scenarios: [:]))
            checked += 1
        }
        #expect(checked == 400)
    }

    // MARK: Oddities

    static let base = """
    format: 1
    run: 20261101T100000Z-anna
    scenario: shop
    scenario_version: 1
    tester: Anna
    started: 2026-11-01T10:00:00Z
    finished: 2026-11-01T10:30:00Z
    status: completed
    context:
      city: Berlin
    steps:
    - step: find
      touchpoint: web-search
      stage: consideration
      outcome: done
      seconds: 12.5
      paused_seconds: 0
      score: 7
      checklist:
        a: yes
        b: no
      answers:
        ease: 6
    - step: pay
      touchpoint: web-pay
      stage: purchase
      outcome: done
      seconds: 30
    survey:
      rec: 9

    """

    /// Applies `replace` (first occurrence) to the base file.
    static func variant(_ old: String, _ new: String) -> String {
        precondition(base.contains(old), "fixture text not found: \(old)")
        return base.replacingOccurrences(of: old, with: new, options: [], range: base.range(of: old))
    }

    static let aliasBomb = """
    format: 1
    lol: &a [x, x, x, x, x, x, x, x, x, x]
    lol2: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    lol3: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    lol4: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    lol5: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    lol6: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
    lol7: [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]

    """

    /// Files the full path rejects: the fast path must not take them, and the loader must
    /// report the very diagnostic it reported before.
    static let invalid: [String: String] = [
        "duplicate-key": variant("tester: Anna\n", "tester: Anna\ntester: Ben\n"),
        "tester-with-a-newline": variant("tester: Anna\n", "tester: |\n  Anna\n  Petrova\n"),
        "tester-with-an-escape": variant("tester: Anna\n", "tester: \"\\e[31mAnna\"\n"),
        "duplicate-checklist-item": variant("    b: no\n", "    b: no\n    'a': yes\n"),
        "duplicate-number-keys": variant("    b: no\n", "    b: no\n    0x10: yes\n    16: no\n"),
        "unknown-key": variant("status: completed\n", "status: completed\ncolour: red\n"),
        "unknown-step-key": variant("  outcome: done\n  seconds: 30\n", "  outcome: done\n  seconds: 30\n  colour: red\n"),
        "alias-bomb": aliasBomb,
        "format-2": variant("format: 1", "format: 2"),
        "score-11": variant("score: 7", "score: 11"),
        "score-float": variant("score: 7", "score: 7.5"),
        "score-quoted": variant("score: 7", "score: '7'"),
        "negative-seconds": variant("seconds: 12.5", "seconds: -1"),
        "infinite-seconds": variant("seconds: 12.5", "seconds: .inf"),
        "text-seconds": variant("seconds: 12.5", "seconds: twelve"),
        "impossible-date": variant("started: 2026-11-01T10:00:00Z", "started: 2026-02-30T10:00:00Z"),
        "finished-before-started": variant("finished: 2026-11-01T10:30:00Z", "finished: 2026-11-01T09:30:00Z"),
        "bad-status": variant("status: completed", "status: done"),
        "duplicate-step": variant("- step: pay", "- step: find"),
        "completed-with-started-step": variant("  outcome: done\n  seconds: 30", "  outcome: started\n  seconds: 30"),
        "second-document": base + "---\nformat: 1\n",
        "syntax-error": variant("city: Berlin", "city: [Berlin"),
        "bad-checklist-answer": variant("b: no", "b: maybe"),
        "bad-checklist-key": variant("b: no", "Bad_Key: no"),
        "nan-survey": variant("rec: 9", "rec: .nan"),
        "missing-tester": variant("tester: Anna\n", ""),
        "blank-tester": variant("tester: Anna", "tester: '   '"),
        "null-tester": variant("tester: Anna", "tester: ~"),
        "null-scenario": variant("scenario: shop", "scenario: null"),
        "context-list": variant("context:\n  city: Berlin", "context:\n- Berlin"),
        "steps-null": variant("steps:\n- step: find", "steps:\nsurvey2:\n- step: find"),
        "version-0": variant("scenario_version: 1", "scenario_version: 0"),
        "severity-5": variant("  seconds: 30\n", "  seconds: 30\n  barriers:\n  - id: slow\n    text: Slow\n    severity: 5\n"),
        "note-without-text": variant("  seconds: 30\n", "  seconds: 30\n  notes:\n  - at: 3\n"),
        "barrier-cause-not-a-boolean": variant("  seconds: 30\n", "  seconds: 30\n  barriers:\n  - {id: slow, text: Slow, severity: 2, cause: maybe}\n"),
        "barrier-text-null": variant("  seconds: 30\n", "  seconds: 30\n  barriers:\n  - id: slow\n    text:\n    severity: 2\n"),
        "answer-list": variant("ease: 6", "ease: [6]"),
        "wait-open-but-done": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n"),
        "wait-without-sent": variant("  seconds: 30\n", "  seconds: 30\n  sent: null\n  response_seconds: 60\n"),
        "wait-answered-before-sent": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: 2026-11-01T10:00:00Z\n  response_seconds: 0\n"),
        "wait-answered-without-response": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: 2026-11-01T10:02:00Z\n"),
        "wait-response-disagrees": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: 2026-11-01T10:02:00Z\n  response_seconds: 62\n"),
        "wait-working-above-wall": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: null\n  response_seconds: 60\n  response_working_seconds: 62\n"),
        "wait-working-alone": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  response_working_seconds: 6\n"),
        "wait-response-too-long": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: null\n  response_seconds: 1e19\n"),
        "wait-bad-sent": variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-13-01T10:01:00Z\n  answered: null\n  response_seconds: 60\n"),
        "step-item-scalar": variant("- step: pay", "- just text\n- step: pay"),
        "empty-file": "",
        "null-file": "~\n",
        "list-root": "- 1\n",
    ]

    @Test(arguments: invalid.keys.sorted())
    func filesTheFullPathRejectsFallBackWithTheSameDiagnostic(_ name: String) throws {
        let bytes = Array(Self.invalid[name]!.utf8)
        #expect(Self.slow(bytes) == nil, "the fixture should be invalid")
        #expect(Self.fast(bytes) == nil)
        let (fast, slow) = try Self.loadBothWays([name: bytes])
        #expect(fast.runs.isEmpty)
        #expect(fast.problems.count == 1)
        #expect(fast.problems == slow.problems)
    }

    @Test func invalidUTF8InARunFileFallsBackToThePositionedDiagnostic() throws {
        var bytes = Array(Self.base.utf8)
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "A"))) // in "Anna" (line 5)
        bytes[at + 1] = 0xFF
        #expect(Self.fast(bytes) == nil)
        let (fast, slow) = try Self.loadBothWays(["bad-utf8": bytes])
        #expect(fast.problems == slow.problems)
        let problem = try #require(fast.problems.first)
        #expect(problem.diagnostic.mark == Mark(line: 5, column: 10))
        #expect(problem.diagnostic.message.contains("UTF-8"))
    }

    @Test func duplicateKeyAndAliasBombKeepTheirPositionedDiagnostics() throws {
        let (fast, _) = try Self.loadBothWays(["dup": Array(Self.invalid["duplicate-key"]!.utf8),
                                               "bomb": Array(Self.aliasBomb.utf8)])
        let dup = try #require(fast.problems.first { $0.path.hasSuffix("dup.yaml") })
        #expect(dup.diagnostic.message.contains("duplicate key 'tester'"))
        #expect(dup.diagnostic.mark == Mark(line: 6, column: 1))
        let bomb = try #require(fast.problems.first { $0.path.hasSuffix("bomb.yaml") })
        #expect(bomb.diagnostic.message.contains("counting every alias expansion"))
    }

    /// Valid files the fast path leaves to the full path, and valid unusual files it takes:
    /// either way the summary is the full path's.
    static let unusualButValid: [String: (text: String, fastTakesIt: Bool)] = [
        "tagged-string": (variant("tester: Anna", "tester: !!str Anna"), false),
        "anchor-and-alias": (variant("touchpoint: web-search", "touchpoint: &tp web-search")
            .replacingOccurrences(of: "touchpoint: web-pay", with: "touchpoint: *tp"), false),
        "boolean-like-checklist-key": (variant("    b: no\n", "    b: no\n    yes: yes\n"), false),
        "number-like-checklist-key": (variant("    b: no\n", "    b: no\n    12: n/a\n"), false),
        "quoted-keys": (variant("tester: Anna", "\"tester\": Anna"), true),
        "keys-out-of-order": (variant("format: 1\n", "").replacingOccurrences(of: "survey:", with: "format: 1\nsurvey:"), true),
        "nulls-as-absent": (variant("scenario_version: 1", "scenario_version: ~")
            .replacingOccurrences(of: "finished: 2026-11-01T10:30:00Z", with: "finished: null")
            .replacingOccurrences(of: "  paused_seconds: 0", with: "  paused_seconds:\n  notes: ~"), true),
        "flow-style": ("{format: 1, run: 20261101T100000Z-anna, scenario: shop, tester: \"Анна\", started: '2026-11-01T10:00:00+03:00', status: abandoned, steps: [{step: find, touchpoint: web-search, stage: consideration, outcome: failed, seconds: 0x10, checklist: {a: Y, b: N/A, crit: NO, d: ~, e: Yes, f: \"no\", g: na}, answers: {ease: '6', other: 1.5e1}}], survey: {rec: +9, sat: ~}}\n", true),
        "block-scalars": (variant("tester: Anna", "tester: >-\n  Anna\n  Petrova")
            .replacingOccurrences(of: "  seconds: 30\n", with: "  seconds: 30\n  barriers:\n  - id: slow\n    text: >\n      folded\n      text\n    severity: 4\n    at: 1e1\n"), true),
        "hex-format": (variant("format: 1", "format: 0x1"), true),
        "barrier-cause": (variant("  seconds: 30\n", "  seconds: 30\n  barriers:\n  - {id: slow, text: Slow, severity: 2, at: 3, cause: true}\n"), true),
        // A wait step's fields (docs/run-format.md, "Waits") are read by the fast path, except a list of `attempts`.
        "wait-fields": (variant("  seconds: 30\n", "  seconds: 30\n  sent: \"2026-11-01T10:01:00Z\"\n  answered: null\n  response_seconds: 60\n"), true),
        "wait-answered": (variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: 2026-11-01T12:01:00+01:00\n  response_seconds: 3600.4\n  response_working_seconds: 1800\n"), true),
        "wait-open-started": (variant("  outcome: done\n  seconds: 30", "  outcome: skipped\n  seconds: 30\n  sent: 2026-11-01T10:01:00Z"), true),
        "wait-nulls-only": (variant("  seconds: 30\n", "  seconds: 30\n  sent: ~\n  answered: null\n"), true),
        "wait-attempts": (variant("  seconds: 30\n", "  seconds: 30\n  sent: 2026-11-01T10:01:00Z\n  answered: null\n  response_seconds: 60\n  attempts:\n  - {sent: 2026-11-01T10:01:00Z, answered: null, response_seconds: 60}\n"), false),
    ]

    @Test(arguments: unusualButValid.keys.sorted())
    func unusualValidFilesGiveTheFullPathsSummary(_ name: String) throws {
        let (text, fastTakesIt) = Self.unusualButValid[name]!
        let bytes = Array(text.utf8)
        let slow = try #require(Self.slow(bytes), "the fixture should be valid")
        let fast = Self.fast(bytes)
        #expect((fast != nil) == fastTakesIt)
        if let fast { #expect(fast == slow) }
        let (loadedFast, loadedSlow) = try Self.loadBothWays([name: bytes])
        #expect(loadedFast.problems.isEmpty)
        #expect(loadedFast.runs.map { var r = $0; r.path = ""; return r } == [slow].map { var r = $0; r.path = ""; return r })
        #expect(loadedFast.runs == loadedSlow.runs)
    }
}
