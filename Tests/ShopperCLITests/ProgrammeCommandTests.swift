import Foundation
import ShopperCore
import Testing

/// `shopper touchpoints` (programme columns, filters, formats) and `shopper weekly` on the shipped
/// samples, and their errors for bad command-line values.
@Suite struct ProgrammeCommandTests {
    @Test func weeklyOnTheSamplesShowsDoneOverdueAndDueItems() throws {
        let result = try ShopperProcess.run(["weekly", "--week", "2026-W48", "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["week"] as? String == "2026-W48")
        let focus = try #require(object["focus"] as? [[String: Any]])
        #expect(focus.count == 5)
        let all = { (key: String) in focus.flatMap { $0[key] as? [String] ?? [] } }
        #expect(!all("actions_done").isEmpty && !all("actions_overdue").isEmpty && !all("actions_due").isEmpty)
        #expect(!(object["recheck"] as? [[String: Any]] ?? []).isEmpty)
        #expect(!(object["no_owner"] as? [String] ?? []).isEmpty && !(object["actions_without_owner"] as? [String] ?? []).isEmpty)
        // Reproducible: --week alone takes the week's Sunday as the reference date.
        let again = try ShopperProcess.run(["weekly", "--week", "2026-W48", "--today", "2026-11-29", "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    @Test(arguments: ["text", "markdown", "html"])
    func weeklyReadsInBothLanguages(_ format: String) throws {
        let en = try ShopperProcess.run(["weekly", "--week", "2026-W48", "--format", format, "--lang", "en"], environment: ["COLUMNS": "80"])
        let ru = try ShopperProcess.run(["weekly", "--week", "2026-W48", "--format", format, "--lang", "ru"], environment: ["COLUMNS": "80"])
        #expect(en.status == 0 && ru.status == 0)
        #expect(en.stdout.contains("Weekly review 2026-W48") && en.stdout.contains("Overdue"))
        #expect(ru.stdout.contains("Еженедельный разбор 2026-W48") && ru.stdout.contains("Просрочено"))
        if format == "text" {
            for line in (en.stdout + ru.stdout).split(separator: "\n") { #expect(DisplayWidth.width(of: String(line)) <= 80, "\(line)") }
        }
    }

    @Test(arguments: [(["weekly", "--week", "2026-W99"], "error: --week: expected an ISO week such as 2026-W48"),
                      (["weekly", "--week", "2026-11"], "error: --week:"),
                      (["weekly", "--today", "x"], "error: --today: expected a date written YYYY-MM-DD"),
                      (["touchpoints", "--today", "2026-02-30"], "error: --today:"),
                      (["touchpoints", "--stage", "checkout"], "checkout"),
                      (["touchpoints", "--sort", "size"], "size")])
    func badValuesAreClearErrors(_ arguments: [String], _ message: String) throws {
        let result = try ShopperProcess.run(arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
    }

    @Test func touchpointsFiltersAndSorts() throws {
        let result = try ShopperProcess.run(["touchpoints", "--format", "json", "--today", "2026-11-29", "--stage", "purchase",
                                             "--stage", "awareness", "--owner", "e-commerce", "--sort", "gap"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let list = try #require(object["touchpoints"] as? [[String: Any]])
        #expect(!list.isEmpty)
        for t in list {
            #expect(["purchase", "awareness"].contains(t["stage"] as? String))
            #expect((t["owner"] as? String)?.lowercased().contains("e-commerce") == true)
        }
        let gaps = list.compactMap { $0["gap"] as? Double }
        #expect(gaps == gaps.sorted(by: >))
        #expect(object["today"] as? String == "2026-11-29")
    }

    @Test func touchpointsCountsComeFromTheSampleRegistry() throws {
        let registry = try String(contentsOf: ShopperProcess.packageRoot.appendingPathComponent("scenarios/touchpoints.yaml"), encoding: .utf8)
        let entries = registry.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.count
        let csv = try ShopperProcess.run(["touchpoints", "--format", "csv", "--today", "2026-11-29"])
        #expect(csv.status == 0)
        #expect(csv.stdout.split(separator: "\n").count == entries + 1)
        #expect(entries >= 40)
    }

    @Test func theTouchpointsSchemaIsCommitted() throws {
        let committed = try String(contentsOf: ShopperProcess.packageRoot.appendingPathComponent("schema/touchpoints.schema.json"),
                                   encoding: .utf8)
        let printed = try ShopperProcess.run(["schema", "--touchpoints"])
        #expect(printed.status == 0 && printed.stdout == committed)
        let both = try ShopperProcess.run(["schema", "--touchpoints", "--locations"])
        #expect(both.status != 0 && both.stderr.contains("choose one"))
    }
}
