import ArgumentParser
import Foundation
import ShopperCore

/// `shopper action list [TOUCHPOINT]`: the plan as the registry holds it, with the ids the other
/// action commands take.
struct ActionListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the open actions (idea, planned, doing) of one touchpoint or of all; --all adds done and dropped."
    )

    @Argument(help: "A touchpoint id (default: every touchpoint with actions).") var touchpoint: String?
    @Flag(help: "Also list done and dropped actions.") var all = false
    @OptionGroup var options: ActionOptions

    func run() throws {
        let (loaded, problems) = ScenarioLoader.loadRegistry(options.registryPath)
        guard let registry = loaded else {
            for line in ActionMessages.lines(.registry(problems.filter { $0.diagnostic.severity == .error })) {
                Output.line(line, to: .standardError)
            }
            throw ExitCode(1)
        }
        var touchpoints = registry.touchpoints
        if let touchpoint {
            guard let tp = registry[touchpoint] else {
                let suggestion = Suggestion.closest(to: touchpoint, in: registry.touchpoints.map(\.id))
                for line in ActionMessages.lines(.unknownTouchpoint(touchpoint, suggestion: suggestion)) { Output.line(line, to: .standardError) }
                throw ExitCode(1)
            }
            touchpoints = [tp]
        }
        Output.write(Self.text(touchpoints, all: all, language: options.language))
    }

    /// Registry text on one line, safe for a terminal.
    static func line(_ text: String) -> String { Sanitizer(keepNewlines: false).sanitize(text) }

    /// One block per touchpoint: its id, name and owner, then `  [status] id — text (owner, due …)`.
    static func text(_ touchpoints: [Touchpoint], all: Bool, language: Language) -> String {
        func t(_ en: String, _ ru: String) -> String { ActionMessages.t(en, ru, language) }
        var out = ""
        for tp in touchpoints {
            let actions = tp.actions.filter { all || $0.status.isOpen }
            guard !actions.isEmpty || touchpoints.count == 1 else { continue }
            out += "\(tp.id) — \(line(tp.name)) (\(tp.owner.map(line) ?? t("no owner", "без владельца")))\n"
            if actions.isEmpty { out += "  " + t("no open actions", "открытых действий нет") + "\n" }
            for a in actions {
                // The touchpoint's owner is on the line above: an action's own owner only.
                var details = a.owner.map { [line($0)] } ?? []
                if let d = a.doneOn { details.append(t("done \(d)", "сделано \(d)")) } else if let d = a.due { details.append(t("due \(d)", "срок \(d)")) }
                if let b = a.barrier { details.append(t("barrier \(b)", "барьер \(b)")) }
                out += "  [\(ActionMessages.status(a.status, language))] \(a.id) — \(line(a.text))\(details.isEmpty ? "" : " (" + details.joined(separator: " · ") + ")")\n"
            }
        }
        return out.isEmpty ? t("no open actions\n", "открытых действий нет\n") : out
    }
}
