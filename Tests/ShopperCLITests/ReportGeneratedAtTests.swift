import Foundation
import Testing

/// The HTML report says when it was made: now, or SOURCE_DATE_EPOCH (reproducible output).
@Suite struct ReportGeneratedAtTests {
    @Test func sourceDateEpochFixesTheMadeAtLineAndTheFileIsTheSameTwice() throws {
        let environment = ["SOURCE_DATE_EPOCH": "1796047200"]  // 2026-11-30 14:00:00 UTC
        let first = try ShopperProcess.run(["report", "--format", "html"], environment: environment)
        let second = try ShopperProcess.run(["report", "--format", "html"], environment: environment)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Made 2026-11-30 14:00 UTC · data "))
        #expect(first.stdout == second.stdout)
        #expect(!first.stdout.contains("docs/report.md"))
    }

    @Test func aMalformedSourceDateEpochIsAnErrorNotASilentDefault() throws {
        for bad in ["yesterday", "-5", "1.5", ""] {
            let result = try ShopperProcess.run(["report", "--format", "html"], environment: ["SOURCE_DATE_EPOCH": bad])
            #expect(result.status == 64, "\(bad): \(result.status)")
            #expect(result.stderr.contains("error: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC"), "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }
}
