import Foundation
import Reports
import ShopperCore

/// `shopper-bench steps N [--runs R] [--keep DIR]`: one synthetic scenario of N steps (each
/// with a checklist, a question and a known barrier) and R runs of it, then `check` and
/// `report` over them, each against a bare libyaml scan of the same files. Time that is
/// linear in N keeps the ratios flat as N grows.
enum StepScale {
    /// A scenario of `steps` steps over the touchpoints of `registry`.
    static func scenarioYAML(id: String, steps: Int, touchpoints: [String]) -> String {
        var lines = [
            "scenario: \(id)", "title: A long journey of \(steps) steps", "version: 1", "language: en",
            "brief: Walk every step in order and note anything that slows you down.",
            "context: [device]", "target: \(max(1, steps * 2))m", "steps:",
        ]
        lines.reserveCapacity(steps * 14 + 20)
        for i in 0..<steps {
            lines += [
                "  - id: step-\(i)", "    title: Step number \(i)", "    do: Do the thing number \(i).",
                "    touchpoint: \(touchpoints[i % touchpoints.count])", "    stage: intent", "    target: 2m",
                "    checklist:",
                "      - id: item-\(i)-a", "        text: The first thing is right",
                "      - id: item-\(i)-b", "        text: The second thing is right", "        weight: 2",
                "    questions:", "      - id: ease-\(i)", "        ask: How easy was it?", "        type: seq",
            ]
        }
        lines.append("barriers:")
        for i in 0..<steps {
            lines += ["  - id: slow-\(i)", "    step: step-\(i)", "    text: Step \(i) was slow"]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func main(_ args: [String], scenariosFolder: String) {
        guard args.count >= 2, let steps = Int(args[1]), steps > 0 else {
            fail("usage: shopper-bench steps N [--runs R] [--keep DIR]")
        }
        let runCount = option("--runs", in: args).flatMap(Int.init) ?? 50
        let root = option("--keep", in: args)
            ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("shopper-bench-steps-\(getpid())")
        let scenarioDir = (root as NSString).appendingPathComponent("scenarios")
        let runsDir = (root as NSString).appendingPathComponent("runs")
        try? FileManager.default.createDirectory(atPath: scenarioDir, withIntermediateDirectories: true)
        let registryPath = (scenariosFolder as NSString).appendingPathComponent("touchpoints.yaml")
        guard let registry = FileManager.default.contents(atPath: registryPath),
              FileManager.default.createFile(atPath: (scenarioDir as NSString).appendingPathComponent("touchpoints.yaml"),
                                             contents: registry)
        else { fail("cannot copy \(registryPath)") }
        let touchpoints = Workspace.load(scenariosFolder: scenariosFolder).registry?.touchpoints.map(\.id) ?? []
        guard !touchpoints.isEmpty else { fail("no touchpoints in \(registryPath)") }
        let id = "steps-\(steps)"
        let scenarioPath = (scenarioDir as NSString).appendingPathComponent("\(id).yaml")
        let text = scenarioYAML(id: id, steps: steps, touchpoints: touchpoints)
        guard FileManager.default.createFile(atPath: scenarioPath, contents: Data(text.utf8)) else {
            fail("cannot write \(scenarioPath)")
        }
        let workspace = Workspace.load(scenariosFolder: scenarioDir)
        guard let scenario = workspace.scenarios[id] else { fail("the generated scenario does not load: \(scenarioPath)") }
        var generator = HistoryGenerator(scenarios: [scenario])
        let store = RunStore(root: runsDir)
        let base = Samples.date(2026, 1, 1, 9, 0).timeIntervalSince1970
        for i in 0..<runCount {
            var run = generator.run(scenario, started: Date(timeIntervalSince1970: base + Double(i) * 86_400),
                                    tester: generator.rng.pick(generator.testers))
            run.id = RunID.make(started: run.started, tester: "\(run.tester) \(i)")
            do { try store.save(run) } catch { fail("cannot write \(store.path(of: run)): \(error)") }
        }
        let files = [scenarioPath] + store.files()
        let bytes = files.reduce(0) { $0 + (FileManager.default.contents(atPath: $1)?.count ?? 0) }
        for path in files { _ = FileManager.default.contents(atPath: path) }

        var events = 0
        let scan = seconds {
            for path in files {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                events += scanEvents([UInt8](data))
            }
        }
        var checked: Checker.Result?
        let check = seconds {
            var checker = Checker(scenariosFolder: scenarioDir)
            checked = checker.check([scenarioDir, runsDir])
        }
        var phases: [Double] = []
        var rendered: [Int] = []
        let report = seconds {
            var loadedWorkspace = workspace
            var loaded = RunLoader.Result(runs: [], problems: [])
            phases.append(seconds {
                loadedWorkspace = Workspace.load(scenariosFolder: scenarioDir)
                loaded = RunLoader(scenarios: loadedWorkspace.scenarios).load(paths: store.files())
            })
            var built: Report?
            phases.append(seconds {
                built = ReportBuilder(scenarios: loadedWorkspace.scenarios, registry: loadedWorkspace.registry).build(loaded.runs)
            })
            for format in ReportFormat.allCases {
                phases.append(seconds { rendered.append(format.render(built!).utf8.count) })
            }
        }
        print("\(steps) steps, \(runCount) runs: \(files.count) files, \(bytes / 1024) KiB, \(events) events, in \(root)")
        print(String(format: "bare libyaml event scan: %.3f s", scan))
        print(String(format: "check: %.3f s = %.2f× the scan (%d files, %d problems)",
                     check, check / scan, checked?.files.count ?? 0, checked?.problems.count ?? 0))
        let names = ["load", "build"] + ReportFormat.allCases.map(\.rawValue)
        print(String(format: "report (load, build, every format): %.3f s = %.2f× the scan", report, report / scan))
        print("  " + zip(names, phases).map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: ", "))
        print(String(format: "peak RSS: %.1f MiB", peakRSSMiB()))
        if option("--keep", in: args) == nil { try? FileManager.default.removeItem(atPath: root) }
    }
}
