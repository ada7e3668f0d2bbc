import Foundation
import Testing
@testable import ShopperCore

@Suite struct AtomicFileTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aChainOfRelativeLinksIsFollowedToTheFile() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: "\(dir)/a/b", withIntermediateDirectories: true)
        try "old".write(toFile: "\(dir)/a/b/file", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/a/second", withDestinationPath: "b/file")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/first", withDestinationPath: "a/second")
        try AtomicFile.write("new", to: "\(dir)/first")
        #expect(try String(contentsOfFile: "\(dir)/a/b/file", encoding: .utf8) == "new")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(dir)/first") == "a/second")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(dir)/a/second") == "b/file")
    }

    @Test func aDanglingLinkCreatesTheFileItPointsTo() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/link", withDestinationPath: "target.txt")
        try AtomicFile.write("text", to: "\(dir)/link", makingFolders: false)
        #expect(try String(contentsOfFile: "\(dir)/target.txt", encoding: .utf8) == "text")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: "\(dir)/link") == "target.txt")
    }

    @Test func aLinkLoopIsAnErrorNamingThePathAskedFor() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/a", withDestinationPath: "b")
        try FileManager.default.createSymbolicLink(atPath: "\(dir)/b", withDestinationPath: "a")
        #expect(throws: AtomicFile.WriteError(path: "\(dir)/a", reason: "too many levels of symbolic links")) {
            try AtomicFile.write("x", to: "\(dir)/a")
        }
    }

    @Test func withoutMakingFoldersAMissingFolderIsAnError() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: AtomicFile.WriteError(path: "\(dir)/no/x", reason: "the folder \(dir)/no does not exist")) {
            try AtomicFile.write("x", to: "\(dir)/no/x", makingFolders: false)
        }
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/no"))
        try AtomicFile.write("x", to: "\(dir)/no/x")
        #expect(FileManager.default.fileExists(atPath: "\(dir)/no/x"))
    }
}
