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

    /// A date option: `YYYY-MM-DD` from 1970-01-01 to 9999-12-31, else `error: --NAME: …` and exit status 1.
    static func date(_ text: String?, option: String) throws -> CalendarDate? {
        try DateArgument.date(text, option: option)
    }
}
