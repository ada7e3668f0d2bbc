import ArgumentParser
import ShopperCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a commented starter scenario.",
        discussion: """
        Writes scenarios/ID.yaml (or --output PATH), a commented starter scenario that passes `shopper check`. \
        Its steps use touchpoints from the touchpoints.yaml found for it (beside the file, else scenarios/); \
        when there is none, a starter touchpoints.yaml is written beside the scenario too. \
        Existing files are never overwritten.
        """
    )

    enum Lang: String, ExpressibleByArgument, CaseIterable {
        case en, ru
    }

    @Argument(help: "The scenario id: lowercase letters, digits and hyphens, e.g. bus-tickets-prague.")
    var id: String

    @Option(name: .long, help: "The language of the starter's texts and comments.")
    var lang: Lang = .en

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the scenario here instead of scenarios/ID.yaml; the file must be named ID.yaml or ID.yml.",
                                                         valueName: "path"))
    var output: String?

    func run() throws {
        let language: Language = lang == .ru ? .ru : .en
        switch StarterFiles.plan(id: id, language: language, output: output) {
        case .failure(let problem):
            Output.line("error: \(problem)", to: .standardError)
            throw ExitCode(1)
        case .success(let files):
            for file in files {
                do {
                    try AtomicFile.write(file.text, to: file.path)
                } catch {
                    Output.line("error: \(error)", to: .standardError)
                    throw ExitCode(1)
                }
                Output.line("wrote \(file.path)")
            }
            Output.line("next: edit it, then `shopper check \(files.last!.path)`")
        }
    }
}
