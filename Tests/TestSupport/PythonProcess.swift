import Foundation

/// Runs a Python interpreter for the tests that check shopper against Python's libraries (PyYAML,
/// jsonschema), feeding standard input and draining both pipes at once so a full pipe cannot
/// deadlock.
public enum PythonProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// The package's root folder, found from this file's location.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The first python that can run `import MODULES`: the one in `.venv-test/` at the package
    /// root (`scripts/test-tools` makes it), else the `python3` on the path; nil when neither can.
    public static func find(importing modules: String) -> String? {
        let venv = packageRoot.appendingPathComponent(".venv-test/bin/python3").path
        let candidates = FileManager.default.isExecutableFile(atPath: venv) ? [venv, "python3"] : ["python3"]
        return candidates.first { candidate in
            (try? run(candidate, ["-c", "import \(modules)"], input: nil))?.status == 0
        }
    }

    /// Runs `python ARGUMENTS` (`python3` is looked up on the path) with `input` on standard input.
    public static func run(_ python: String, _ arguments: [String], input: String?) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python == "python3" ? "/usr/bin/env" : python)
        process.arguments = (python == "python3" ? ["python3"] : []) + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) {
            errData = stderr.fileHandleForReading.readDataToEndOfFile()
        }
        DispatchQueue.global().async(group: group) {
            if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
            try? stdin.fileHandleForWriting.close()
        }
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
