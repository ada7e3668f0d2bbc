import ArgumentParser

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "runs", abstract: "Not built yet.")

    func run() throws {
        throw CleanExit.message("not built yet")
    }
}
