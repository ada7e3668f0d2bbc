import Foundation
@testable import Reports
import ShopperCore
import Testing
import YAMLKit

/// Numbers at and past the ends of their ranges: the fast reader and the full decoder reject the
/// same files with the same positioned error, and whatever is accepted renders in every format
/// without a trap, with JSON a strict parser reads.
@Suite struct HostileNumbersTests {
    static let scenarios = ["shop": Fixtures.scenario] // survey rec nps, sat csat, effort ces; step find: ease seq

    static func loadBothWays(_ text: String, scenarios: [String: Scenario]) throws -> (fast: RunLoader.Result, slow: RunLoader.Result) {
        let root = NSTemporaryDirectory() + "shopper-hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(root)/shop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        FileManager.default.createFile(atPath: "\(root)/shop/20261101T100000Z-anna.yaml", contents: Data(text.utf8))
        var loader = RunLoader(scenarios: scenarios, concurrency: 1)
        let fast = loader.load(root: root)
        loader.fastPath = false
        return (fast, loader.load(root: root))
    }

    /// (replaced, replacement, what the error says, with the scenario known or not)
    static let rejected: [String: (String, String, String)] = [
        "seconds-1e19": ("seconds: 12.5", "seconds: 1e19", "'seconds' must be at most 31536000 seconds"),
        "seconds-past-a-year": ("seconds: 12.5", "seconds: 31536000.1", "'seconds' must be at most 31536000 seconds"),
        "paused-1e19": ("paused_seconds: 0", "paused_seconds: 1e19", "'paused_seconds' must be at most"),
        "seconds-1e303": ("seconds: 30", "seconds: 1e303", "'seconds' must be at most"),
        "answer-1e308": ("ease: 6", "other: 1e308", "answer 1e308 to 'other' is too large"),
        "survey-2^63": ("rec: 9", "other: 9223372036854775808", "answer 9223372036854775808 to 'other' is too large"),
        "survey-nps-named": ("rec: 9", "nps: 11", "answer 11 to 'nps' is outside 0 to 10"),
        "survey-ces-named": ("rec: 9", "ces: 99", "answer 99 to 'ces' is outside 1 to 7"),
        "survey-csat-named": ("rec: 9", "csat: 4.5", "answer 4.5 to 'csat' must be a whole number from 1 to 5"),
        "year-0000": ("started: 2026-11-01T10:00:00Z", "started: 0000-11-01T10:00:00Z", "'started' must be an ISO 8601 time"),
        "offset-99": ("finished: 2026-11-01T10:30:00Z", "finished: 2026-11-01T10:30:00+99:99", "'finished' must be an ISO 8601 time"),
    ]

