import Foundation
import TestSupport
import Testing

/// `shopper report` over run files with waits: the response figures come through the loader
/// (the fast path reads the wait fields) into JSON, and the HTML holds up in the browser.
@Suite struct WaitReportCommandTests {
    @Test func jsonReportsTheWaitStepsResponsesFromRunFiles() throws {
        let folder = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try WaitReportWorkspace.write(to: folder)
        let result = try ShopperProcess.run(["report", "--runs", "runs", "--scenarios", "scenarios", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenario = try #require((json["scenarios"] as? [[String: Any]])?.first)
        let periods = try #require(scenario["periods"] as? [[String: Any]])
        func response(_ p: [String: Any]) throws -> [String: Any] {
            try #require(((p["steps"] as? [[String: Any]])?.first?["response"]) as? [String: Any])
        }
        let oct = try response(periods[0]), nov = try response(periods[1])
        // October: 9 of 10 answered, 8 within 3 working hours (≤ 10800 s on the working clock; on
        // the doubled wall seconds it would be 5); no wait censored before the 5th answer of the
        // sorted times 1800, 2700, 3600, 5400, 6300 …, so the median is 6300.
        #expect((oct["within_target"] as? [String: Any])?["rate"] as? Double == 0.8)
        #expect((oct["median"] as? [String: Any])?["seconds"] as? Double == 6300)
        #expect((oct["unanswered"] as? [String: Any])?["rate"] as? Double == 0.1)
        // November: the open wait of the abandoned run is left out, not counted as unanswered.
        #expect(nov["left_out"] as? Int == 1)
        #expect((nov["unanswered"] as? [String: Any])?["n"] as? Int == 10)
        #expect((nov["unanswered"] as? [String: Any])?["rate"] as? Double == 0.3)
        #expect(nov["clock"] as? String == "working" && nov["target"] as? Double == 10800)
    }
}

extension HTMLReportBrowserTests {
    @Test(.enabled(if: Browser.shouldRun, Comment(rawValue: Browser.skipNote)))
    func aReportWithWaitStepsHoldsUpWithItsResponseChart() throws {
        let folder = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try WaitReportWorkspace.write(to: folder)
        var reports: [String] = []
        for language in ["en", "ru"] {
            reports.append(try render("waits-\(language)", ["--runs", "runs", "--scenarios", "scenarios", "--lang", language], in: folder))
        }
        let html = try String(contentsOfFile: reports[0], encoding: .utf8)
        #expect(html.contains("<svg class=\"chart response\""))
        try check(reports)
    }
}
