import Foundation
import Reports
import ShopperCore

/// `shopper-bench flat N [--keep DIR]`: the hostile-input sizes of review E. A scenario of N
/// steps written one line each (`- {id: sN, title: T, do: D, touchpoint: …, stage: intent}`, about
/// 80 bytes a step, so 40,000 steps are 3.2 MB) checked as `shopper check` does, against a bare
/// libyaml scan of the same file; and a spreadsheet of one row whose name is N × 125 bytes (40,000
/// gives a 5 MB line) planned as `shopper touchpoints import` does, against a floor that reads the
/// same file as UTF-8 and counts its commas and quotes. Time linear in N keeps both ratios flat.
enum FlatScale {
    static func scenarioYAML(id: String, steps: Int, touchpoint: String) -> String {
        var text = "scenario: \(id)\ntitle: One-line steps\nlanguage: en\nbrief: Walk every step.\nsteps:\n"
        text.reserveCapacity(steps * 80 + 100)
        for i in 0..<steps { text += "  - {id: s\(i), title: T, do: D, touchpoint: \(touchpoint), stage: intent}\n" }
        return text
    }

    static func csv(nameBytes: Int) -> String {
        "id,name,channel,stage,owner,customer,business,team\nlong-line,\(String(repeating: "x", count: nameBytes)),web,awareness,o,3,3,5\n"
    }

    /// The floor for the import: the file as UTF-8 text, and its separators counted.
    static func floorScan(_ data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        var separators = 0
        for byte in text.utf8 where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\n") {
            separators += 1
        }
        return separators
    }

    static func main(_ args: [String], scenariosFolder: String) {
        guard args.count >= 2, let n = Int(args[1]), n > 0 else { fail("usage: shopper-bench flat N [--keep DIR]") }
        let root = option("--keep", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("shopper-bench-flat-\(getpid())")
        let scenarioDir = (root as NSString).appendingPathComponent("scenarios")
        try? FileManager.default.createDirectory(atPath: scenarioDir, withIntermediateDirectories: true)
        let registryPath = (scenariosFolder as NSString).appendingPathComponent("touchpoints.yaml")
        guard let registryData = FileManager.default.contents(atPath: registryPath),
              FileManager.default.createFile(atPath: (scenarioDir as NSString).appendingPathComponent("touchpoints.yaml"),
                                             contents: registryData),
              let registry = Workspace.load(scenariosFolder: scenariosFolder).registry, let touchpoint = registry.touchpoints.first
        else { fail("cannot copy \(registryPath)") }
        let id = "flat-\(n)"
        let scenarioPath = (scenarioDir as NSString).appendingPathComponent("\(id).yaml")
        let csvPath = (root as NSString).appendingPathComponent("long-line.csv")
        guard FileManager.default.createFile(atPath: scenarioPath, contents: Data(scenarioYAML(id: id, steps: n, touchpoint: touchpoint.id).utf8)),
              FileManager.default.createFile(atPath: csvPath, contents: Data(csv(nameBytes: n * 125).utf8)),
              let yaml = FileManager.default.contents(atPath: scenarioPath), let table = FileManager.default.contents(atPath: csvPath)
        else { fail("cannot write \(root)") }

        var events = 0
        let scan = seconds { events = scanEvents([UInt8](yaml)) }
        var checked: Checker.Result?
        let check = seconds {
            var checker = Checker(scenariosFolder: scenarioDir)
            checked = checker.check([scenarioPath])
        }
        var separators = 0
        let floor = seconds { separators = floorScan(table) }
        var plan: TouchpointImport?
        let plans = seconds {
            let text = String(decoding: table, as: UTF8.self)
            plan = TouchpointImport.plan(csv: text, path: csvPath, registry: registry, date: CalendarDate(year: 2026, month: 11, day: 30)!,
                                         by: "shopper-bench")
        }
        print("\(n) one-line steps: \(yaml.count / 1024) KiB, \(events) events; a CSV line of \(table.count / 1024) KiB; in \(root)")
        print(String(format: "check: %.3f s = %.2f× the bare scan (%.3f s; %d problems)", check, check / scan, scan,
                     checked?.problems.count ?? -1))
        print(String(format: "touchpoints import (plan): %.3f s = %.2f× the floor (%.4f s, %d separators; %d added, %d errors)",
                     plans, plans / floor, floor, separators, plan?.added.count ?? 0, plan?.errors.count ?? 0))
        print(String(format: "peak RSS: %.1f MiB", peakRSSMiB()))
        if option("--keep", in: args) == nil { try? FileManager.default.removeItem(atPath: root) }
    }
}
