import Foundation
import Testing
@testable import ShopperCore

/// `TouchpointImport` and the `touchpoints.d/` files the registry loader merges (`RegistryParts`).
@Suite struct TouchpointImportTests {
    static let day = CalendarDate(year: 2026, month: 11, day: 30)!
    static let stages = JourneyStage.allCases

    /// 100 rows: every third with an explicit id, the others named in Russian (slugged), names
    /// with semicolons, doubled quotes and a line break closing the quoted cell (trimmed: a line
    /// break inside a name is an error); a BOM, CRLF and blank lines between.
    static func spreadsheet() -> (text: String, expected: [(id: String, name: String, stage: JourneyStage, owner: String?, c: Int, b: Int, team: Double?)]) {
        var text = "\u{FEFF}Name;Channel;Stage;Owner;Customer;Business;Team;ID\r\n"
        var expected: [(id: String, name: String, stage: JourneyStage, owner: String?, c: Int, b: Int, team: Double?)] = []
        for n in 1...100 {
            let stage = stages[n % stages.count]
            let c = n % 5 + 1, b = (n / 5) % 5 + 1
            let team: Double? = n % 4 == 0 ? nil : Double(n % 10) + (n % 2 == 0 ? 0.5 : 0)
            let owner: String? = n % 7 == 0 ? nil : "Отдел \(n); смена \"А\""
            let id: String, name: String
            if n % 3 == 0 {
                id = "tp-\(n)"
                name = "Договор страница \(n)"
            } else {
                // Transliterated by hand with the runner's table: Точка касания → tochka-kasaniya.
                id = "tochka-kasaniya-\(n)"
                name = "Точка касания \(n)"
            }
            func q(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            let teamCell = team.map { String($0).replacingOccurrences(of: ".", with: ",").replacingOccurrences(of: ",0", with: "") } ?? ""
            text += [q(n % 3 == 0 ? name + "\r\n" : name), "web", stage.rawValue.uppercased(), owner.map(q) ?? "", "\(c)", "\(b)", teamCell, n % 3 == 0 ? id : ""]
                .joined(separator: ";") + "\r\n"
            if n % 10 == 0 { text += "\r\n;;;;;;;\r\n" }
            expected.append((id, name, stage, owner, c, b, team))
        }
        return (text, expected)
    }

    @Test func aHundredRowsRoundTripThroughTouchpointsD() throws {
        let root = try CheckerWorkspace.make("shopper-import")
        let main = "\(root)/scenarios/touchpoints.yaml"
        let before = try Data(contentsOf: URL(fileURLWithPath: main))
        let (registry, _) = ScenarioLoader.loadRegistry(main)
        let (text, expected) = Self.spreadsheet()
        let plan = TouchpointImport.plan(csv: text, path: "sheet.csv", registry: registry, date: Self.day, by: "workshop")
        #expect(plan.errors.isEmpty, "\(plan.errors.map(\.formatted))")
        #expect(plan.added.count == 100 && plan.skipped.isEmpty && plan.unchanged.isEmpty)
        try AtomicFile.write(plan.yaml(source: "sheet.csv"), to: "\(root)/scenarios/touchpoints.d/import-1.yaml")

        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check(["\(root)/scenarios"])
        #expect(result.errorCount == 0, "\(result.problems.map(\.formatted))")
        #expect(result.files.contains { $0.path.hasSuffix("touchpoints.d/import-1.yaml") && $0.kind == .touchpoints })

        let merged = try #require(ScenarioLoader.loadRegistry(main).0)
        #expect(merged.touchpoints.map(\.id) == ["till", "door"] + expected.map(\.id))
        for (t, e) in zip(merged.touchpoints.dropFirst(2), expected) {
            #expect(t.name == e.name && t.stage == e.stage && t.owner == e.owner && t.channel == "web")
            #expect(t.importance == .init(customer: e.c, business: e.b))
            #expect(t.assessments == (e.team.map { [.init(score: $0, date: Self.day, by: "workshop")] } ?? []))
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: main)) == before)

