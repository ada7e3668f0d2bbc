import ArgumentParser

struct TouchpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "touchpoints", abstract: "Not built yet.")

    func run() throws {
        throw CleanExit.message("not built yet")
    }
}
