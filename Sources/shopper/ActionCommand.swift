import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `shopper action add|start|done|drop|list`: the touchpoint's plan edited from the command line,
/// in place in the registry file that defines the touchpoint (`ActionPlanEditor`).
struct ActionGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "action",
        abstract: "Edit a touchpoint's action plan in the registry: add, start, done, drop, list.",
        discussion: """
        The change is written into the file that defines the touchpoint (touchpoints.yaml or touchpoints.d/*.yaml), \
        touching only the lines it changes: comments and other entries stay as they are. The edited file must read \
        back as the registry plus the one change, else nothing is written and the error says what to edit by hand.
        """,
        subcommands: [ActionAddCommand.self, ActionStartCommand.self, ActionDoneCommand.self, ActionDropCommand.self,
                      ActionListCommand.self]
    )
}

/// `--scenarios` and `--lang`, shared by the action subcommands.
struct ActionOptions: ParsableArguments {
    @Option(help: "Folder holding touchpoints.yaml.")
    var scenarios = "scenarios"

    @Option(help: "Language of the messages (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    var registryPath: String { "\(scenarios)/\(ScenarioLoader.registryName)" }
    var language: Language { Language.interface(flag: lang) }

    /// Applies the change and says what changed; every failure is an `error:` line and exit status 1.
    func apply(_ change: ActionPlanEdit.Change, touchpoint: String) throws {
        guard FileManager.default.fileExists(atPath: registryPath) else {
            Output.line("error: --scenarios: no \(ScenarioLoader.registryName) in \(scenarios)/", to: .standardError)
            throw ExitCode(1)
        }
        switch ActionPlanEditor.apply(change, touchpoint: touchpoint, registryPath: registryPath) {
        case .success(let done):
            Output.line(ActionMessages.done(done, change: change, language: language))
        case .failure(let failure):
            for line in ActionMessages.lines(failure) { Output.line(line, to: .standardError) }
            throw ExitCode(1)
        }
    }

    /// A date option: `YYYY-MM-DD`, else `error: --NAME: …` and exit status 1.
    static func date(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            Output.line("error: --\(option): expected a date written YYYY-MM-DD, such as 2026-12-04, found \(Echo.quoted(text))",
                        to: .standardError)
            throw ExitCode(1)
        }
        return date
    }
}

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

struct ActionStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark an idea or planned action as doing.")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @OptionGroup var options: ActionOptions

    func run() throws {
        try options.apply(.status(action: action, to: .doing, doneOn: nil), touchpoint: touchpoint)
    }
}

struct ActionDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done (done_on: --on, default today).")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @Option(help: ArgumentHelp("The day it was done, YYYY-MM-DD (default: the reference date).", valueName: "date")) var on: String?
    @OptionGroup var today: TodayOption
    @OptionGroup var options: ActionOptions

    func run() throws {
        let day = try ActionOptions.date(on, option: "on") ?? today.parsed() ?? Programme.day(of: Date())
        try options.apply(.status(action: action, to: .done, doneOn: day), touchpoint: touchpoint)
    }
}

struct ActionDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drop", abstract: "Drop an action that will not be done.")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @OptionGroup var options: ActionOptions

    func run() throws {
        try options.apply(.status(action: action, to: .dropped, doneOn: nil), touchpoint: touchpoint)
    }
}
