import Foundation
import Testing

/// `shopper testers` on the shipped sample history, as a programme manager runs it.
@Suite(.serialized) struct TestersCommandTests {
    @Test func textFitsEightyColumnsAndNamesEveryTester() throws {
        let result = try ShopperProcess.run(["testers"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Tester calibration · "))
        for line in result.stdout.split(separator: "\n") {
            #expect(line.count <= 80, "\(line)")
        }
        // Every tester of the sample history is shown by name.
        #expect(result.stdout.contains("Eva Novak"))
    }

    @Test func jsonFollowsTheContract() throws {
        let result = try ShopperProcess.run(["testers", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stdout.contains("nan") && !result.stdout.contains("inf"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Array(object.keys) == ["testers"])
        let rows = try #require(object["testers"] as? [[String: Any]])
        #expect(!rows.isEmpty)
        let keys: Set = ["tester", "scenario", "runs", "leniency", "shop_leniency", "flagged", "q", "notes_share",
                         "barriers_share"]
        for row in rows {
            #expect(Set(row.keys) == keys)
            #expect(row["tester"] is String && row["scenario"] is String && row["runs"] is Int)
            for name in ["leniency", "shop_leniency"] {
                let l = try #require(row[name] as? [String: Any])
                #expect(Set(l.keys) == ["mean", "low", "high", "n"])
                #expect(l["n"] is Int)
            }
            let flagged = row["flagged"]
            #expect(flagged is NSNull || ["higher", "lower"].contains(flagged as? String))
            #expect(row["q"] is NSNull || row["q"] is Double || row["q"] is Int)
        }
        // The keys come in the documented order.
        let first = try #require(result.stdout.range(of: "\"tester\""))
        let last = try #require(result.stdout.range(of: "\"barriers_share\""))
        #expect(first.lowerBound < last.lowerBound)
    }

    @Test func csvHasOneRowPerTesterAndScenario() throws {
        let json = try ShopperProcess.run(["testers", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["testers"] as? [[String: Any]])
        let csv = try ShopperProcess.run(["testers", "--format", "csv"])
        #expect(csv.status == 0)
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first == "tester,scenario,runs,leniency,leniency_low,leniency_high,leniency_n,shop_leniency,shop_leniency_low,shop_leniency_high,shop_leniency_n,flagged,q,notes_share,barriers_share")
        #expect(lines.count == rows.count + 1)
    }

    @Test func markdownAndRussian() throws {
        let markdown = try ShopperProcess.run(["testers", "--format", "markdown"])
        #expect(markdown.status == 0)
        #expect(markdown.stdout.hasPrefix("# Tester calibration\n"))
        #expect(markdown.stdout.contains("| Tester | Runs |"))
        let russian = try ShopperProcess.run(["testers", "--lang", "ru"])
        #expect(russian.status == 0)
        #expect(russian.stdout.hasPrefix("Калибровка тестировщиков · "))
        #expect(russian.stdout.contains("Тестировщик"))
    }

    @Test func whereAndScenarioSelect() throws {
        let one = try ShopperProcess.run(["testers", "--format", "csv", "--where", "tester=eva-novak"])
        #expect(one.status == 0, "\(one.stderr)")
        let rows = one.stdout.split(separator: "\r\n").dropFirst()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.hasPrefix("Eva Novak,") })
        let scenario = try ShopperProcess.run(["testers", "--format", "csv", "--scenario", "bus-tickets-prague"])
        #expect(scenario.stdout.split(separator: "\r\n").dropFirst().allSatisfy { $0.contains(",bus-tickets-prague,") })
    }

    @Test func badInputIsAClearError() throws {
        let key = try ShopperProcess.run(["testers", "--where", "locaton=x"])
        #expect(key.status == 1)
        #expect(key.stdout.isEmpty)
        #expect(key.stderr.contains("error: --where: unknown key 'locaton'; did you mean 'location'?"))
        #expect(key.stderr.contains("known keys: tester, location"))
        let clause = try ShopperProcess.run(["testers", "--where", "tester"])
        #expect(clause.status == 1)
        #expect(clause.stderr.contains("error: --where: expects KEY=VALUE"))
        #expect(!clause.stderr.contains("--where: --where"))
        let format = try ShopperProcess.run(["testers", "--format", "html"])
        #expect(format.status == 64)
        #expect(format.stderr.contains("--format"))
        #expect(format.stderr.contains("text") && format.stderr.contains("json"))
        let alpha = try ShopperProcess.run(["testers", "--alpha", "2"])
        #expect(alpha.status == 64)
        #expect(alpha.stderr.contains("--alpha expects a level between 0 and 1"))
        let since = try ShopperProcess.run(["testers", "--since", "2026-13-01"])
        #expect(since.status == 64)
        #expect(since.stderr.contains("--since expects a date"))
        let scenario = try ShopperProcess.run(["testers", "--scenario", "nope"])
        #expect(scenario.status == 1)
        #expect(scenario.stderr.contains("no scenario or runs with id 'nope'"))
        let runs = try ShopperProcess.run(["testers", "--runs", "no/such/runs"])
        #expect(runs.status == 1)
        #expect(runs.stderr.contains("error: no runs folder 'no/such/runs'"))
    }

    @Test func writesToAFile() throws {
        let path = NSTemporaryDirectory() + "shopper-testers-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try ShopperProcess.run(["testers", "--format", "json", "-o", path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("wrote \(path)"))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"testers\": ["))
    }
}
