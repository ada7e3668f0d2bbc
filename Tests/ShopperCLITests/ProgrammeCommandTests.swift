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
        let recheck = object["recheck"] as? [[String: Any]] ?? []
        #expect(!recheck.isEmpty)
        // scenarios/touchpoints.yaml: cleaning-booking is to be checked every 5 days; its last run was 2026-11-23.
        #expect(recheck.contains { $0["id"] as? String == "cleaning-booking" && $0["last_checked"] as? String == "2026-11-23" })
        #expect(!(object["no_owner"] as? [String] ?? []).isEmpty && !(object["actions_without_owner"] as? [String] ?? []).isEmpty)
        // Reproducible: --week alone takes the week's Sunday as the reference date.
        let again = try ShopperProcess.run(["weekly", "--week", "2026-W48", "--today", "2026-11-29", "--format", "json"])
        #expect(again.stdout == result.stdout)
    }

    /// The shipped runs end in 2026-W48: a later week's page says so and still lists the plan.
    @Test func aWeekAfterTheSamplesPointsAtTheLatestScoredWeek() throws {
        let result = try ShopperProcess.run(["weekly", "--week", "2026-W50", "--lang", "en"], environment: ["COLUMNS": "200"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("The latest week with measured scores is 2026-W48: shopper weekly --week 2026-W48."))
        #expect(result.stdout.contains("Overdue:") && result.stdout.contains("fix-3ds-drop") && result.stdout.contains("Checked too long ago"))
    }

    /// Old meetings use only what was known then: in 2026-W36 bus-app-search's only assessment
    /// (2026-09-14) lies ahead, and `touchpoints --today 2020-01-01` sees no run.
    @Test func oldMeetingsIgnoreLaterData() throws {
        let result = try ShopperProcess.run(["weekly", "--week", "2026-W36", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        // bus-app-checkout: 6 (2026-03-02) counts, 7 (2026-09-14) not yet.
        let focus = object["focus"] as? [[String: Any]] ?? []
        #expect(focus.first { $0["id"] as? String == "bus-app-search" }?["team"] is NSNull)
        #expect(focus.first { $0["id"] as? String == "bus-app-checkout" }?["team"] as? Double == 6)
        let early = try ShopperProcess.run(["touchpoints", "--today", "2020-01-01", "--format", "json"])
        let touchpoints = try #require((try JSONSerialization.jsonObject(with: Data(early.stdout.utf8)) as? [String: Any])?["touchpoints"] as? [[String: Any]])
        #expect(!touchpoints.isEmpty)
        #expect(touchpoints.allSatisfy { $0["last_checked"] is NSNull && $0["team"] is NSNull && $0["recheck_due"] as? Bool == true })
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

    @Test(arguments: [(["weekly", "--week", "2026-W99"], "error: --week: 2026 has weeks 01 to 53, found '2026-W99'"),
                      (["weekly", "--week", "2026-11"], "error: --week: expected an ISO week written YYYY-Www"),
                      (["weekly", "--week", "1969-W01"], "error: --week: '1969-W01' is outside the weeks shopper takes, 1970-W02"),
                      (["weekly", "--week", "9999-W52"], "error: --week: '9999-W52' is outside the weeks shopper takes, 1970-W02 (1970-01-05) to 9999-W51 (ending 9999-12-26)"),
                      (["weekly", "--week", "2026-W48", "--today", "2020-01-01"], "error: --today: 2020-01-01 is not a day of --week 2026-W48 (2026-11-23 to 2026-11-29)"),
                      (["weekly", "--week", "2026-W48", "--today", "2026-11-30"], "error: --today: 2026-11-30 is not a day of --week 2026-W48"),
                      (["weekly", "--today", "x"], "error: --today: expected a date written YYYY-MM-DD"),
                      (["weekly", "--today", "1969-12-31"], "error: --today: '1969-12-31' is outside the dates shopper takes, 1970-01-01 to 9999-12-31"),
                      (["touchpoints", "--today", "0001-01-01"], "error: --today: '0001-01-01' is outside the dates shopper takes, 1970-01-01 to 9999-12-31"),
                      (["touchpoints", "--today", "2026-02-30"], "error: --today: there is no day '2026-02-30' in the calendar"),
                      (["action", "add", "bus-app-payment", "x", "--due", "0001-01-01", "--scenarios", "/nonexistent-g"], "error: --due: '0001-01-01' is outside the dates shopper takes"),
                      (["action", "done", "bus-app-payment", "fix-3ds-drop", "--on", "10000-01-01", "--scenarios", "/nonexistent-g"], "error: --on: expected a date written YYYY-MM-DD"),
                      (["action", "done", "bus-app-payment", "fix-3ds-drop", "--on", "2026-11-30", "--today", "1900-05-05", "--scenarios", "/nonexistent-g"], "error: --today: '1900-05-05' is outside the dates"),
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
