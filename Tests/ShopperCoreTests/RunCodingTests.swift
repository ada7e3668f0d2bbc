import Foundation
import Testing
import YAMLKit
@testable import ShopperCore

@Suite struct RunCodingTests {
    static func sampleRun() -> Run {
        let started = Timestamp.parse("2026-11-23T10:15:00Z")!
        var run = Run(id: "20261123T101500Z-anna-petrova", scenario: "bus-tickets", scenarioVersion: 2, tester: "Анна Петрова",
                      started: started, finished: started.addingTimeInterval(600), status: .completed,
                      context: ["device": "iPhone 15", "app_version": "4.2"])
        run.steps = [
            StepRecord(step: "search", touchpoint: "app-search", stage: .consideration, outcome: .done, seconds: 73.4,
                       pausedSeconds: 12, score: 8,
                       barriers: [BarrierRecord(id: "no-return", text: "Дата возврата сбросилась", severity: .major, at: 31.2, cause: true)],
                       checklist: ["dates": .yes, "price": .no, "extra": .na],
                       answers: ["ease": .number(6), "pick": .text("yes"), "ok": .bool(true), "note": .none, "hours": .number(2.5)],
                       notes: [NoteRecord(at: 40, text: "Слишком мелкий шрифт: 10pt")]),
            StepRecord(step: "pay", touchpoint: "checkout", stage: .purchase, outcome: .failed, seconds: 120),
        ]
        run.survey = ["nps": .number(9), "why": .text("Быстро")]
        return run
    }

    @Test func writtenRunReadsBackEqual() throws {
        let run = Self.sampleRun()
        let text = try RunEncoder.yaml(run)
        let node = try #require(try YAMLParser().parse(text))
        let (back, diagnostics) = RunDecoder.decode(node)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(back == run)
        #expect(text.contains("tester: Анна Петрова"))
        #expect(text.hasPrefix("format: 1\nrun: 20261123T101500Z-anna-petrova\n"))
    }

