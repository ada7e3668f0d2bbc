import Foundation
import Testing

/// A few cases of the hostile-input campaign (`scripts/fuzz`, see docs/reliability.md) against the
/// built `shopper`, so the script and its judge keep working. The campaign itself (thousands of
/// cases) is run by hand; it is too slow for every test run.
@Suite struct FuzzSmokeTests {
    static let python: URL? = ["/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    @Test(.enabled(if: python != nil, "python3 is not installed: the fuzz smoke test is skipped"))
    func aFewFuzzCasesFindNoCrashHangOrInvalidJSON() throws {
        let process = Process()
        process.executableURL = Self.python
        process.arguments = [ShopperProcess.packageRoot.appendingPathComponent("scripts/fuzz").path,
                             "--cases", "4", "--jobs", "1", "--seed", "7", "--keep", "",
                             "--binary", ShopperProcess.executable.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("4 cases") && text.contains(": 0 findings"), "\(text)")
    }
}
