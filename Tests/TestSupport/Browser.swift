import Foundation

/// Headless Chromium driven by selenium, for the browser test of the HTML report
/// (`Tests/Browser/check_report.py`).
///
/// Needs Debian's `chromium` and `chromium-driver` (`scripts/browser-tools`) and selenium in
/// `.venv-test/` (`scripts/test-tools`) or the `python3` on the path. Tests that need them skip
/// with a note when something is missing, except when the `CI` environment variable is set: there
/// they must be present (`.ci/run` installs them).
public enum Browser {
    /// The python3 that can `import selenium`, if any.
    public static let python: String? = PythonProcess.find(importing: "selenium")

    /// The first of `names` found on the path.
    static func onPath(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            for name in names {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    public static let chromium = onPath(["chromium", "chromium-browser"])
    public static let driver = onPath(["chromedriver"])

    public static var isAvailable: Bool { python != nil && chromium != nil && driver != nil }
    /// In CI (`CI` set) a missing browser fails the test instead of skipping it.
    public static var isRequired: Bool { PyYAML.isRequired }
    public static var shouldRun: Bool { isAvailable || isRequired }
    public static let skipNote = "headless chromium, chromedriver or selenium not found (scripts/browser-tools, scripts/test-tools): the HTML report's browser test is skipped"

    /// What is missing, in words, for a failure message.
    public static var missing: String {
        [python == nil ? "selenium (python3 -c 'import selenium')" : nil,
         chromium == nil ? "chromium" : nil, driver == nil ? "chromedriver" : nil].compactMap { $0 }.joined(separator: ", ")
    }

    /// The checker script in the package.
    public static let script = PythonProcess.packageRoot.appendingPathComponent("Tests/Browser/check_report.py").path
}
