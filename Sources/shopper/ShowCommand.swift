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

    @Argument(help: "The run id (the file name without .yaml), or a path to a run file.")
    var runID: String

    @Option(help: "Language of the labels (default: the scenario's language, else English).")
    var lang: Language?

    func run() throws {
        let store = RunStore(root: history.runs)
        let path: String
        if runID.hasSuffix(".yaml") || runID.hasSuffix(".yml") {
            path = runID
        } else if let found = store.files().first(where: { ($0 as NSString).lastPathComponent.hasPrefix(runID + ".") }) {
            path = found
        } else {
            Output.line("error: no run '\(runID)' in \(history.runs); `shopper runs` lists them", to: .standardError)
            throw ExitCode(1)
        }
        switch store.load(path: path) {
        case .failure(let diagnostic):
            Output.line(diagnostic.formatted(path: path), to: .standardError)
            throw ExitCode(1)
        case .success(let run):
            let workspace = Workspace.load(scenariosFolder: history.scenarios)
            let scenario = workspace.scenarios[run.scenario]
            Output.write(RunDetailRenderer.render(run, scenario: scenario, language: lang ?? scenario?.language ?? .en))
        }
    }
}
