import Foundation
import Testing

/// `--where KEY=VALUE` on `report`, `runs` and `touchpoints`, over the shipped sample history
/// and its locations registry.
@Suite(.serialized) struct WhereCommandTests {
    /// The sample run files whose text has every one of `lines` (e.g. `"  location: ostrava"`),
    /// counted straight from the files.
    static func sampleFiles(with lines: [String]) throws -> [String] {
        let root = ShopperProcess.packageRoot.appendingPathComponent("reports/runs")
        var found: [String] = []
        for scenario in try FileManager.default.contentsOfDirectory(atPath: root.path) {
            let folder = root.appendingPathComponent(scenario)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let fileLines = Set(text.split(separator: "\n").map(String.init))
                if lines.allSatisfy(fileLines.contains) { found.append(String(name.dropLast(".yaml".count))) }
            }
        }
        return found.sorted()
    }

    /// The run ids `shopper runs` lists (first word of each row).
    static func listedIDs(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").dropFirst().dropLast().compactMap { $0.split(separator: " ").first.map(String.init) }.sorted()
    }

    @Test func runsKeepsOnlyTheRunsOfALocationAndShowsIt() throws {
        let result = try ShopperProcess.run(["runs", "--where", "location=ostrava"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try Self.sampleFiles(with: ["  location: ostrava"])
        #expect(!expected.isEmpty)
        #expect(Self.listedIDs(result.stdout) == expected)
        #expect(result.stdout.split(separator: "\n").first?.hasSuffix("location") == true)
        for row in result.stdout.split(separator: "\n").dropFirst().dropLast() { #expect(row.hasSuffix(" ostrava")) }
        #expect(result.stdout.hasSuffix("\(expected.count) runs\n"))
    }

    @Test func aRegistryFieldIsReachedThroughTheLocation() throws {
        // Czechia: prague, brno, plzen and ostrava in scenarios/locations.yaml (and in the sample).
        let result = try ShopperProcess.run(["runs", "--where", "region=Czechia"])
        #expect(result.status == 0, "\(result.stderr)")
        var expected: [String] = []
        for id in ["prague", "brno", "plzen", "ostrava"] { expected += try Self.sampleFiles(with: ["  location: \(id)"]) }
        #expect(Self.listedIDs(result.stdout) == expected.sorted())
        let german = try ShopperProcess.run(["runs", "--where", "region=Germany", "--where", "tag=flagship"])
        #expect(Self.listedIDs(german.stdout) == (try Self.sampleFiles(with: ["  location: berlin"])))
    }

    @Test func everyRunIdListedIsOneShowOpens() throws {
        let result = try ShopperProcess.run(["runs", "--where", "location=plzen", "--where", "app_version=5.2.0"])
        let ids = Self.listedIDs(result.stdout)
        #expect(ids == (try Self.sampleFiles(with: ["  location: plzen", "  app_version: 5.2.0"])))
        let first = try #require(ids.first)
        let show = try ShopperProcess.run(["show", first])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains(first))
    }

    @Test func reportCountsOnlyTheRunsOfAnAppVersion() throws {
        let result = try ShopperProcess.run(["report", "--where", "app_version=5.2.0", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // Counted runs: completed and abandoned ones, not the run still in progress.
        let expected = try Self.sampleFiles(with: ["  app_version: 5.2.0"]).count
            - (try Self.sampleFiles(with: ["  app_version: 5.2.0", "status: in-progress"]).count)
        #expect(object["runs_counted"] as? Int == expected)
        #expect(expected > 10)
        let all = try ShopperProcess.run(["report", "--format", "json"])
        let unfiltered = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        #expect((unfiltered["runs_counted"] as? Int ?? 0) > expected)
    }

    /// The latest period of the bus scenario's report over the runs `clauses` keep.
    static func november(_ clauses: [String]) throws -> [String: Any] {
        let result = try ShopperProcess.run(["report", "--scenario", "bus-tickets-prague", "--format", "json"]
            + clauses.flatMap { ["--where", $0] })
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenario = try #require((object["scenarios"] as? [[String: Any]])?.first)
        let period = try #require((scenario["periods"] as? [[String: Any]])?.last)
        #expect(period["period"] as? String == "2026-11")
        return period
    }

    static func shop(_ period: [String: Any]) -> Double { (period["shop"] as? [String: Any])?["mean"] as? Double ?? .nan }

    @Test func theSampleHistoryTellsItsLocationAndAppVersionStories() throws {
        // ostrava and plzen slipped in November: a lower shop score than each other location.
        let weak = try ["ostrava", "plzen"].map { Self.shop(try Self.november(["location=\($0)"])) }
        for other in ["prague", "brno", "berlin", "dresden"] {
            let score = Self.shop(try Self.november(["location=\(other)"]))
            for w in weak { #expect(w < score - 0.05, "\(other): \(score) against \(w)") }
        }
        // App 5.2.0 broke paying: its November payment step is slower than on 5.1.4 the same month.
        func paymentTime(_ period: [String: Any]) -> Double {
            let steps = period["steps"] as? [[String: Any]] ?? []
            let payment = steps.first { $0["step"] as? String == "payment" }
            return (payment?["time"] as? [String: Any])?["geomean"] as? Double ?? .nan
        }
        let new = paymentTime(try Self.november(["app_version=5.2.0"]))
        let old = paymentTime(try Self.november(["app_version=5.1.4"]))
        #expect(new > 1.5 * old, "5.2.0 \(new) s against 5.1.4 \(old) s")
    }

    @Test func touchpointsAcceptWhere() throws {
        let all = try ShopperProcess.run(["touchpoints"])
        let some = try ShopperProcess.run(["touchpoints", "--where", "tester=eva-novak", "--where", "region=Germany"])
        #expect(some.status == 0, "\(some.stderr)")
        #expect(!some.stdout.isEmpty)
        #expect(some.stdout != all.stdout)
    }

    @Test(arguments: ["report", "runs", "touchpoints"])
    func badClausesAreErrorsThatSayWhatIsKnown(_ command: String) throws {
        let unknownKey = try ShopperProcess.run([command, "--where", "regon=Czechia"])
        #expect(unknownKey.status == 1)
        #expect(unknownKey.stdout.isEmpty)
        #expect(unknownKey.stderr.contains("error: --where: unknown key 'regon'; did you mean 'region'? known keys: tester, location,"))
        let malformed = try ShopperProcess.run([command, "--where", "Czechia"])
        #expect(malformed.status == 1)
        #expect(malformed.stderr.contains("error: --where: expects KEY=VALUE such as location=berlin or tester=anna, found 'Czechia'"))
        #expect(!malformed.stderr.contains("--where: --where"))
        let emptyValue = try ShopperProcess.run([command, "--where", "region="])
        #expect(emptyValue.status == 1)
        let unknownValue = try ShopperProcess.run([command, "--where", "region=Czechi"])
        #expect(unknownValue.status == 1)
        #expect(unknownValue.stderr.contains("error: --where: no region 'Czechi' in the locations registry; did you mean 'Czechia'?"))
        let unknownLocation = try ShopperProcess.run([command, "--where", "location=ostava"])
        #expect(unknownLocation.status == 1)
        #expect(unknownLocation.stderr.contains("did you mean 'ostrava'?"))
    }

    @Test func aValueNoRunHasIsNotedWithTheValuesSeen() throws {
        let result = try ShopperProcess.run(["runs", "--where", "app_version=5.2"])
        #expect(result.status == 0)
        #expect(result.stdout == "No runs match.\n")
        #expect(result.stderr.contains("note: --where app_version=5.2 matches no run; values seen: '5.1.4', '5.2.0'"))
        let tester = try ShopperProcess.run(["report", "--where", "tester=Eva Nowak"])
        #expect(tester.status == 0)
        #expect(tester.stderr.contains("note: --where tester=Eva Nowak matches no run; values seen: "))
        #expect(tester.stderr.contains("'Eva Novak'"))
        // A value some run has: no note.
        #expect(!(try ShopperProcess.run(["runs", "--where", "app_version=5.2.0"])).stderr.contains("note:"))
    }

    @Test func aRegistryFieldWithoutARegistryIsAnError() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scenarios = dir.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: scenarios, withIntermediateDirectories: true)
        for name in ["touchpoints.yaml", "bus-tickets-prague.yaml"] {
            try FileManager.default.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios/\(name)"),
                                             to: scenarios.appendingPathComponent(name))
        }
        let result = try ShopperProcess.run(["runs", "--where", "region=Czechia"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --where: 'region' is a field of the locations registry, and there is none"))
        // Without the registry a location is free text: any value is accepted.
        let free = try ShopperProcess.run(["runs", "--where", "location=Somewhere"], in: dir)
        #expect(free.status == 0, "\(free.stderr)")
    }

    /// With both options given, a bad key is named after the option it came with.
    @Test func aBadSegmentKeyBesideAGoodClauseIsNamedAfterItsOption() throws {
        let result = try ShopperProcess.run(["report", "--where", "location=prague", "--by-segment", "regoin"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: --by-segment: unknown key 'regoin'; did you mean 'region'?"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test func aRepeatedKeyKeepsTheRunsOfAnyOfItsValues() throws {
        let result = try ShopperProcess.run(["runs", "--where", "location=berlin", "--where", "location=plzen"])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try (Self.sampleFiles(with: ["  location: berlin"]) + Self.sampleFiles(with: ["  location: plzen"])).sorted()
        #expect(!expected.isEmpty)
        #expect(Self.listedIDs(result.stdout) == expected)
    }

    @Test func clausesThatTogetherKeepNoRunAreNoted() throws {
        #expect(try !Self.sampleFiles(with: ["  location: plzen"]).isEmpty)
        // Plzeň is in Czechia (scenarios/locations.yaml): with region=Germany no run is left.
        let result = try ShopperProcess.run(["runs", "--where", "location=plzen", "--where", "region=Germany"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: no run matches --where location=plzen and region=Germany (a key given more than once "
            + "matches any of its values; different keys must all hold)"), "\(result.stderr)")
        #expect(result.stdout == "No runs match.\n")
    }

    @Test(arguments: [[""], ["  "], ["anna", ""]])
    func anEmptyOwnerIsAnError(owners: [String]) throws {
        let result = try ShopperProcess.run(["touchpoints"] + owners.flatMap { ["--owner", $0] })
        #expect(result.status == 1)
        #expect(result.stderr == "error: --owner: an empty text matches no owner; give part of an owner's name, such as --owner anna\n")
        #expect(result.stdout.isEmpty)
    }
}
