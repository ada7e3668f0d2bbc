import ArgumentParser
import Foundation
import Reports
import ShopperCore

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one run in full: steps, times, scores, checklist, answers, barriers, notes, survey."
    )

    @OptionGroup var history: HistoryOptions

    @Argument(help: ArgumentHelp("The run: its id as `shopper runs` lists it, a prefix of the id only one run has, the tester's name with the UTC date (\"Eva Novak 2026-11-03\"), or a path to a run file.", valueName: "run"))
    var runID: String

    @Option(help: "Language of the labels (default: the scenario's language, else English).")
    var lang: Language?

    func run() throws {
        let store = RunStore(root: history.runs)
        let path: String
        if runID.hasSuffix(".yaml") || runID.hasSuffix(".yml") {
            path = runID
        } else {
            switch RunLookup.find(runID, in: store.files()) {
            case .found(let found):
                path = found
            case .none:
                Output.line("error: no run '\(runID)' in \(history.runs); `shopper runs` lists them with their ids", to: .standardError)
                throw ExitCode(1)
            case .ambiguous(let candidates):
                Output.line("error: '\(runID)' fits \(candidates.count) runs; give more of the id:", to: .standardError)
                for candidate in candidates.prefix(20) { Output.line("  \(candidate.id)  (\(candidate.path))", to: .standardError) }
                if candidates.count > 20 { Output.line("  … and \(candidates.count - 20) more", to: .standardError) }
                throw ExitCode(1)
            }
        }
        switch store.load(path: path) {
        case .failure(let diagnostic):
            Output.line(diagnostic.formatted(path: path), to: .standardError)
            throw ExitCode(1)
        case .success(let run):
            let workspace = Workspace.load(scenariosFolder: history.scenarios)
            let scenario = workspace.scenarios[run.scenario]
            Output.write(RunDetailRenderer.render(run, scenario: scenario, language: lang ?? scenario?.language ?? .en,
                                                  width: OutputWidth.current()))
        }
    }
}
