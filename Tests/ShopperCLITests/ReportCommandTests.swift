import Foundation
import Testing

/// `shopper report` and friends on the shipped sample history, as a user (or a CI gate) runs them.
@Suite(.serialized) struct ReportCommandTests {
    @Test func theSampleHistoryFlagsItsPaymentRegressionAndGatesOnIt() throws {
        let gate = try ShopperProcess.run(["report", "--fail-on", "regression"])
        #expect(gate.status == 1)
        #expect(gate.stdout.contains("regression"))
        #expect(gate.stdout.contains("payment"))
        #expect(gate.stderr.contains("regression flagged"))
        let plain = try ShopperProcess.run(["report"])
        #expect(plain.status == 0)
    }

    @Test func jsonIsParseableAndFollowsTheContract() throws {
        let result = try ShopperProcess.run(["report", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.contains { $0["scenario"] as? String == "bus-tickets-prague" })
        #expect(object["touchpoints"] is [[String: Any]])
    }

    @Test func aMissingRunsFolderIsAnErrorNotAnEmptyPass() throws {
        let result = try ShopperProcess.run(["report", "--runs", "no/such/runs", "--fail-on", "regression"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: no runs folder 'no/such/runs'"))
    }

    @Test func anUnknownScenarioIsAnError() throws {
        let result = try ShopperProcess.run(["report", "--scenario", "bus-tickets-pragu"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no scenario or runs with id 'bus-tickets-pragu'"))
    }

    @Test func runsFindsATesterByNameOrSlugInAnyCase() throws {
        let counts = try ["Eva Novak", "eva novak", "eva-novak", "EVA NOVAK"].map { name in
            let result = try ShopperProcess.run(["runs", "--tester", name])
            #expect(result.status == 0, "\(name)")
            return result.stdout.split(separator: "\n").last.map(String.init)
        }
        // Eva Novak's runs, counted in the sample files.
        let root = ShopperProcess.packageRoot.appendingPathComponent("reports/runs")
        var eva = 0
        for scenario in try FileManager.default.contentsOfDirectory(atPath: root.path) {
            for name in try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(scenario).path) {
                let text = try String(contentsOf: root.appendingPathComponent("\(scenario)/\(name)"), encoding: .utf8)
                if text.contains("\ntester: Eva Novak\n") { eva += 1 }
            }
        }
        #expect(eva > 10)
        #expect(counts.first == "\(eva) runs")
        #expect(Set(counts).count == 1)
    }

    @Test func runsWithAnUnknownScenarioIsAnErrorLikeReport() throws {
        let result = try ShopperProcess.run(["runs", "--scenario", "nope"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("error: no scenario or runs with id 'nope'; known: "))
        #expect(result.stderr.contains("bus-tickets-prague"))
        let known = try ShopperProcess.run(["runs", "--scenario", "bus-tickets-prague", "--status", "in-progress"])
        #expect(known.status == 0)
    }

    @Test func showSpeaksTheScenarioLanguageUnlessToldOtherwise() throws {
        let russian = try ShopperProcess.run(["show", "20261101T102600Z-ben-okafor"])
        #expect(russian.status == 0)
        #expect(russian.stdout.contains("сценарий      blender-warranty-return"))
        #expect(russian.stdout.contains("статус        завершён"))
        #expect(!russian.stdout.contains("status "))
        let english = try ShopperProcess.run(["show", "20261101T102600Z-ben-okafor", "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("scenario   blender-warranty-return"))
        #expect(english.stdout.contains("status     completed"))
        #expect(!english.stdout.contains("завершён"))
        let busRun = try #require(try Self.firstRun(of: "bus-tickets-prague"))
        let bus = try ShopperProcess.run(["show", "--lang", "ru", busRun])
        #expect(bus.stdout.contains("статус "))
        let busEnglish = try ShopperProcess.run(["show", busRun])
        #expect(busEnglish.stdout.contains("status     "))
        #expect(try ShopperProcess.run(["show", "x", "--lang", "de"]).status == 64)
    }

    static func firstRun(of scenario: String) throws -> String? {
        try FileManager.default.contentsOfDirectory(atPath: ShopperProcess.packageRoot.appendingPathComponent("reports/runs/\(scenario)").path).sorted().first
            .map { String($0.dropLast(".yaml".count)) }
    }

    @Test func badOptionValuesAreUsageErrors() throws {
        for arguments in [["report", "--since", "2026-13-01"], ["report", "--baseline", "2026-10"],
                          ["report", "--baseline", "2026-11", "--current", "2026-10"], ["runs", "--since", "yesterday"]] {
            let result = try ShopperProcess.run(arguments)
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
        }
    }

    @Test func emptyComparedPeriodsAreSaid() throws {
        let result = try ShopperProcess.run(["report", "--baseline", "2025-01", "--current", "2025-02"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("note: no completed or abandoned runs in 2025-01"))
        #expect(result.stdout.contains("no runs in 2025-01 or 2025-02 to compare"))
        #expect(!result.stdout.contains("no significant change"))
    }

    @Test func anEmptyBaselineIsSaidInTheWrittenReport() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for format in ["text", "markdown", "html", "json"] {
            let path = dir.appendingPathComponent("report.\(format)").path
            let result = try ShopperProcess.run(["report", "--baseline", "2025-01", "--current", "2026-11",
                                                 "--format", format, "--output", path])
            #expect(result.status == 0, "\(format)")
            let written = try String(contentsOfFile: path, encoding: .utf8)
            #expect(written.contains("no runs in 2025-01 to compare"), "\(format)")
            #expect(!written.contains("no significant change"), "\(format)")
        }
    }

    @Test func htmlIsWrittenSelfContained() throws {
        let dir = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("report.html").path
        let result = try ShopperProcess.run(["report", "--format", "html", "--output", path])
        #expect(result.status == 0)
        let html = try String(contentsOfFile: path, encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }

    // MARK: Language

    @Test func reportRunsAndTouchpointsTakeLang() throws {
        let ru = try ShopperProcess.run(["report", "--lang", "ru"])
        #expect(ru.status == 0)
        #expect(ru.stdout.hasPrefix("Отчёт shopper · по месяцам"))
        #expect(ru.stdout.contains("Изменения"))
        let en = try ShopperProcess.run(["report", "--lang", "en"], environment: ["LANG": "ru_RU.UTF-8"])
        #expect(en.stdout.hasPrefix("shopper report · by month"))
        let md = try ShopperProcess.run(["report", "--format", "markdown", "--lang", "ru"])
        #expect(md.stdout.hasPrefix("# Отчёт shopper"))
        let html = try ShopperProcess.run(["report", "--format", "html", "--lang", "ru"])
        #expect(html.stdout.contains("<html lang=\"ru\">"))
        let runs = try ShopperProcess.run(["runs", "--lang", "ru"])
        #expect(runs.status == 0)
        #expect(runs.stdout.hasPrefix("прогон "))
        let touchpoints = try ShopperProcess.run(["touchpoints", "--lang", "ru"])
        #expect(touchpoints.stdout.hasPrefix("Точки контакта, оценки за"))
    }

    @Test func theLocaleIsTheDefaultLanguage() throws {
        #expect(try ShopperProcess.run(["report"]).stdout.hasPrefix("shopper report"))
        #expect(try ShopperProcess.run(["report"], environment: ["LANG": "ru_RU.UTF-8"]).stdout.hasPrefix("Отчёт shopper"))
        #expect(try ShopperProcess.run(["runs"], environment: ["LC_MESSAGES": "ru_RU.UTF-8"]).stdout.hasPrefix("прогон "))
        // LC_ALL wins over LANG.
        let all = try ShopperProcess.run(["touchpoints"], environment: ["LANG": "ru_RU.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(all.stdout.hasPrefix("Touchpoints, scores"))
    }

    @Test func jsonAndCSVIgnoreTheLanguage() throws {
        for format in ["json", "csv"] {
            let en = try ShopperProcess.run(["report", "--format", format])
            let ru = try ShopperProcess.run(["report", "--format", format, "--lang", "ru"], environment: ["LANG": "ru_RU.UTF-8"])
            #expect(en.status == 0 && ru.status == 0)
            #expect(en.stdout == ru.stdout, "\(format) differs by language")
        }
    }
}

/// `--fail-on regression` and `--alpha` on a history whose only change is a step score.
@Suite struct ReportGateTests {
    /// The sample's home-cleaning runs with November's runs moved to September, so September
    /// (arrival score 8.9) against October (5.8) is a score drop and nothing else is flagged.
    static func scoreDropHistory() throws -> URL {
        let fm = FileManager.default
        let root = fm.temporaryDirectory.appendingPathComponent("shopper-gate-\(UUID().uuidString)")
        let source = ShopperProcess.packageRoot.appendingPathComponent("reports/runs/home-cleaning-visit")
        let target = root.appendingPathComponent("runs/home-cleaning-visit")
        try fm.createDirectory(at: target, withIntermediateDirectories: true)
        try fm.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios"),
                        to: root.appendingPathComponent("scenarios"))
        for name in try fm.contentsOfDirectory(atPath: source.path) where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
            // The run file's start time, quoted or not.
            if text.contains("started: 2026-09") || text.contains("started: \"2026-09") { continue }
            let moved = text.replacingOccurrences(of: "2026-11-", with: "2026-09-")
                .replacingOccurrences(of: "202611", with: "202609")
            try moved.write(to: target.appendingPathComponent(name.replacingOccurrences(of: "202611", with: "202609")),
                            atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func aScoreOnlyRegressionTripsTheGate() throws {
        let root = try Self.scoreDropHistory()
        defer { try? FileManager.default.removeItem(at: root) }
        let args = ["report", "--runs", "runs", "--scenarios", "scenarios", "--baseline", "2026-09", "--current", "2026-10"]
        let gate = try ShopperProcess.run(args + ["--fail-on", "regression"], in: root)
        #expect(gate.status == 1, "\(gate.stderr)")
        // The Changes lines ("Who should act" repeats the regression with ▲ and the step's title).
        let flagged = gate.stdout.split(separator: "\n").filter { $0.contains("▲ regression") || $0.contains("▼ improvement") }
        #expect(flagged.count == 1, "\(flagged)")
        #expect(flagged.first?.contains("▲ regression   Arrival within the window: score ") == true, "\(flagged)")
        #expect(gate.stderr.contains("regression flagged"))
        // A level below the change's q: nothing flagged, the gate stays open.
        let strict = try ShopperProcess.run(args + ["--fail-on", "regression", "--alpha", "0.0000001"], in: root)
        #expect(strict.status == 0, "\(strict.stdout)")
        #expect(!strict.stdout.contains("▲"))
    }

    @Test func alphaOutsideZeroToOneIsAnError() throws {
        let result = try ShopperProcess.run(["report", "--alpha", "1.5"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--alpha expects a level between 0 and 1 such as 0.05, found '1.5'"))
    }
}
