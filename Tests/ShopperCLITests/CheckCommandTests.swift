import Foundation
import Testing

@Suite(.serialized) struct CheckCommandTests {
    @Test func samplesPass() throws {
        let result = try ShopperProcess.run(["check", "scenarios"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("no problems"))
    }

    func checkFile(_ content: [UInt8], name: String = "broken.yaml") throws -> ShopperProcess.Result {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(content).write(to: dir.appendingPathComponent(name))
        try Data("touchpoints:\n  - {id: web, name: Web, channel: web, stage: purchase, owner: A, importance: {customer: 3, business: 3}}\n".utf8)
            .write(to: dir.appendingPathComponent("touchpoints.yaml"))
        return try ShopperProcess.run(["check", name], in: dir)
    }

    /// Every line of stderr but the summary has the `PATH:LINE:COLUMN: error|note: ` shape.
    func expectPositioned(_ result: ShopperProcess.Result, path: String = "broken.yaml") {
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count >= 2, "\(result.stderr)")
        for line in lines.dropLast() {
            #expect(line.range(of: #"^[^:]+:\d+:\d+: (error|note): .+"#, options: .regularExpression) != nil, "\(line)")
        }
        #expect(lines.last?.hasPrefix("checked 1 file:") == true)
        #expect(!result.stderr.contains("Fatal error"))
    }

    @Test func brokenScenarioListsEveryError() throws {
        let text = """
        scenario: Bad
        title: t
        language: en
        brief: b
        steps:
          - id: a
            tilte: x
            do: y
            touchpoint: wbe
            stage: purchase
        """
        let result = try checkFile(Array(text.utf8))
        expectPositioned(result)
        #expect(result.stderr.contains("broken.yaml:1:11: error: 'scenario' must be a lowercase slug"))
        #expect(result.stderr.contains("broken.yaml:7:5: error: unknown key 'tilte' in step 'a'; did you mean 'title'?"))
        #expect(result.stderr.contains("broken.yaml:9:17: error: unknown touchpoint 'wbe' in step 'a'; did you mean 'web'?"))
    }

