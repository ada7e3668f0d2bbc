import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `shopper action add`: a new action in a touchpoint's plan.
struct ActionAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add an action to a touchpoint's plan.",
        discussion: "The id is made from the text as barrier ids are (Cyrillic transliterated) unless --id gives it; action ids are unique across the registry."
    )

    enum OpenStatus: String, ExpressibleByArgument, CaseIterable { case idea, planned, doing }

    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "What is to be done.") var text: String
    @Option(help: "The action's id, a slug (default: made from the text).") var id: String?
    @Option(help: "Who does it (default: the touchpoint's owner).") var owner: String?
    @Option(help: ArgumentHelp("When it is due, YYYY-MM-DD.", valueName: "date")) var due: String?
    @Option(help: "The status of the new action.") var status: OpenStatus = .planned
    @Option(help: "The id of the barrier it addresses (from the scenarios or the runs).") var barrier: String?
    @Option(help: "Folder of run files, where --barrier ids are also looked up.") var runs = HistoryOptions.defaultRuns
    @OptionGroup var options: ActionOptions

    func run() throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            Output.line("error: the action's text is empty", to: .standardError)
            throw ExitCode(1)
        }
        if let control = ControlCharacters.first(in: text) {
            Output.line("error: the action's text contains \(ControlCharacters.describe(control)); an action is one line of printable text",
                        to: .standardError)
            throw ExitCode(1)
        }
        if let owner, let problem = ControlCharacters.problem(inName: owner) {
            Output.line("error: --owner: the name \(problem)", to: .standardError)
            throw ExitCode(1)
        }
        if let id, !Slug.isValid(id) {
            Output.line("error: --id: \(Echo.quoted(id)) is not a slug (lowercase letters, digits, hyphens)", to: .standardError)
            throw ExitCode(1)
        }
        if let owner, owner.trimmingCharacters(in: .whitespaces).isEmpty {
            Output.line("error: --owner: empty; leave the option out for the touchpoint's owner", to: .standardError)
            throw ExitCode(1)
        }
        let due = try ActionOptions.date(due, option: "due")
        if let barrier { try Self.checkBarrier(barrier, scenarios: options.scenarios, runs: runs) }
        let action = Touchpoint.Action(id: id ?? "", text: text, owner: owner, due: due,
                                       status: Touchpoint.Action.Status(rawValue: status.rawValue)!, barrier: barrier)
        try options.apply(.add(action), touchpoint: touchpoint)
    }

    /// A barrier id must be one the scenarios list or a run recorded (or another action names).
    static func checkBarrier(_ id: String, scenarios: String, runs: String) throws {
        let workspace = Workspace.load(scenariosFolder: scenarios)
        var known = Set(workspace.scenarios.values.flatMap { $0.barriers.map(\.id) })
        known.formUnion(workspace.registry?.touchpoints.flatMap { $0.actions.compactMap(\.barrier) } ?? [])
        if known.contains(id) { return }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: runs, isDirectory: &isFolder), isFolder.boolValue {
            let loaded = RunLoader(scenarios: workspace.scenarios).load(root: runs)
            known.formUnion(loaded.runs.flatMap { $0.steps.flatMap { $0.barriers.map(\.id) } })
        }
        if known.contains(id) { return }
        let hint = Suggestion.closest(to: id, in: known.sorted()).map { "; did you mean \(Echo.quoted($0))?" }
            ?? " (barrier ids come from the scenarios' barriers and the barriers recorded in runs)"
        Output.line("error: --barrier: unknown barrier \(Echo.quoted(id))\(hint)", to: .standardError)
        throw ExitCode(1)
    }
}
