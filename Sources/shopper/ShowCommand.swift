import ArgumentParser

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Not built yet.")

    func run() throws {
        throw CleanExit.message("not built yet")
    }
}
