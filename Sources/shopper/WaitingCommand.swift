import ArgumentParser
import Foundation
import Reports
import Runner
import ShopperCore

/// `shopper waiting`: every open wait in the runs folder, overdue first.
struct WaitingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "waiting",
        abstract: "List open waits (wait steps still awaiting an answer), overdue first, with wall and working time against the target."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "Folder of run files (<runs>/<scenario>/<run-id>.yaml).")
    var runs = HistoryOptions.defaultRuns

    @Option(help: "Folder of scenario files (targets and working hours come from them).")
    var scenarios = "scenarios"

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "The reference instant (ISO 8601, e.g. 2026-11-24T15:00:00Z; default: now).")
    var now: String?

    @Option(help: "Language of the text (default: the scenarios' language when every open wait's scenario has the same one, else LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    func validate() throws {
        if let now, Timestamp.parse(now) == nil {
            throw ValidationError("--now: expected an ISO 8601 time such as 2026-11-24T15:00:00Z, found '\(now)'")
        }
    }

    func run() throws {
        let reference = now.flatMap(Timestamp.parse) ?? Date()
        let strings = Strings(Language.interface(flag: lang))
        let workspace = Workspace.load(scenariosFolder: scenarios)
        for problem in workspace.problems { Output.line(problem.formatted, to: .standardError) }
        // As for `report`: the default runs folder of a workspace that has no run yet is no error.
        var scenariosIsDirectory: ObjCBool = false
        if runs == HistoryOptions.defaultRuns, !FileManager.default.fileExists(atPath: runs),
           FileManager.default.fileExists(atPath: scenarios, isDirectory: &scenariosIsDirectory), scenariosIsDirectory.boolValue {
            Output.line(strings.noRunsYet(runs), to: .standardError)
        }
        let open = runs == HistoryOptions.defaultRuns && !FileManager.default.fileExists(atPath: runs) && scenariosIsDirectory.boolValue
            ? [] : try WaitingCommand.inProgressRuns(in: runs, strings: strings)
        let waits = OpenWait.find(in: open, scenarios: workspace.scenarios, locations: workspace.locations, now: reference)
        switch format {
        case .json: Output.write(WaitingRenderer.json(waits))
        case .text:
            // As `run` chooses: --lang, else the scenarios' language when the open waits share one, else the environment's.
            let languages = Set(waits.compactMap { workspace.scenarios[$0.scenario]?.language })
            let language = Strings.language(flag: lang, scenario: languages.count == 1 ? languages.first : nil,
                                            environment: ProcessInfo.processInfo.environment)
            Output.write(WaitingRenderer.text(waits, language: language, zone: .current))
        }
    }

    /// The `in-progress` runs under `root`; unreadable files are warnings on standard error.
    static func inProgressRuns(in root: String, strings: Strings) throws -> [Run] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            Output.line(strings.noRunsFolder(root), to: .standardError)
            throw ExitCode(1)
        }
        let store = RunStore(root: root)
        return store.files().filter { !RunStore.saysEnded(path: $0) }.compactMap { path in
            switch store.load(path: path) {
            case .success(let run): return run.status == .inProgress ? run : nil
            case .failure(let d):
                Output.line(d.formatted(path: path), to: .standardError)
                return nil
            }
        }
    }
}