    @Test(arguments: rejected.keys.sorted(), [false, true])
    func theFastReaderAndTheFullDecoderRejectTheSameNumbersAtTheValue(_ name: String, withScenario: Bool) throws {
        let (from, to, message) = Self.rejected[name]!
        let text = RunSummaryReaderTests.variant(from, to)
        // Named survey ratings follow the scenario when there is one: there `nps` is no question.
        let scenarios = withScenario ? Self.scenarios : [:]
        if withScenario, name.hasPrefix("survey-") && name.hasSuffix("-named") { return }
        #expect(RunSummaryReaderTests.fast(Array(text.utf8), scenarios: scenarios) == nil)
        let (fast, slow) = try Self.loadBothWays(text, scenarios: scenarios)
        #expect(fast.runs.isEmpty && slow.runs.isEmpty)
        #expect(fast.problems == slow.problems)
        let problem = try #require(fast.problems.first)
        #expect(problem.diagnostic.message.hasPrefix(message), "\(problem.diagnostic.message)")
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(to) }! + 1
        #expect(problem.diagnostic.mark.line == line)
    }

    @Test(arguments: [("ease: 6", "ease: 8", "answer 8 to 'ease' is outside 1 to 7"),
                      ("rec: 9", "rec: 11", "answer 11 to 'rec' is outside 0 to 10"),
                      ("rec: 9", "effort: 99", "answer 99 to 'effort' is outside 1 to 7"),
                      ("rec: 9", "sat: 0", "answer 0 to 'sat' is outside 1 to 5")])
    func ratingsOfTheScenarioAreHeldToTheirScaleByBothReaders(from: String, to: String, message: String) throws {
        let text = RunSummaryReaderTests.variant(from, to)
        #expect(RunSummaryReaderTests.fast(Array(text.utf8), scenarios: Self.scenarios) == nil)
        let (fast, slow) = try Self.loadBothWays(text, scenarios: Self.scenarios)
        #expect(fast.problems == slow.problems)
        #expect(fast.problems.map(\.diagnostic.message) == [message])
        // Without the scenario the same answers are plain numbers (none is named like a default).
        let unknown = try Self.loadBothWays(text, scenarios: [:])
        #expect(unknown.fast.problems.isEmpty && unknown.fast.runs.count == 1)
    }

    // MARK: Rendering at the ends of the ranges

    static func extremeReport() -> Report {
        var runs: [RunSummary] = []
        for i in 0..<12 {
            var run = Fixtures.run("r\(i)", started: "2026-\(i < 6 ? 10 : 11)-0\(1 + i % 6)T10:00:00Z",
                                   findSeconds: RunLimits.maxSeconds, paySeconds: i.isMultiple(of: 2) ? RunLimits.maxSeconds : 1,
                                   survey: [.init("rec", 10), .init("sat", 5), .init("effort", 7), .init("other", -RunLimits.maxNumber)])
            run.steps[0].answers = [.init("ease", 7), .init("other", RunLimits.maxNumber)]
            runs.append(run)
        }
        // A second and a year in one period at n = 2: the time interval's upper end passes Int.max
        // seconds (found by scripts/fuzz, seed 3, case 714: the text report trapped).
        runs.append(Fixtures.run("short", started: "2026-09-01T10:00:00Z", findSeconds: 1, paySeconds: 1))
        runs.append(Fixtures.run("long-pay", started: "2026-09-02T10:00:00Z", findSeconds: 1, paySeconds: RunLimits.maxSeconds))
        // Hundreds of steps of a year each make a task time of centuries.
        var long = Fixtures.run("long", started: "2026-11-20T10:00:00Z")
        long.steps = (0..<500).map { .init(step: "s\($0)", touchpoint: "t", outcome: .done, seconds: RunLimits.maxSeconds) }
        runs.append(long)
        return Fixtures.builder().build(runs)
    }

    @Test func theWidestValidNumbersRenderInEveryFormatAndJSONStaysStrict() throws {
        let report = Self.extremeReport()
        let json = JSONRenderer.render(report)
        #expect(!json.contains("inf") && !json.contains("nan"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        #expect(object is [String: Any])
        let csv = CSVRenderer.render(report)
        #expect(!csv.lowercased().contains("inf") && !csv.lowercased().contains("nan"))
        for format in [ReportFormat.text, .markdown, .html] {
            for language in [Language.en, .ru] { #expect(!format.render(report, language: language).isEmpty) }
        }
        #expect(!TouchpointsRenderer.render(report).isEmpty)
    }

    @Test func formattedNumbersAreTotal() {
        for x in [1e300, -1e300, Double.greatestFiniteMagnitude, 9.3e18, 1e15, Double.nan, Double.infinity] {
            _ = TextLayout.formatted(x, 1)
            _ = TextLayout.formatted(x, 0)
            _ = TextLayout.percent(x)
            _ = TextLayout.signed(x, 0)
        }
        #expect(TextLayout.formatted(1e300, 1) == "1e+300")
        for x in [1e50, 9.3e18, Double.infinity, Double.greatestFiniteMagnitude] {
            #expect(!TextLayout.seconds(x).isEmpty)
            #expect(!DurationText.clock(x, tenths: true).isEmpty)
        }
        #expect(TextLayout.percent(.infinity) == "–")
        #expect(TextLayout.formatted(12.25, 1) == "12.3" || TextLayout.formatted(12.25, 1) == "12.2")
    }
}
