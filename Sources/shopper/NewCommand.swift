import ArgumentParser

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Not built yet.")

    func run() throws {
        throw CleanExit.message("not built yet")
    }
}
