import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// Every number in a run file has a valid range (`RunLimits`, `AnswerScales`); a value outside
/// it is a positioned error of the decoder, so no reader passes it on to a conversion that traps.
@Suite struct RunRangesTests {
    func decode(_ text: String, scales: AnswerScales = .unchecked) throws -> (Run?, [Diagnostic]) {
        RunDecoder.decode(try #require(try YAMLParser().parse(text)), scales: scales)
    }

    /// The sample run with `from` replaced by `to`, the replacement marked 1️⃣.
    func mutated(_ from: String, _ to: String) throws -> (String, Mark?) {
        let text = try RunEncoder.yaml(RunCodingTests.sampleRun())
        #expect(text.contains(from), "the fixture has \(from)")
        let (marked, m) = marked(text.replacingOccurrences(of: from, with: to))
        return (marked, m["1️⃣"])
    }

    @Test(arguments: [
        ("seconds: 73.4", "seconds: 1️⃣1e19", "'seconds' must be at most 31536000 seconds (one year), found 1e+19"),
        ("seconds: 73.4", "seconds: 1️⃣31536000.5", "'seconds' must be at most 31536000 seconds (one year), found 31536000.5"),
        ("paused_seconds: 12", "paused_seconds: 1️⃣1e19", "'paused_seconds' must be at most 31536000 seconds (one year), found 1e+19"),
        ("at: 31.2", "at: 1️⃣1e303", "'at' must be at most 31536000 seconds (one year), found 1e+303"),
        ("at: 40", "at: 1️⃣9223372036854775807", "'at' must be at most 31536000 seconds (one year), found 9.223372036854776e+18"),
        ("hours: 2.5", "hours: 1️⃣1e308",
         "answer 1e308 to 'hours' is too large: numbers in answers must be from -10^15 to 10^15"),
        ("nps: 9", "nps: 1️⃣9223372036854775808",
         "answer 9223372036854775808 to 'nps' is too large: numbers in answers must be from -10^15 to 10^15"),
        ("nps: 9", "nps: 1️⃣-1000000000000001",
         "answer -1000000000000001 to 'nps' is too large: numbers in answers must be from -10^15 to 10^15"),
        ("started: \"2026-11-23T10:15:00Z\"", "started: 1️⃣0000-11-23T10:15:00Z",
         "'started' must be an ISO 8601 time such as 2026-11-23T10:15:00Z (a real date in the years 1970 to 9999, "
         + "an offset within ±14:00), found '0000-11-23T10:15:00Z'"),
        ("finished: \"2026-11-23T10:25:00Z\"", "finished: 1️⃣2026-11-23T10:25:00+99:99",
         "'finished' must be an ISO 8601 time such as 2026-11-23T10:15:00Z (a real date in the years 1970 to 9999, "
         + "an offset within ±14:00), found '2026-11-23T10:25:00+99:99'"),
    ])
    func numbersOutOfRangeArePositionedErrors(from: String, to: String, message: String) throws {
        let (text, mark) = try mutated(from, to)
        let (run, diagnostics) = try decode(text)
        #expect(run == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.mark == mark)
    }

    @Test(arguments: [
        ("seconds: 73.4", "seconds: 31536000"),
        ("paused_seconds: 12", "paused_seconds: 0"),
        ("hours: 2.5", "hours: -1000000000000000"),
        ("hours: 2.5", "hours: 1e15"),
        ("started: \"2026-11-23T10:15:00Z\"", "started: 2026-11-23T00:15:00-09:59"),
        ("finished: \"2026-11-23T10:25:00Z\"", "finished: 2026-11-24T00:25:00+14:00"),
    ])
    func numbersAtTheEdgesOfTheirRangeAreAccepted(from: String, to: String) throws {
        let (text, _) = try mutated(from, to)
        let (run, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(run != nil)
    }

    @Test func timestampsKeepToTheYears1970To9999AndOffsetsWithin14Hours() {
        #expect(Timestamp.parse("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(Timestamp.parse("9999-12-31T23:59:59Z") != nil)
        #expect(Timestamp.parse("1969-12-31T23:59:59Z") == nil)
        #expect(Timestamp.parse("0000-01-01T00:00:00Z") == nil)
        #expect(Timestamp.parse("2026-11-23T10:15:00+14:00") != nil)
        #expect(Timestamp.parse("2026-11-23T10:15:00-14:00") != nil)
        #expect(Timestamp.parse("2026-11-23T10:15:00+14:01") == nil)
        #expect(Timestamp.parse("2026-11-23T10:15:00+05:60") == nil)
        #expect(Timestamp.parse("2026-11-23T10:15:00+99:99") == nil)
    }

    // MARK: Ratings

    static let scenario = RunScenarioCheckTests.scenario // version 2; step question csat-q, survey nps

    func survey(_ answers: String, version: Int = 2) -> String {
        RunScenarioCheckTests.run(steps: "  - {step: sdacha, touchpoint: till, stage: purchase, outcome: done, answers: {\(answers)}}",
                                  version: "scenario_version: \(version)")
    }

    @Test(arguments: [
        ("csat-q: 1️⃣0", "answer 0 to 'csat-q' is outside 1 to 5"),
        ("csat-q: 1️⃣6", "answer 6 to 'csat-q' is outside 1 to 5"),
        ("csat-q: 1️⃣4.5", "answer 4.5 to 'csat-q' must be a whole number from 1 to 5"),
    ])
    func aRatingOutsideItsScaleIsAnErrorOfTheDecoder(answer: String, message: String) throws {
        let (text, m) = marked(survey(answer))
        let (run, diagnostics) = try decode(text, scales: AnswerScales(scenario: Self.scenario, version: 2))
        #expect(run == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.mark == m["1️⃣"])
        // Unchecked (no scales asked for), only the bounds of every number apply.
        #expect(try decode(text).1.isEmpty)
    }

    @Test(arguments: ["nps: 11", "nps: -1", "csat: 0", "csat: 6", "ces: 99", "ces: 0", "nps: 4.5"])
    func surveyRatingsNamedLikeTheReportsDefaultsAreCheckedWithoutTheScenario(answer: String) throws {
        let text = RunScenarioCheckTests.run(steps: "  - {step: sdacha, touchpoint: till, stage: purchase, outcome: done}",
                                             survey: "{\(answer)}")
        let (run, diagnostics) = try decode(text, scales: AnswerScales(scenario: nil, version: 2))
        #expect(run == nil)
        #expect(diagnostics.count == 1)
        // A run of another version than the scenario's is read by name too.
        #expect(try decode(text, scales: AnswerScales(scenario: Self.scenario, version: 1)).1.count == 1)
    }

    @Test func everyRatingTypeIsHeldToItsOwnScale() throws {
        let answers: [(Question.Kind, Int, Int)] = [(.nps, 0, 10), (.csat, 1, 5), (.ces, 1, 7), (.seq, 1, 7),
                                                    (.scale(min: -3, max: 3, labels: [:]), -3, 3)]
        for (kind, low, high) in answers {
            let q = Question(id: "q", ask: "?", kind: kind)
            for x in [low - 1, low, high, high + 1] {
                let problem = AnswerScales.problem(Double(x), shown: "\(x)", question: "q", rating: q)
                #expect((problem == nil) == (low...high).contains(x), "\(kind.name) \(x): \(problem ?? "accepted")")
            }
        }
    }

    @Test func intClampingIsTotal() {
        #expect(Int(clamping: 1e19) == .max)
        #expect(Int(clamping: -1e19) == .min)
        #expect(Int(clamping: Double.nan) == 0)
        #expect(Int(clamping: Double.infinity) == .max)
        #expect(Int(clamping: -9_223_372_036_854_775_808.0) == .min)
        #expect(Int(clamping: 41.9) == 41)
    }
}
