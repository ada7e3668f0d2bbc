import ArgumentParser
import ShopperCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the scenario format (or of locations.yaml).",
        discussion: """
        Prints a JSON Schema (draft 2020-12) of the scenario format, for completion, hover help and checking \
        in editors that use yaml-language-server. `shopper check` checks more than the schema can: unique ids, \
        touchpoints from touchpoints.yaml, barrier steps, min below max. With --locations, the schema of the \
        locations registry (locations.yaml) instead; with --touchpoints, that of the touchpoints registry \
        (touchpoints.yaml).
        """
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the schema to this file instead of printing it.", valueName: "file"))
    var output: String?

    @Flag(help: "Print the schema of the locations registry (locations.yaml) instead.")
    var locations = false

    @Flag(help: "Print the schema of the touchpoints registry (touchpoints.yaml) instead.")
    var touchpoints = false

    func validate() throws {
        if locations && touchpoints { throw ValidationError("--locations and --touchpoints: choose one schema") }
    }

    func run() throws {
        let json = locations ? LocationsSchema.json() : touchpoints ? TouchpointsSchema.json() : ScenarioSchema.json()
        guard let output else {
            Output.write(json)
            return
        }
        do {
            try AtomicFile.write(json, to: output)
        } catch {
            Output.line("error: --output: \(error)", to: .standardError)
            throw ExitCode(1)
        }
        Output.line("wrote \(output)")
    }
}
