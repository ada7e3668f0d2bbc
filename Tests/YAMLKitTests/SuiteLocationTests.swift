import Foundation
import Testing

@Suite struct SuiteLocationTests {
    let fallback = URL(fileURLWithPath: "/repo/../shared/yaml-test-suite")

    @Test func defaultsToSharedBesideTheRepository() {
        let location = SuiteLocation(environment: [:], defaultRoot: fallback, exists: { _ in true })
        #expect(location.root == fallback)
        #expect(SuiteLocation.defaultRoot.path.hasSuffix("/shared/yaml-test-suite"))
    }

    @Test func environmentVariableNamesTheFolder() {
        let location = SuiteLocation(environment: ["YAML_TEST_SUITE": "/data/suite"], defaultRoot: fallback,
                                     exists: { $0 == "/data/suite" })
        #expect(location.root.path == "/data/suite")
        #expect(location.shouldRun)
    }

    @Test func absentSuiteIsSkippedWithANoteNamingHowToEnableIt() {
        let location = SuiteLocation(environment: [:], defaultRoot: fallback, exists: { _ in false })
        #expect(!location.shouldRun)
        #expect(location.skipNote.contains("YAML_TEST_SUITE"))
        #expect(location.skipNote.contains(fallback.path))
    }

    @Test(arguments: ["true", "1", "yes"]) func absentSuiteRunsAndFailsUnderCI(ci: String) {
        let location = SuiteLocation(environment: ["CI": ci], defaultRoot: fallback, exists: { _ in false })
        #expect(location.shouldRun)
    }

    @Test(arguments: ["", "0", "false"]) func ciSetToFalseDoesNotRequireTheSuite(ci: String) {
        let location = SuiteLocation(environment: ["CI": ci], defaultRoot: fallback, exists: { _ in false })
        #expect(!location.shouldRun)
    }
}
