import Foundation
import Testing

/// `shopper run --tester NAME`: a name with a control character is refused before anything starts.
@Suite struct TesterNameCommandTests {
    @Test(arguments: [("Eve\nstatus: completed", "a newline (U+000A)"), ("\u{1B}[31mRed", "an escape (U+001B)"),
                      ("Eve\u{9B}2J", "a control character (U+009B)")])
    func aTesterNameWithAControlCharacterIsAnError(name: String, described: String) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ShopperProcess.run(["run", "bus-tickets-prague", "--plain", "--tester", name,
                                             "--runs", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --tester: the name contains \(described); a name is one line of printable text\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// `--context KEY=VALUE` with a control character in the value is refused the same way.
    @Test func aContextValueWithAControlCharacterIsAnError() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ShopperProcess.run(["run", "bus-tickets-prague", "--plain", "--tester", "Eve",
                                             "--context", "app_version=5.2\u{1B}[2J", "--runs", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --context: the value of 'app_version' contains an escape (U+001B); "
                + "a context value is one line of printable text\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }
}
