import Foundation
import Testing

/// `shopper report --by-segment` on the shipped sample history (locations.yaml and its runs).
@Suite(.serialized) struct ReportSegmentCommandTests {
    @Test func regionLeagueTablesAreInTheJSONOfEveryPeriod() throws {
        let result = try ShopperProcess.run(["report", "--by-segment", "region", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        let bus = try #require(scenarios.first { $0["scenario"] as? String == "bus-tickets-prague" })
        let periods = try #require(bus["periods"] as? [[String: Any]])
        #expect(!periods.isEmpty && periods.allSatisfy { $0["segments"] is [[String: Any]] })
        let segments = try #require(periods.last?["segments"] as? [[String: Any]])
        #expect(!segments.isEmpty && segments.allSatisfy { $0["key"] as? String == "region" })
        #expect(segments.allSatisfy { $0["below_programme"] is Bool && $0["too_few"] is Bool })
    }

    @Test func theTextReportShowsTheLocationLeagueTable() throws {
        let result = try ShopperProcess.run(["report", "--by-segment", "location", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("League table by location in"))
        #expect(result.stdout.contains("ranked by shop score, then pass rate"))
    }

    @Test func anUnknownKeyIsAnErrorNamingTheKnownOnes() throws {
        let result = try ShopperProcess.run(["report", "--by-segment", "locaton"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --by-segment: unknown key 'locaton'; did you mean 'location'?"))
    }
}