    static let hostile: [String: [UInt8]] = {
        var cases: [String: [UInt8]] = [:]
        cases["broken YAML"] = Array("scenario: [unclosed\n".utf8)
        cases["wrong top level"] = Array("- a\n- b\n".utf8)
        cases["unknown kind"] = Array("name: x\n".utf8)
        cases["empty"] = []
        cases["binary"] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0xFF]
        cases["invalid UTF-8"] = Array("scenario: caf".utf8) + [0xE9] + Array("\n".utf8)
        cases["duplicate keys"] = Array("scenario: a\nscenario: b\n".utf8)
        cases["tab indentation"] = Array("scenario: a\nsteps:\n\t- id: x\n".utf8)
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        cases["deep nesting"] = Array(deep.utf8)
        cases["alias bomb"] = Array(aliasBomb.utf8)
        return cases
    }()

    @Test(arguments: hostile.keys.sorted())
    func hostileInputGetsPositionedErrors(name: String) throws {
        expectPositioned(try checkFile(Self.hostile[name]!))
    }

    static let aliasBomb: String = {
        var text = "scenario: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...10 { text += "a\(i): &a\(i) [\(Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", "))]\n" }
        return text
    }()

    @Test func aFIFOIsRefusedNotWaitedOn() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("pipe.yaml").path, 0o600) == 0)
        let result = try ShopperProcess.run(["check", "."], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("./pipe.yaml:1:1: error: not a regular file"))
    }

    @Test func aPathGivenTwiceIsCheckedOnce() throws {
        let result = try ShopperProcess.run(["check", "scenarios/touchpoints.yaml", "scenarios/touchpoints.yaml", "scenarios"])
        #expect(result.status == 0)
        let count = try FileManager.default.contentsOfDirectory(atPath: ShopperProcess.packageRoot.appendingPathComponent("scenarios").path)
            .filter { $0.hasSuffix(".yaml") }.count
        #expect(result.stdout.contains("checked \(count) files: no problems"))
    }

    /// A temporary workspace with the sample registry and `bus-tickets-prague.yaml` in `scenarios/`.
    func sampleWorkspace() throws -> URL {
        let dir = try ShopperProcess.temporaryFolder()
        let samples = ShopperProcess.packageRoot.appendingPathComponent("scenarios")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        for name in ["touchpoints.yaml", "bus-tickets-prague.yaml"] {
            try FileManager.default.copyItem(at: samples.appendingPathComponent(name),
                                             to: dir.appendingPathComponent("scenarios/\(name)"))
        }
        return dir
    }

    @Test func aCopiedScenarioThatKeptTheIdIsAnError() throws {
        let dir = try sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: dir.appendingPathComponent("scenarios/bus-tickets-prague.yaml"),
                                         to: dir.appendingPathComponent("scenarios/copy.yaml"))
        let result = try ShopperProcess.run(["check", "scenarios"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("scenarios/copy.yaml:2:11: error: scenario id 'bus-tickets-prague' does not match the file name 'copy.yaml'; rename the file or change the id"),
                "\(result.stderr)")
        // `run` refuses it too, rather than mixing its runs with the original's.
        let run = try ShopperProcess.run(["run", "copy", "--tester", "Ann"], in: dir, input: "")
        #expect(run.status == 1)
        #expect(run.stderr.contains("does not match the file name 'copy.yaml'"), "\(run.stderr)")
    }

    @Test func twoScenariosWithOneIdInDifferentFoldersAreAnError() throws {
        let dir = try sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("scenarios/old"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("scenarios/bus-tickets-prague.yaml"),
                                         to: dir.appendingPathComponent("scenarios/old/bus-tickets-prague.yaml"))
        let result = try ShopperProcess.run(["check", "scenarios"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("scenarios/old/bus-tickets-prague.yaml:2:11: error: scenario id 'bus-tickets-prague' is already used by scenarios/bus-tickets-prague.yaml:2:11"),
                "\(result.stderr)")
    }

    @Test func aRunIsComparedWithItsScenario() throws {
        let dir = try sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let runs = dir.appendingPathComponent("reports/runs/bus-tickets-prague")
        try FileManager.default.createDirectory(at: runs, withIntermediateDirectories: true)
        let run = """
        format: 1
        run: 20261123T101500Z-anna
        scenario: bus-tickets-prague
        scenario_version: 1
        tester: Anna
        started: 2026-11-23T10:15:00Z
        status: in-progress
        steps:
          - {step: serach, touchpoint: bus-app-search, stage: consideration, outcome: started}

        """
        try run.write(to: runs.appendingPathComponent("20261123T101500Z-anna.yaml"), atomically: true, encoding: .utf8)
        let result = try ShopperProcess.run(["check"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("reports/runs/bus-tickets-prague/20261123T101500Z-anna.yaml:9:12: error: step 'serach' is not in scenario 'bus-tickets-prague'; did you mean 'search'?"),
                "\(result.stderr)")
        // A run of another version of the scenario is not compared with this one.
        try run.replacingOccurrences(of: "scenario_version: 1", with: "scenario_version: 7")
            .write(to: runs.appendingPathComponent("20261123T101500Z-anna.yaml"), atomically: true, encoding: .utf8)
        #expect(try ShopperProcess.run(["check"], in: dir).status == 0)
    }

    @Test func aFolderGivenWithNoYAMLIsAnErrorButAMissingDefaultIsNot() throws {
        let dir = try sampleWorkspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("x.yaml"), withIntermediateDirectories: true)
        let given = try ShopperProcess.run(["check", "x.yaml"], in: dir)
        #expect(given.status == 1)
        #expect(given.stderr == "x.yaml:1:1: error: no *.yaml or *.yml files in this folder\nchecked 0 files: 1 error in 1 file\n")
        // No arguments: scenarios/ and reports/runs/, which a fresh workspace does not have yet.
        let defaults = try ShopperProcess.run(["check"], in: dir)
        #expect(defaults.status == 0, "\(defaults.stderr)")
        #expect(defaults.stdout == "checked 2 files: no problems\n")
    }

    @Test func textFromTheFileCannotReachTheTerminalAsEscapes() throws {
        let text = "scenario: x\n\"\\e]0;PWNED\\a\\e[2Jkey\": 1\n"
        let result = try checkFile(Array(text.utf8))
        #expect(result.status == 1)
        #expect(result.stderr.contains("unknown key '"))
        #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{07}"))
    }

    @Test func aDuplicateKeyDoesNotHideTheOtherErrors() throws {
        let text = """
        scenario: broken
        title: a
        language: en
        title: b
        brief: x
        steps:
          - id: s
            tilte: x
            title: y
            do: z
            touchpoint: web
            stage: purchse
        """
        let result = try checkFile(Array(text.utf8))
        expectPositioned(result)
        #expect(result.stderr.contains("broken.yaml:4:1: error: duplicate key 'title'"))
        #expect(result.stderr.contains("broken.yaml:8:5: error: unknown key 'tilte'"))
        #expect(result.stderr.contains("broken.yaml:12:12: error: 'stage' must be one of"))
    }

    @Test func missingPathIsAnError() throws {
        let result = try ShopperProcess.run(["check", "no/such/place"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/place:1:1: error: no such file or folder"))
    }

    @Test func runFileNameMustMatchItsId() throws {
        let run = """
        format: 1
        run: 20261123T101500Z-anna
        scenario: x
        tester: Anna
        started: 2026-11-23T10:15:00Z
        status: in-progress
        steps: []
        """
        let result = try checkFile(Array(run.utf8), name: "20261123T101500Z-boris.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("20261123T101500Z-boris.yaml:2:6: error: run id '20261123T101500Z-anna' does not match the file name"))
    }
}
