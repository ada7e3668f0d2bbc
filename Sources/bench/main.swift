import Foundation
import Reports
import ShopperCore
import YAMLKit

struct YAMLNodeBox { let node: Node; init(_ n: Node) { node = n } }

// shopper-bench N [--scenarios DIR] [--only SCENARIO] [--keep DIR] [--split] [--verify]   time a report over N generated run files
// shopper-bench steps N [--runs R] [--keep DIR]   check and report over one scenario of N steps (StepScale.swift)
// shopper-bench flat N [--keep DIR]   check of N one-line steps and import of an N×125-byte CSV line (FlatScale.swift)
// shopper-bench sample OUTDIR [--scenarios DIR] [--seed N]  write the sample history (reports/runs)
// shopper-bench --locations N [--months M] [--keep DIR]   report --by-segment location over N locations × M months (LocationScale.swift)

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("shopper-bench: \(message)\n".utf8))
    exit(2)
}

func option(_ name: String, in args: [String]) -> String? {
    guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
    return args[i + 1]
}

func peakRSSMiB() -> Double {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let kib = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kib / 1024
    }
    return .nan
}

func seconds(_ block: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    block()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func write(_ runs: [Run], to root: String) {
    let store = RunStore(root: root)
    for run in runs {
        do { try store.save(run) } catch { fail("cannot write \(store.path(of: run)): \(error)") }
    }
}

let args = Array(CommandLine.arguments.dropFirst())
let scenariosFolder = option("--scenarios", in: args) ?? "scenarios"
let workspace = Workspace.load(scenariosFolder: scenariosFolder)
// --only ID: every generated run is of that scenario (e.g. to time `shopper run` over a long history).
let only = option("--only", in: args)
let scenarios = workspace.scenarios.values.sorted { $0.id < $1.id }.filter { only == nil || $0.id == only }
guard !scenarios.isEmpty else { fail("no valid scenarios in \(scenariosFolder)/") }

if args.first == "sample" {
    guard args.count >= 2 else { fail("usage: shopper-bench sample OUTDIR") }
    let seed = option("--seed", in: args).flatMap(UInt64.init) ?? Samples.sampleSeed
    let runs = Samples.sampleRuns(scenarios, locations: workspace.locations, seed: seed)
    write(runs, to: args[1])
    print("wrote \(runs.count) runs to \(args[1])")
    exit(0)
}

if args.first == "memory" {
    // shopper-bench memory RUNS_DIR: the report's phases over an existing history, with the peak RSS after each.
    guard args.count >= 2 else { fail("usage: shopper-bench memory RUNS_DIR [--scenarios DIR]") }
    var loaded = RunLoader.Result(runs: [], problems: [])
    let load = seconds { loaded = RunLoader(scenarios: workspace.scenarios).load(root: args[1]) }
    print(String(format: "load: %.3f s, %d runs, peak RSS %.1f MiB", load, loaded.runs.count, peakRSSMiB()))
    var report: Report?
    let build = seconds { report = ReportBuilder(scenarios: workspace.scenarios, registry: workspace.registry).build(loaded.runs) }
    print(String(format: "build: %.3f s, peak RSS %.1f MiB", build, peakRSSMiB()))
    let verbatims = seconds {
        report = VerbatimLoader(scenarios: workspace.scenarios).attach(to: report!, runs: loaded.runs, options: ReportOptions())
    }
    print(String(format: "verbatims: %.3f s, peak RSS %.1f MiB", verbatims, peakRSSMiB()))
    var bytes = 0
    let render = seconds { bytes = JSONRenderer.render(report!).utf8.count }
    print(String(format: "render json: %.3f s, %d bytes, peak RSS %.1f MiB", render, bytes, peakRSSMiB()))
    exit(0)
}

if args.contains("--locations") {
    LocationScale.main(args, scenariosFolder: scenariosFolder)
    exit(0)
}

if args.first == "flat" {
    FlatScale.main(args, scenariosFolder: scenariosFolder)
    exit(0)
}

if args.first == "steps" {
    StepScale.main(args, scenariosFolder: scenariosFolder)
    exit(0)
}

guard let n = args.first.flatMap(Int.init), n > 0 else {
    fail("usage: shopper-bench N [--scenarios DIR] [--keep DIR] | shopper-bench sample OUTDIR")
}
let root = option("--keep", in: args)
    ?? (NSTemporaryDirectory() as NSString).appendingPathComponent("shopper-bench-\(getpid())")
let store = RunStore(root: root)
Samples.benchRuns(scenarios, count: n) { run in
    do { try store.save(run) } catch { fail("cannot write \(store.path(of: run)): \(error)") }
}
let paths = RunStore(root: root).files()
let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
print("\(paths.count) run files, \(bytes / 1024) KiB, in \(root)")
let generationRSS = peakRSSMiB()

// Warm the page cache so both passes read from memory.
for path in paths { _ = FileManager.default.contents(atPath: path) }

// (a) A bare single-threaded libyaml event scan: read each file, parse every event, build nothing.
var events = 0
let scan = seconds {
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path) else { continue }
        events += scanEvents([UInt8](data))
    }
}
// (b) The full report: load and summarise in parallel, build, read the current periods' runs again
// for what the testers said (as `--format json` does), render JSON.
var jsonBytes = 0
var counted = 0
var phases: [Double] = []
let full = seconds {
    var loaded = RunLoader.Result(runs: [], problems: [])
    phases.append(seconds { loaded = RunLoader(scenarios: workspace.scenarios).load(paths: paths) })
    var report: Report?
    phases.append(seconds {
        report = ReportBuilder(scenarios: workspace.scenarios, registry: workspace.registry).build(loaded.runs)
    })
    phases.append(seconds {
        report = VerbatimLoader(scenarios: workspace.scenarios).attach(to: report!, runs: loaded.runs, options: ReportOptions())
    })
    phases.append(seconds { jsonBytes = JSONRenderer.render(report!).utf8.count })
    counted = report!.countedRuns
}
print(String(format: "bare libyaml event scan (1 thread): %.3f s  (%d events)", scan, events))
print(String(format: "full report (load+build+json, %d threads): %.3f s  (%d runs counted, %d bytes of JSON)",
             ProcessInfo.processInfo.activeProcessorCount, full, counted, jsonBytes))
