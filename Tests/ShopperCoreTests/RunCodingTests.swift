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
                       barriers: [BarrierRecord(id: "no-return", text: "Дата возврата сбросилась", severity: .major, at: 31.2)],
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
        ("started: 2026-11-23T10:15:00Z", "started: yesterday", "'started' must be an ISO 8601 time such as 2026-11-23T10:15:00Z, found 'yesterday'"),
        ("format: 1", "format: 2", "unsupported run format 2; this version of shopper reads format 1"),
        ("outcome: done", "outcome: started", "a completed run cannot have a step with outcome 'started'"),
        ("dates: yes", "dates: maybe", "expected yes, no or n/a, found 'maybe'"),
        ("tester: Анна Петрова", "testr: Анна Петрова", "unknown key 'testr' in run; did you mean 'tester'?"),
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
        #expect(store.newRunID(scenario: "bus-tickets", started: run.started, tester: "Anna Petrova") == "20261123T101501Z-anna-petrova")
    }
}
