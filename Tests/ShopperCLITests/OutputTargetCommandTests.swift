import Foundation
import Testing

/// `-o/--output` of every command that has one: a link is written through, a FIFO, a device or a
/// folder is refused, and (for report and testers) a missing folder is an error, not made.
@Suite struct OutputTargetCommandTests {
    /// The commands whose `--output` files are reports: they run on the shipped sample data.
    static let reportCommands: [[String]] = [["report", "--format", "json"], ["testers", "--format", "json"],
                                             ["weekly", "--week", "2026-W48", "--format", "json"], ["touchpoints", "--format", "json"]]

    @Test(arguments: reportCommands + [["schema"]])
    func aSymbolicLinkIsWrittenThroughAndStaysALink(command: [String]) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("real"), withIntermediateDirectories: true)
        let real = dir.appendingPathComponent("real/out.json").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        let link = dir.appendingPathComponent("link.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/out.json")
        let result = try ShopperProcess.run(command + ["--output", link])
        #expect(result.status == 0, "\(command) \(result.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real/out.json")
        let written = try String(contentsOfFile: real, encoding: .utf8)
        #expect(written.hasPrefix("{"), "\(command)")
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        #expect(mode == 0o600, "\(command): a replaced file keeps its permissions")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("real").path)
        #expect(leftovers == ["out.json"])
    }

    @Test(arguments: reportCommands + [["schema"]])
    func aFIFOIsRefusedAndStaysAFIFO(command: [String]) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let result = try ShopperProcess.run(command + ["--output", fifo])
        #expect(result.status == 1, "\(command)")
        #expect(result.stderr.contains("error: --output: cannot write \(fifo): it is a FIFO (named pipe), not a regular file"),
                "\(command) \(result.stderr)")
        #expect(!result.stderr.contains("wrote") && !result.stdout.contains("wrote"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && (info.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["pipe"])
    }

    @Test(arguments: reportCommands)
    func aDeviceBehindALinkIsRefused(command: [String]) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("null.json").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        let result = try ShopperProcess.run(command + ["-o", link])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --output: cannot write \(link): it is a character device (\(link) links to /dev/null)"),
                "\(result.stderr)")
        #expect(!result.stderr.contains("wrote"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
    }

    @Test(arguments: reportCommands)
    func aFolderIsRefused(command: [String]) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = try ShopperProcess.run(command + ["--output", dir.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --output: cannot write \(dir.path): a folder of that name is in the way"), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote"))
    }

    @Test(arguments: reportCommands)
    func aMissingFolderIsAnErrorAndIsNotMade(command: [String]) throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = dir.appendingPathComponent("missing")
        let path = missing.appendingPathComponent("out.json").path
        let result = try ShopperProcess.run(command + ["--output", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: --output: cannot write \(path): the folder \(missing.path) does not exist"), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote"))
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func schemaStillMakesItsFolder() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("schema/scenario.schema.json").path
        let result = try ShopperProcess.run(["schema", "--output", path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
