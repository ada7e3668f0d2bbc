import Foundation
import ShopperCore
import Testing

/// `shopper touchpoints import` on a copy of the shipped samples: touchpoints.yaml (with its
/// comments) is never rewritten, `check` stays clean, errors write nothing.
@Suite struct TouchpointsImportCommandTests {
    static func workspace() throws -> URL {
        let dir = try ShopperProcess.temporaryFolder()
        try FileManager.default.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios"),
                                         to: dir.appendingPathComponent("scenarios"))
        return dir
    }

    static let sheet = "\u{FEFF}name;channel;stage;owner;customer;business;team\r\n"
        + "Витрина магазина;store;awareness;\"Мерчандайзер; ТЦ\";4;3;6,5\r\n\r\n"
        + "\"Автоответчик \"\"после часов\"\"\";phone;retention;;3;4;\r\n"

    @Test func importAddsAFileAndLeavesTheRegistryByteForByte() throws {
        let dir = try Self.workspace()
        let registry = dir.appendingPathComponent("scenarios/touchpoints.yaml")
        let before = try Data(contentsOf: registry)
        try Data(Self.sheet.utf8).write(to: dir.appendingPathComponent("sheet.csv"))

        let dry = try ShopperProcess.run(["touchpoints", "import", "sheet.csv", "--dry-run"], in: dir)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("would add 2 touchpoints"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("scenarios/touchpoints.d").path))

        let result = try ShopperProcess.run(["touchpoints", "import", "sheet.csv"], in: dir)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("+ vitrina-magazina (row 2)") && result.stdout.contains("+ avtootvetchik-posle-chasov (row 4)"))
        let written = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("scenarios/touchpoints.d").path)
        #expect(written.count == 1 && written[0].hasPrefix("import-") && written[0].hasSuffix(".yaml"))
        #expect(try Data(contentsOf: registry) == before)

        let check = try ShopperProcess.run(["check", "scenarios"], in: dir)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let json = try ShopperProcess.run(["touchpoints", "--format", "json"], in: dir)
        #expect(json.status == 0 && json.stdout.contains("\"vitrina-magazina\"") && json.stdout.contains("Автоответчик \\\"после часов\\\""))

        // The same sheet again: nothing new, nothing written.
        let again = try ShopperProcess.run(["touchpoints", "import", "sheet.csv"], in: dir)
        #expect(again.status == 0 && again.stdout.contains("nothing new to add") && again.stdout.contains("unchanged (already in the registry): 2"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("scenarios/touchpoints.d").path).count == 1)
    }

    @Test func aDuplicateIdIsAnErrorWithItsRowAndNothingIsWritten() throws {
        let dir = try Self.workspace()
        try Data((Self.sheet + "Витрина магазина;store;awareness;;2;2;\r\n").utf8).write(to: dir.appendingPathComponent("sheet.csv"))
        let result = try ShopperProcess.run(["touchpoints", "import", "sheet.csv"], in: dir)
        #expect(result.status == 1)
        #expect(result.stderr.contains("sheet.csv:5:1: error: row 5: duplicate id 'vitrina-magazina' (first in row 2)"), "\(result.stderr)")
        #expect(result.stderr.contains("nothing written"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("scenarios/touchpoints.d").path))
    }
}
