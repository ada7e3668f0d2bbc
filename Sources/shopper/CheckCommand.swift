import ArgumentParser
import Foundation
import ShopperCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario, touchpoints and run files for errors.",
        discussion: """
        Checks files and folders (recursively *.yaml and *.yml); a folder given with no such file is an \
        error. A file is known by its top-level key: scenario, touchpoints or run. A scenario's id must \
        equal its file name; a run is compared with its scenario (scenarios/ID.yaml, or --scenarios) when their versions \
        match. Every problem is printed as PATH:LINE:COLUMN: error: MESSAGE. Exits 1 when any file has \
        an error.
        """
    )

    @Argument(help: "Files or folders to check (default: scenarios and reports/runs).")
    var paths: [String] = []

    @Option(help: ArgumentHelp(
        "Folder of the scenarios and locations.yaml that runs are checked against (default: a folder given to check that holds touchpoints.yaml or locations.yaml, else scenarios).",
        valueName: "dir"))
    var scenarios: String?

    /// `--scenarios`, else the one folder given to check that holds a registry (so `check
    /// other/scenarios other/runs` holds the runs to that workspace, not to the current
    /// folder's), else `scenarios`.
    static func scenariosFolder(option: String?, paths: [String]) -> String {
        if let option { return option }
        let fm = FileManager.default
        let holders = paths.filter { path in
            [ScenarioLoader.registryName, ScenarioLoader.locationsName].contains { fm.fileExists(atPath: "\(path)/\($0)") }
        }
        return holders.count == 1 ? holders[0] : "scenarios"
    }

    func run() throws {
        let targets = paths.isEmpty ? ["scenarios", "reports/runs"] : paths
        let folder = Self.scenariosFolder(option: scenarios, paths: paths)
        var isDirectory: ObjCBool = false
        if scenarios != nil, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            Output.line("error: --scenarios: no folder '\(folder)'", to: .standardError)
            throw ExitCode(1)
        }
        var checker = Checker(scenariosFolder: folder)
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
