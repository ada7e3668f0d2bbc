import Foundation

/// Where the YAML test suite is and whether its tests run: `$YAML_TEST_SUITE`, by default
/// `../shared/yaml-test-suite` beside the repository. Absent, its tests are skipped with a note,
/// unless `CI` is set (to anything but empty, `0` or `false`): then they run and fail, so CI keeps
/// running them.
struct SuiteLocation: Equatable {
    var root: URL
    var isPresent: Bool
    var isCI: Bool

    static let current = SuiteLocation(environment: ProcessInfo.processInfo.environment,
                                       exists: { FileManager.default.fileExists(atPath: $0) })

    /// `../shared/yaml-test-suite` from the repository root (this file is Tests/YAMLKitTests/…).
    static var defaultRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")
    }

    init(environment: [String: String], defaultRoot: URL = SuiteLocation.defaultRoot, exists: (String) -> Bool) {
        if let path = environment["YAML_TEST_SUITE"], !path.isEmpty {
            root = URL(fileURLWithPath: path)
        } else {
            root = defaultRoot
        }
        // A folder that is there but holds no suite makes the tests fail (suiteIsPresent says where).
        isPresent = exists(root.path)
        let ci = environment["CI"]?.lowercased() ?? ""
        isCI = !["", "0", "false", "no"].contains(ci)
    }

    var shouldRun: Bool { isPresent || isCI }

    var skipNote: String {
        "YAML test suite not found at \(root.path); to run these tests, clone https://github.com/yaml/yaml-test-suite "
            + "(its data branch) there or set YAML_TEST_SUITE to its folder (with CI set they are required)"
    }
}
