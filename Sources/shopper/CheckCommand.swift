import ArgumentParser
import ShopperCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario, touchpoints and run files for errors.",
        discussion: """
        Checks files and folders (recursively *.yaml and *.yml); a folder given with no such file is an \
        error. A file is known by its top-level key: scenario, touchpoints or run. A scenario's id must \
        equal its file name; a run is compared with its scenario (scenarios/ID.yaml) when their versions \
        match. Every problem is printed as PATH:LINE:COLUMN: error: MESSAGE. Exits 1 when any file has \
        an error.
        """
    )

    @Argument(help: "Files or folders to check (default: scenarios and reports/runs).")
    var paths: [String] = []

    func run() throws {
        let targets = paths.isEmpty ? ["scenarios", "reports/runs"] : paths
        var checker = Checker()
        let result = checker.check(targets, defaults: paths.isEmpty)
        if paths.isEmpty, result.files.isEmpty {
            Output.line("error: nothing to check: no scenario, touchpoints or run files in scenarios/ or reports/runs/ here; "
                        + "run this in a workspace, or name files or folders: shopper check PATH...", to: .standardError)
            throw ExitCode(1)
        }
        for problem in result.problems {
            Output.line(problem.formatted, to: .standardError)
        }
        Output.line(result.summary, to: result.errorCount > 0 ? .standardError : .standardOutput)
        if result.errorCount > 0 { throw ExitCode(1) }
    }
}
