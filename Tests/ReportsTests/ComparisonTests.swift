import Foundation
@testable import Reports
import ShopperCore
import Testing

/// A `--baseline` or `--current` period without runs of a scenario: every format says there
/// was nothing to compare, never "no significant change".
@Suite struct ComparisonTests {
    static func report(baseline: String = "2025-01", current: String = "2026-11") throws -> Report {
        let options = try ReportOptions.make(unit: nil, baseline: baseline, current: current)
        return Fixtures.builder(options).build(Fixtures.slowdown())
    }

    @Test func anEmptyBaselineIsCountedAndNamed() throws {
        let comparison = try #require(try Self.report().scenarios.first?.comparison)
        #expect(comparison.baselineRuns == 0)
        #expect(comparison.currentRuns == 10)
        #expect(comparison.emptyPeriods.map(\.label) == ["2025-01"])
        #expect(comparison.missingRuns == "no runs in 2025-01 to compare")
        #expect(try Self.report().scenarios.first?.changes.isEmpty == true)
    }

    @Test func bothPeriodsEmptyAreBothNamed() throws {
        let comparison = try #require(try Self.report(baseline: "2025-01", current: "2025-02").scenarios.first?.comparison)
        #expect(comparison.missingRuns == "no runs in 2025-01 or 2025-02 to compare")
    }

    @Test func periodsWithRunsHaveNothingMissing() throws {
        let comparison = try #require(try Self.report(baseline: "2026-10", current: "2026-11").scenarios.first?.comparison)
        #expect(comparison.baselineRuns == 10 && comparison.currentRuns == 10)
        #expect(comparison.missingRuns == nil)
    }

    @Test func textSaysThereWasNothingToCompare() throws {
        let text = TextRenderer().render(try Self.report())
        #expect(text.contains("    no runs in 2025-01 to compare"))
        #expect(!text.contains("no significant change"))
    }

    @Test func markdownSaysThereWasNothingToCompare() throws {
        let markdown = MarkdownRenderer.render(try Self.report())
        #expect(markdown.contains("| shop | 2026-11 vs 2025-01 | no runs in 2025-01 to compare |"))
        #expect(!markdown.contains("no significant change"))
    }

    @Test func htmlSaysThereWasNothingToCompare() throws {
        let html = HTMLRenderer.render(try Self.report())
        #expect(html.contains("<td colspan=\"5\">no runs in 2025-01 to compare</td>"))
        #expect(!html.contains("no significant change"))
    }

    @Test func jsonCarriesTheRunCountsAndTheNote() throws {
        let text = JSONRenderer.render(try Self.report())
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let scenario = try #require((root["scenarios"] as? [[String: Any]])?.first)
        let comparison = try #require(scenario["comparison"] as? [String: Any])
        #expect(comparison["baseline"] as? String == "2025-01")
        #expect(comparison["current"] as? String == "2026-11")
        #expect(comparison["baseline_runs"] as? Int == 0)
        #expect(comparison["current_runs"] as? Int == 10)
        #expect(comparison["note"] as? String == "no runs in 2025-01 to compare")
        #expect((scenario["changes"] as? [Any])?.isEmpty == true)
    }

    @Test func jsonRunCountsOfAFullComparison() throws {
        let text = JSONRenderer.render(try Self.report(baseline: "2026-10", current: "2026-11"))
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let comparison = try #require((root["scenarios"] as? [[String: Any]])?.first?["comparison"] as? [String: Any])
        #expect(comparison["baseline_runs"] as? Int == 10)
        #expect(comparison["note"] is NSNull)
    }
}
