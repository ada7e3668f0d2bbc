import Foundation
import ShopperCore
import Testing

/// What the offer to resume reads of a long history: only one tester's files, and of those only
/// the ones that do not say they have ended.
@Suite struct RunStoreTesterFilesTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tester-files-\(UUID().uuidString)").path
    var store: RunStore { RunStore(root: root) }

    func write(_ name: String, _ text: String = "format: 1\n") throws -> String {
        let folder = "\(root)/bus-tickets"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = "\(folder)/\(name)"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func aTestersFilesAreFoundByTheSlugInTheirNamesOnly() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let mine = try ["20261123T101500Z-anna-petrova.yaml", "20261123T101500Z-anna-petrova-2.yaml",
                        "20261124T090000Z-anna-petrova.yml"].map { try write($0) }
        for other in ["20261123T101500Z-anna.yaml", "20261123T101500Z-anna-petrova-x.yaml",
                      "20261123T101500Z-anna-petrova-ivanova.yaml", ".20261123T101500Z-anna-petrova.yaml.1.tmp",
                      "20261123T101500Z-anna-petrova.lock", "notes-anna-petrova.yaml"] {
            _ = try write(other)
        }
        #expect(store.files(scenario: "bus-tickets", tester: "  Anna Petrova") == mine.sorted())
        #expect(store.files(scenario: "bus-tickets", tester: "ANNA PETROVA") == mine.sorted())
        #expect(store.files(scenario: "no-such-scenario", tester: "Anna Petrova").isEmpty)
        // A name made of what a slug drops falls back to `tester`, as run ids do.
        let fallback = try write("20261123T101500Z-tester.yaml")
        #expect(store.files(scenario: "bus-tickets", tester: "!!!") == [fallback])
    }

    @Test func onlyATopLevelStatusLineAsShopperWritesItSaysARunHasEnded() throws {
        defer { try? FileManager.default.removeItem(atPath: root) }
        let ended = try write("a.yaml", "format: 1\nstatus: completed\ncontext: {}\n")
        let abandoned = try write("b.yaml", "format: 1\r\nstatus: abandoned\r\n")
        let running = try write("c.yaml", "format: 1\nstatus: in-progress\n")
        // Inside a value the line is indented, and a quoted or commented form is left to the decoder.
        let note = try write("d.yaml", "status: in-progress\nsteps:\n  - note: |\n      status: completed\n")
        let quoted = try write("e.yaml", "format: 1\nstatus: \"completed\"\n")
        #expect(RunStore.saysEnded(path: ended))
        #expect(RunStore.saysEnded(path: abandoned))
        #expect(!RunStore.saysEnded(path: running))
        #expect(!RunStore.saysEnded(path: note))
        #expect(!RunStore.saysEnded(path: quoted))
        #expect(!RunStore.saysEnded(path: "\(root)/missing.yaml"))
    }
}