    @Test func readersAcceptYesNoAndTrueFalseAlike() throws {
        let text = try RunEncoder.yaml(Self.sampleRun())
            .replacingOccurrences(of: "dates: yes", with: "dates: true")
            .replacingOccurrences(of: "price: no", with: "price: false")
        let (back, _) = RunDecoder.decode(try #require(try YAMLParser().parse(text)))
        #expect(back?.steps[0].checklist["dates"] == .yes)
        #expect(back?.steps[0].checklist["price"] == .no)
    }

    @Test(arguments: [
        ("status: completed", "status: done", "'status' must be one of in-progress, completed, abandoned; found 'done'"),
        ("severity: 3", "severity: 7", "'severity' must be from 1 to 4, found 7"),
        ("score: 8", "score: eleven", "expected a whole number for 'score', found 'eleven'"),
        ("seconds: 73.4", "seconds: -1", "'seconds' must not be negative"),
        ("started: \"2026-11-23T10:15:00Z\"", "started: yesterday", "'started' must be an ISO 8601 time such as 2026-11-23T10:15:00Z (a real date in the years 1970 to 9999, an offset within ±14:00), found 'yesterday'"),
        ("format: 1", "format: 2", "unsupported run format 2; this version of shopper reads format 1"),
        ("outcome: done", "outcome: started", "a completed run cannot have a step with outcome 'started'"),
        ("dates: yes", "dates: maybe", "expected yes, no or n/a, found 'maybe'"),
        ("tester: Анна Петрова", "testr: Анна Петрова", "unknown key 'testr' in run; did you mean 'tester'?"),
        ("tester: Анна Петрова", "tester: \"Eve\\nstatus: completed\"", "'tester' contains a newline (U+000A); a name is one line of printable text"),
        ("tester: Анна Петрова", "tester: \"\\e[31mRed\"", "'tester' contains an escape (U+001B); a name is one line of printable text"),
        ("tester: Анна Петрова", "tester: \"Eve\\0\"", "'tester' contains a NUL (U+0000); a name is one line of printable text"),
    ])
    func brokenRunFilesArePositioned(from: String, to: String, message: String) throws {
        let text = try RunEncoder.yaml(Self.sampleRun()).replacingOccurrences(of: from, with: to)
        let (run, diagnostics) = RunDecoder.decode(try #require(try YAMLParser().parse(text)))
        #expect(run == nil)
        let d = try #require(diagnostics.first { $0.message == message }, "\(diagnostics.map(\.message))")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(to) }!
        #expect(d.mark.line == line + 1 || message.contains("cannot have"))
    }

    @Test func timestampsParseStrictly() {
        #expect(Timestamp.parse("2026-11-23T10:15:00Z") == Date(timeIntervalSince1970: 1_795_428_900))
        #expect(Timestamp.parse("2026-11-23T13:15:00+03:00") == Date(timeIntervalSince1970: 1_795_428_900))
        #expect(Timestamp.parse("2026-11-23T10:15:00.5Z") == Date(timeIntervalSince1970: 1_795_428_900.5))
        #expect(Timestamp.parse("2026-02-30T10:15:00Z") == nil)
        #expect(Timestamp.parse("2026-11-23 10:15") == nil)
        #expect(Timestamp.format(Date(timeIntervalSince1970: 1_795_428_900)) == "2026-11-23T10:15:00Z")
    }

    @Test func runIDsComeFromStartAndTester() {
        let id = RunID.make(started: Date(timeIntervalSince1970: 1_795_428_900), tester: "Анна Петрова")
        #expect(id == "20261123T101500Z-anna-petrova")
        #expect(RunID.isValid(id))
        #expect(!RunID.isValid("20261123-anna"))
        #expect(RunID.candidate(id, 1) == id)
        #expect(RunID.candidate(id, 2) == "20261123T101500Z-anna-petrova-2")
        #expect(RunID.isValid(RunID.candidate(id, 12)))
    }

    @Test func storeWritesAtomicallyAndListsRuns() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = RunStore(root: root)
        let run = Self.sampleRun()
        let path = try store.save(run)
        #expect(path == "\(root)/bus-tickets/20261123T101500Z-anna-petrova.yaml")
        #expect(try store.load(path: path).get() == run)
        #expect(store.files() == [path])
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/bus-tickets") == ["20261123T101500Z-anna-petrova.yaml"])
    }

    @Test func createKeepsTheStartTimeAndAddsASuffixWhenTheIDIsTaken() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = RunStore(root: root)
        let run = Self.sampleRun()
        let ids = try (1...3).map { _ in try store.create(run).id }
        #expect(ids == ["20261123T101500Z-anna-petrova", "20261123T101500Z-anna-petrova-2", "20261123T101500Z-anna-petrova-3"])
        for id in ids {
            #expect(RunID.isValid(id))
            var expected = run
            expected.id = id
            #expect(try store.load(scenario: "bus-tickets", run: id).get() == expected)
        }
        // Nothing but the run files: the hidden staging files are gone.
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/bus-tickets").sorted() == ids.map { "\($0).yaml" }.sorted())
    }

    @Test func createNeverHandsOutOneIDTwiceUnderConcurrency() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = RunStore(root: root)
        let run = Self.sampleRun()
        let results = ResultBox()
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let id = try? store.create(run).id
            results.append(id)
        }
        let ids = results.ids
        #expect(ids.count == 16)
        #expect(Set(ids.compactMap { $0 }).count == 16)
        #expect(store.files(scenario: "bus-tickets").count == 16)
    }

    private final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var ids: [String?] = []
        func append(_ id: String?) { lock.withLock { ids.append(id) } }
    }

    @Test func loadByIDSaysNotFoundOrInvalid() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = RunStore(root: root)
        let missing = "20261123T101500Z-nobody"
        #expect(store.load(scenario: "bus-tickets", run: missing) == .failure(.notFound(path: store.path(scenario: "bus-tickets", run: missing))))
        // Not a run id: never read, even if such a file exists.
        try FileManager.default.createDirectory(atPath: "\(root)/bus-tickets", withIntermediateDirectories: true)
        try "x: 1\n".write(toFile: "\(root)/secret.yaml", atomically: true, encoding: .utf8)
        #expect(store.load(scenario: "bus-tickets", run: "../secret") == .failure(.notFound(path: "\(root)/bus-tickets/../secret.yaml")))
        let broken = "20261123T101500Z-broken"
        try "format: 1\n".write(toFile: store.path(scenario: "bus-tickets", run: broken), atomically: true, encoding: .utf8)
        guard case .failure(.invalid(let path, _)) = store.load(scenario: "bus-tickets", run: broken) else {
            Issue.record("a broken run file loaded")
            return
        }
        #expect(path == store.path(scenario: "bus-tickets", run: broken))
    }
}
