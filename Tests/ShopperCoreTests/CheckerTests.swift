import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// `Checker` over files in a temporary workspace: scenario ids against file names, runs against
/// their scenario, folders with nothing to check.
@Suite struct CheckerTests {
    let root: String

    init() throws {
        root = try CheckerWorkspace.make("shopper-checker")
    }

    func cleanUp() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func messages(_ result: Checker.Result) -> [String] {
        result.problems.map { "\($0.diagnostic.mark): \($0.diagnostic.message)" }
    }

    @Test func theSampleScenarioOfTheseTestsIsClean() {
        defer { cleanUp() }
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        #expect(messages(checker.check(["\(root)/scenarios"])) == [])
    }

    // MARK: Scenario id and file name

    @Test func aCopyThatKeptTheIdIsAnErrorAtTheId() throws {
        defer { cleanUp() }
        let (text, m) = marked(RunScenarioCheckTests.scenarioText.replacingOccurrences(of: "scenario: trip", with: "scenario: 1️⃣trip"))
        try AtomicFile.write(text, to: "\(root)/scenarios/trip-copy.yaml")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let problems = checker.check(["\(root)/scenarios/trip-copy.yaml"]).problems
        #expect(problems.map(\.diagnostic.message)
            == ["scenario id 'trip' does not match the file name 'trip-copy.yaml'; rename the file or change the id"])
        #expect(problems.first?.diagnostic.mark == m["1️⃣"])
    }

    @Test func theLoaderRefusesAScenarioWhoseIdIsNotItsFileName() throws {
        defer { cleanUp() }
        try AtomicFile.write(RunScenarioCheckTests.scenarioText, to: "\(root)/scenarios/other.yml")
        let (scenario, problems) = ScenarioLoader.load("\(root)/scenarios/other.yml", scenariosFolder: "\(root)/scenarios")
        #expect(scenario == nil)
        #expect(problems.map(\.diagnostic.message)
            == ["scenario id 'trip' does not match the file name 'other.yml'; rename the file or change the id"])
        #expect(ScenarioLoader.load("\(root)/scenarios/trip.yaml", scenariosFolder: "\(root)/scenarios").0?.id == "trip")
    }

    @Test func aYmlFileNamedAfterItsIdIsFine() throws {
        defer { cleanUp() }
        try FileManager.default.moveItem(atPath: "\(root)/scenarios/trip.yaml", toPath: "\(root)/scenarios/trip.yml")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        #expect(messages(checker.check(["\(root)/scenarios"])) == [])
    }

    @Test func twoFilesWithOneIdInDifferentFoldersAreStillAnError() throws {
        defer { cleanUp() }
        try AtomicFile.write(RunScenarioCheckTests.scenarioText, to: "\(root)/scenarios/old/trip.yaml")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check(["\(root)/scenarios"])
        #expect(messages(result) == ["1:11: scenario id 'trip' is already used by \(root)/scenarios/old/trip.yaml:1:11"])
        #expect(result.problems.first?.path == "\(root)/scenarios/trip.yaml")
    }

    // MARK: Runs against their scenario

    /// A run of `trip` at `version` answering `csat` to a csat question; the marker is at the answer.
    @discardableResult
    func writeRun(version: Int, csat: Int) throws -> (path: String, answer: Mark) {
        let path = "\(root)/runs/trip/20261123T101500Z-anna.yaml"
        let (text, m) = marked(RunScenarioCheckTests.run(steps: """
              - {step: sdacha, touchpoint: till, stage: purchase, outcome: done, answers: {csat-q: 1️⃣\(csat)}}
            """, version: "scenario_version: \(version)"))
        try AtomicFile.write(text, to: path)
        return (path, m["1️⃣"]!)
    }

    @Test func aRunOfTheCurrentVersionIsComparedWithItsScenario() throws {
        defer { cleanUp() }
        let (path, answer) = try writeRun(version: 2, csat: 9)
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check([path])
        // The decoder and the comparison with the scenario both see it; it is said once.
        #expect(messages(result) == ["\(answer): answer 9 to 'csat-q' is outside 1 to 5"])
        #expect(result.files.map(\.kind) == [.run])
    }

    @Test func aRunOfAnOlderVersionIsNotCompared() throws {
        defer { cleanUp() }
        let path = try writeRun(version: 1, csat: 9).path
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        #expect(messages(checker.check([path])) == [])
    }

    @Test func surveyRatingsAreCheckedByNameWhenTheScenarioIsMissing() throws {
        defer { cleanUp() }
        let path = "\(root)/runs/trip/20261123T101500Z-anna.yaml"
        let (text, m) = marked(RunScenarioCheckTests.run(steps: "  - {step: sdacha, touchpoint: till, stage: purchase, outcome: done}",
                                                         survey: "{nps: 1️⃣11, ces: 2️⃣99}"))
        try AtomicFile.write(text, to: path)
        var elsewhere = Checker(scenariosFolder: "\(root)/nowhere")
        #expect(messages(elsewhere.check([path]))
            == ["\(m["1️⃣"]!): answer 11 to 'nps' is outside 0 to 10", "\(m["2️⃣"]!): answer 99 to 'ces' is outside 1 to 7"])
    }

    @Test func aRunWhoseScenarioIsMissingOrBrokenIsNotCompared() throws {
        defer { cleanUp() }
        let path = try writeRun(version: 2, csat: 9).path
        var elsewhere = Checker(scenariosFolder: "\(root)/nowhere")
        #expect(messages(elsewhere.check([path])) == [])
        try AtomicFile.write(RunScenarioCheckTests.scenarioText.replacingOccurrences(of: "title: Trip", with: "tilte: Trip"),
                             to: "\(root)/scenarios/trip.yaml")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        #expect(messages(checker.check([path])) == [])
    }

    // MARK: Folders

    @Test func aFolderGivenWithNoYAMLIsAnError() throws {
        defer { cleanUp() }
        let empty = "\(root)/x.yaml"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try AtomicFile.write("not yaml\n", to: "\(empty)/notes.txt")
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check([empty])
        #expect(result.problems.map(\.formatted) == ["\(empty):1:1: error: no *.yaml or *.yml files in this folder"])
        #expect(result.summary == "checked 0 files: 1 error in 1 file")
    }

    @Test func anEmptyDefaultFolderIsSkipped() throws {
        defer { cleanUp() }
        try FileManager.default.createDirectory(atPath: "\(root)/reports/runs", withIntermediateDirectories: true)
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check(["\(root)/scenarios", "\(root)/reports/runs"], defaults: true)
        #expect(result.problems.isEmpty)
        #expect(result.summary == "checked 2 files: no problems")
    }
}
