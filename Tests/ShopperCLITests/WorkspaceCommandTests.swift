import Foundation
import ShopperCore
import Testing

/// What a new user meets in a fresh or half-made workspace (issue 7, items 10, 16, 17, 19, 20).
@Suite struct WorkspaceCommandTests {
    let folder: URL

    init() throws {
        folder = try ShopperProcess.temporaryFolder()
    }

    func shopper(_ arguments: [String], environment: [String: String] = [:]) throws -> ShopperProcess.Result {
        try ShopperProcess.run(arguments, in: folder, environment: environment)
    }

    func makeScenarios() throws {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        try Fixtures.touchpoints.write(to: folder.appendingPathComponent("scenarios/touchpoints.yaml"), atomically: true, encoding: .utf8)
        try Fixtures.scenario.write(to: folder.appendingPathComponent("scenarios/order-online.yaml"), atomically: true, encoding: .utf8)
    }

    // MARK: Item 19: empty workspaces

    @Test func checkInAFolderWithNothingToCheckSaysSoAndFails() throws {
        let result = try shopper(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("nothing to check"))
        #expect(!result.stdout.contains("no problems"))
    }

    @Test func aWorkspaceWithScenariosButNoRunsYetReportsThatThereAreNone() throws {
        try makeScenarios()
        for command in ["report", "runs", "touchpoints"] {
            let result = try shopper([command])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(result.stderr.contains("no runs yet"), "\(command)")
            #expect(!result.stderr.contains("error"), "\(command)")
        }
        #expect(try shopper(["runs"]).stdout.contains("No runs yet"))
        // The touchpoints still list the registry.
        let touchpoints = try shopper(["touchpoints"]).stdout
        #expect(touchpoints.contains("web-search") && touchpoints.contains("web-checkout"))
        // A --runs folder named explicitly that is not there stays an error (a typo must not pass a gate).
        let typo = try shopper(["report", "--runs", "reports/rusn"])
        #expect(typo.status == 1 && typo.stderr.contains("no runs folder"))
    }

    @Test func anUnknownTouchpointNamesTheRegistryFile() throws {
        try makeScenarios()
        let broken = Fixtures.scenario.replacingOccurrences(of: "touchpoint: web-search", with: "touchpoint: web-serch")
        try broken.write(to: folder.appendingPathComponent("scenarios/order-online.yaml"), atomically: true, encoding: .utf8)
        let result = try shopper(["check"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown touchpoint 'web-serch' in step 'find'; did you mean 'web-search'? (touchpoints are the ids in scenarios/touchpoints.yaml)"))
        let far = Fixtures.scenario.replacingOccurrences(of: "touchpoint: web-search", with: "touchpoint: shop-floor")
        try far.write(to: folder.appendingPathComponent("scenarios/order-online.yaml"), atomically: true, encoding: .utf8)
        let farResult = try shopper(["check"])
        #expect(farResult.stderr.contains("unknown touchpoint 'shop-floor' in step 'find'; it is not in scenarios/touchpoints.yaml (the nearest id there is 'web-search'): add it there or use one of its ids"), "\(farResult.stderr)")
    }

    @Test func aTabAndAnUnquotedColonGetHints() throws {
        try makeScenarios()
        let tab = Fixtures.scenario.replacingOccurrences(of: "\n  - id: pay", with: "\n\t- id: pay")
        try tab.write(to: folder.appendingPathComponent("tab.yaml"), atomically: true, encoding: .utf8)
        let colon = Fixtures.scenario.replacingOccurrences(of: "    target: 1m\n", with: "    target: 1m\n    expect:\n      - Price: shown clearly\n")
            .replacingOccurrences(of: "scenario: order-online", with: "scenario: colon")
        try colon.write(to: folder.appendingPathComponent("scenarios/colon.yaml"), atomically: true, encoding: .utf8)
        let result = try shopper(["check", "tab.yaml", "scenarios/colon.yaml"])
        #expect(result.stderr.contains("tab.yaml:"))
        #expect(result.stderr.contains("use spaces") || result.stderr.contains("replace the tab with spaces"))
        #expect(result.stderr.contains(#"text containing ': ' must be quoted: "Price: shown clearly""#))
    }

    // MARK: Item 20: shopper new

    @Test func newWritesTheSchemaModelineAndTheSchemaItPointsAt() throws {
        let result = try shopper(["new", "trip"])
        #expect(result.status == 0, "\(result.stderr)")
        let text = try String(contentsOf: folder.appendingPathComponent("scenarios/trip.yaml"), encoding: .utf8)
        #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/scenario.schema.json\n"))
        #expect(!text.contains("docs/"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("schema/scenario.schema.json").path))
        #expect(try shopper(["check"]).status == 0)
    }

    // MARK: Item 10: practice runs

    @Test func aPracticeRunIsWrittenToATemporaryFolderItNames() throws {
        try makeScenarios()
        let result = try ShopperProcess.run(["run", "order-online", "--practice", "--tester", "Cy", "--context", "device=x", "--plain"],
                                            in: folder, input: "\n\nq\n")
        #expect(result.status == 0, "\(result.stderr)")
        let said = try #require(result.stderr.split(separator: "\n").first { $0.hasPrefix("practice run: saved in ") })
        let practice = String(said.dropFirst("practice run: saved in ".count).prefix { $0 != "," })
        defer { try? FileManager.default.removeItem(atPath: practice) }
        #expect(RunStore(root: practice).files(scenario: "order-online").count == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("reports/runs").path))
        #expect(result.stdout.contains("--runs \(practice)"), "the resume command must name the practice folder")
    }

    // MARK: Items 16 and 17: width and run ids

    @Test func touchpointsUseTheTerminalWidthFromCOLUMNS() throws {
        let wide = try ShopperProcess.run(["touchpoints"], environment: ["COLUMNS": "160"])
        #expect(wide.stdout.contains("Payments lead, E-commerce team"))
        #expect(!wide.stdout.contains("…"))
        let report = try ShopperProcess.run(["report"], environment: ["COLUMNS": "160"])
        #expect(report.stdout.contains("Payments lead, E-commerce team"))
        let narrow = try ShopperProcess.run(["touchpoints"], environment: ["COLUMNS": "80"])
        for line in narrow.stdout.split(separator: "\n") { #expect(DisplayWidth.width(of: String(line)) <= 80, "\(line)") }
    }

    @Test func runsShowIdsThatShowAcceptsWholeOrByUniquePrefixOrTesterAndDate() throws {
        let list = try ShopperProcess.run(["runs", "--tester", "Ben Okafor"], environment: ["COLUMNS": "80"])
        let id = try #require(list.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first.map(String.init))
        #expect(RunID.isValid(id))
        let whole = try ShopperProcess.run(["show", id])
        #expect(whole.status == 0 && whole.stdout.contains(id))
        let prefix = try ShopperProcess.run(["show", String(id.prefix(15))])
        if prefix.status == 0 { #expect(prefix.stdout.contains(id)) } else { #expect(prefix.stderr.contains(id)) }
        let day = "\(id.prefix(4))-\(id.dropFirst(4).prefix(2))-\(id.dropFirst(6).prefix(2))"
        let byName = try ShopperProcess.run(["show", "Ben Okafor \(day)"])
        #expect(byName.stdout.contains(id) || byName.stderr.contains(id))
        let ambiguous = try ShopperProcess.run(["show", "2026"])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("fits") && ambiguous.stderr.contains(id.prefix(4)))
    }
}