        // Imported again: every row is unchanged and nothing is to be added.
        let again = TouchpointImport.plan(csv: text, path: "sheet.csv", registry: merged, date: Self.day, by: "workshop")
        #expect(again.added.isEmpty && again.skipped.isEmpty && again.unchanged.count == 100)
    }

    @Test func rowErrorsNameTheirRowsAndLeaveNothingToWrite() {
        let text = """
            id,name,channel,stage,customer,business,team
            a,A,web,awareness,3,3,5

            b,B,web,checkout,3,3,5
            a,A again,web,awareness,3,3,5
            c,C,web,awareness,6,0,5
            d,D,web,awareness,3,3,10.5
            e,E,web,awareness,3,3,7

            """
        let plan = TouchpointImport.plan(csv: text, path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(plan.errors.map(\.formatted) == [
            "s.csv:4:9: error: row 4: unknown stage 'checkout'; expected one of awareness, consideration, interest, intent, purchase, post-purchase, retention, advocacy, loyalty",
            "s.csv:5:1: error: row 5: duplicate id 'a' (first in row 2)",
            "s.csv:6:19: error: row 6: customer importance '6' is not a whole number from 1 to 5",
            "s.csv:6:21: error: row 6: business importance '0' is not a whole number from 1 to 5",
            "s.csv:7:23: error: row 7: team score '10.5' is not a number from 0 to 10",
        ])
    }

    @Test func emptyTrailingColumnsAreAllowedButValuesUnderNoHeaderAreErrors() {
        let ok = TouchpointImport.plan(csv: "id;channel;stage;customer;business;;\na;web;awareness;3;3;;\nb;web;awareness;3;3\n",
                                       path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(ok.errors.isEmpty && ok.added.map(\.touchpoint.id) == ["a", "b"])
        let bad = TouchpointImport.plan(csv: "id;channel;stage;customer;business;\na;web;awareness;3;3;note\nb;web;awareness;3;3;;x\n",
                                        path: "s.csv", registry: nil, date: Self.day, by: "x")
        #expect(bad.errors.map(\.formatted) == ["s.csv:2:21: error: row 2: 'note' is in a column with no header",
                                               "s.csv:3:22: error: row 3: 'x' is in a column with no header"])
    }

    @Test func anIdAlreadyInTheRegistryIsNeverOverwritten() {
        let registry = TouchpointRegistry(touchpoints: [
            Touchpoint(id: "till", name: "Till", channel: "store", stage: .purchase, owner: "Shop", importance: .init(customer: 3, business: 3)),
        ])
        let same = TouchpointImport.plan(csv: "id;channel;stage;customer;business\ntill;store;purchase;3;3\n", path: "s.csv",
                                         registry: registry, date: Self.day, by: "x")
        #expect(same.unchanged.map(\.id) == ["till"] && same.added.isEmpty && same.skipped.isEmpty)
        let other = TouchpointImport.plan(csv: "id;channel;stage;owner;customer;business\ntill;store;purchase;Cashier;3;4\n", path: "s.csv",
                                          registry: registry, date: Self.day, by: "x")
        #expect(other.skipped.map(\.id) == ["till"] && other.skipped.map(\.row) == [2])
        #expect(other.skipped.first?.differences == [
            "owner: 'Shop' in the registry, 'Cashier' in the file", "business: '3' in the registry, '4' in the file"])
        #expect(other.added.isEmpty)
    }

    @Test func anIdInTwoRegistryFilesIsAPositionedErrorInTheLaterFile() throws {
        let root = try CheckerWorkspace.make("shopper-parts")
        let main = "\(root)/scenarios/touchpoints.yaml"
        let extra = "\(root)/scenarios/touchpoints.d/b.yaml"
        try AtomicFile.write("touchpoints:\n  - id: new\n    name: New\n    channel: web\n    stage: awareness\n    importance: {customer: 1, business: 1}\n    actions:\n      - {id: fix, text: Fix it, status: idea}\n",
                             to: "\(root)/scenarios/touchpoints.d/a.yaml")
        try AtomicFile.write("touchpoints:\n  - {id: new, name: N, channel: web, stage: awareness, importance: {customer: 1, business: 1}}\n  - {id: door, name: D, channel: web, stage: awareness, importance: {customer: 1, business: 1}}\n  - {id: other, name: O, channel: web, stage: awareness, importance: {customer: 1, business: 1}, actions: [{id: fix, text: T, status: idea}]}\n",
                             to: extra)
        let (registry, problems) = ScenarioLoader.loadRegistry(main)
        #expect(registry == nil)
        let expected = [
            "\(extra):2:10: error: touchpoint id 'new' is already defined at \(root)/scenarios/touchpoints.d/a.yaml:2:9; an id may be defined in one registry file only",
            "\(extra):3:10: error: touchpoint id 'door' is already defined at \(main):3:10; an id may be defined in one registry file only",
            "\(extra):4:113: error: action id 'fix' is already defined at \(root)/scenarios/touchpoints.d/a.yaml:8:14; an id may be defined in one registry file only",
        ]
        #expect(problems.map(\.formatted) == expected)
        var checker = Checker(scenariosFolder: "\(root)/scenarios")
        let result = checker.check(["\(root)/scenarios"])
        #expect(result.problems.filter { $0.path.contains("touchpoints.d") }.map(\.formatted) == expected)
        // The scenario is not checked against a broken registry, and says so.
        #expect(result.problems.filter { !$0.path.contains("touchpoints.d") }.map(\.diagnostic.message)
            == ["the touchpoints registry \(main) has errors; touchpoints are not checked"])
    }

    @Test func controlCharactersInNamesAreErrorsAtTheirCell() throws {
        let csv = "name,channel,stage,owner,customer,business\n"
            + "\"Eve\u{0}\",web,awareness,,1,1\n"
            + "Ticket,\"w\u{1B}[31meb\",awareness,,1,1\n"
            + "Help,web,awareness,\"Ann\nBerg\",1,1\n"
            + "Fine,web,awareness,\"Ann\tBerg\",1,1\n"
            + "Good,web,awareness,Ann Berg,1,1\n"
        let plan = TouchpointImport.plan(csv: csv, path: "in.csv", registry: nil, date: Self.day, by: "test")
        #expect(plan.errors.map(\.formatted) == [
            "in.csv:2:1: error: row 2: the name contains a NUL (U+0000); a name is one line of printable text",
            "in.csv:3:8: error: row 3: the channel contains an escape (U+001B); a name is one line of printable text",
            "in.csv:4:20: error: row 4: the owner contains a newline (U+000A); a name is one line of printable text",
            "in.csv:6:20: error: row 5: the owner contains a tab (U+0009); a name is one line of printable text",
        ])
    }
}