print(String(format: "  of which load %.3f s, build %.3f s, verbatims %.3f s, render %.3f s", phases[0], phases[1], phases[2],
             phases[3]))
if args.contains("--split") {
    var nodes: [YAMLNodeBox] = []
    let read = seconds { for path in paths { if case .success(let node) = SourceFile.read(path) { nodes.append(YAMLNodeBox(node)) } } }
    var decodedCount = 0
    let decode = seconds { for box in nodes { if RunDecoder.decode(box.node).0 != nil { decodedCount += 1 } } }
    print(String(format: "  single thread: read+parse to Node %.3f s, RunDecoder %.3f s (%d)", read, decode, decodedCount))
    let streaming = seconds { _ = RunLoader(scenarios: workspace.scenarios, concurrency: 1).load(paths: paths) }
    print(String(format: "  single thread: streaming load (fast path) %.3f s = %.2f× the scan", streaming, streaming / scan))
}
if args.contains("--verify") {
    // The fast path must give exactly the full path's summaries and problems.
    var fast = RunLoader(scenarios: workspace.scenarios)
    let a = fast.load(paths: paths)
    fast.fastPath = false
    var b = RunLoader.Result(runs: [], problems: [])
    let slowTime = seconds { b = fast.load(paths: paths) }
    let same = a.runs == b.runs && a.problems == b.problems
    print(String(format: "verify: fast path %@ the full path (%d runs, %d problems); full path alone loads in %.3f s",
                 same ? "matches" : "DIFFERS FROM", a.runs.count, a.problems.count, slowTime))
    if !same { exit(1) }
}
print(String(format: "ratio full/scan: %.2f", full / scan))
print(String(format: "peak RSS: %.1f MiB (after generating files: %.1f MiB)", peakRSSMiB(), generationRSS))
if option("--keep", in: args) == nil { try? FileManager.default.removeItem(atPath: root) }
