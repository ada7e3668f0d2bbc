import ArgumentParser
import Foundation
import Reports
import Runner
import ShopperCore
import TerminalUI

extension PeriodUnit: ExpressibleByArgument {}
extension ReportFormat: ExpressibleByArgument {}

/// Options shared by the commands that read run history.
struct HistoryOptions: ParsableArguments {
    static let defaultRuns = "reports/runs"

    @Option(help: "Folder of run files (<runs>/<scenario>/<run-id>.yaml).")
    var runs = HistoryOptions.defaultRuns

    @Option(help: "Folder of scenario files and touchpoints.yaml.")
    var scenarios = "scenarios"

    /// Loads the workspace and every run, printing problems as warnings. A runs folder that does
    /// not exist is an error (an empty report would pass a release gate by mistake), except the
    /// default `reports/runs` in a workspace that has its scenarios folder but no run yet: then
    /// there are no runs, and a note says so.
    func load() throws -> (Workspace, RunLoader.Result) {
        let selection = try load(where: [])
        return (selection.workspace, selection.loaded)
    }

    /// Loads the workspace, checks `--where` clauses (and a `--by-segment` key) against it, then
    /// loads every run keeping the context values they need (plus `keep`). A bad clause or key is
    /// an error that lists the known keys. Problems are printed as warnings, as by `load()`.
    func load(where clauses: [String], segment: String? = nil, keep: Set<String> = []) throws -> HistorySelection {
        let workspace = Workspace.load(scenariosFolder: scenarios)
        for problem in workspace.problems { Output.line(problem.formatted, to: .standardError) }
        /// A bad clause or key is an error named after its option.
        func parsed<T>(_ option: String, _ parse: () throws(SegmentError) -> T) throws -> T {
            do {
                return try parse()
            } catch {
                Output.line("error: \(option): \(error)", to: .standardError)
                throw ExitCode(1)
            }
        }
        let filter = try parsed("--where") { () throws(SegmentError) in
            try RunFilter.parse(clauses, scenarios: workspace.scenarios.values, locations: workspace.locations)
        }
        let segmentKey = try segment.map { segment in
            try parsed("--by-segment") { () throws(SegmentError) in
                try SegmentKey.parse(segment, scenarios: workspace.scenarios.values, locations: workspace.locations)
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: runs, isDirectory: &isDirectory), isDirectory.boolValue else {
            var scenariosIsDirectory: ObjCBool = false
            let hasScenarios = FileManager.default.fileExists(atPath: scenarios, isDirectory: &scenariosIsDirectory)
                && scenariosIsDirectory.boolValue
            guard runs == Self.defaultRuns, hasScenarios, !FileManager.default.fileExists(atPath: runs) else {
                Output.line("error: no runs folder '\(runs)'; give the folder of run files with --runs", to: .standardError)
                throw ExitCode(1)
            }
            Output.line("note: no runs yet (no \(runs) folder); `shopper run SCENARIO` records one there", to: .standardError)
            return HistorySelection(workspace: workspace, loaded: RunLoader.Result(runs: [], problems: []),
                                    filter: filter, segment: segmentKey)
        }
        var loader = RunLoader(scenarios: workspace.scenarios)
        loader.contextKeys = filter.contextKeys.union([segmentKey?.contextKey].compactMap { $0 }).union(keep)
        let result = loader.load(root: runs)
        for problem in result.problems {
            Output.line(problem.formatted, to: .standardError)
        }
        if !result.problems.isEmpty {
            Output.line("note: \(result.problems.count) run file\(result.problems.count == 1 ? "" : "s") skipped", to: .standardError)
        }
        // A value no run has is most likely a typo: say which values there are.
        for unmatched in filter.unmatched(in: result.runs) { Output.line(unmatched.note, to: .standardError) }
        if let note = filter.noMatchNote(in: result.runs) { Output.line(note, to: .standardError) }
        return HistorySelection(workspace: workspace, loaded: result, filter: filter, segment: segmentKey)
    }

    /// Exits with status 1, naming the known ids, when a `--scenario` id is neither a scenario
    /// file nor found in the runs: a typo would otherwise show an empty result as if it were one.
    func requireKnown(scenarios ids: [String], workspace: Workspace, runs: [RunSummary]) throws {
        let known = Set(workspace.scenarios.keys).union(runs.map(\.scenario))
        let unknown = ids.filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        let list = known.sorted().joined(separator: ", ")
        Output.line("error: no scenario or runs with id \(unknown.map { "'\($0)'" }.joined(separator: ", ")); known: \(list)",
                    to: .standardError)
        throw ExitCode(1)
    }
}

extension Language {
    /// The language of `report`, `runs` and `touchpoints` labels: `--lang`, else the
    /// environment's locale (`LC_ALL`, `LC_MESSAGES`, `LANG` starting with `ru`), else English.
    static func interface(flag: Language?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        Strings.language(flag: flag, scenario: nil, environment: environment)
    }
}

/// What `HistoryOptions.load(where:segment:keep:)` read: the workspace, the runs (all of them;
/// the filter is applied by the caller) and the parsed `--where` clauses and segment key.
struct HistorySelection {
    var workspace: Workspace
    var loaded: RunLoader.Result
    var filter: RunFilter
    var segment: SegmentKey?
}

/// `--where KEY=VALUE`, for the commands that select runs.
struct WhereOptions: ParsableArguments {
    @Option(name: .customLong("where"), help: ArgumentHelp(
        "Only runs for which KEY is VALUE (repeatable: a key given again means any of its values, different keys must all hold). KEY: tester, a context key such as location or app_version, or a field of the run's location in locations.yaml: region, manager, tag, timezone.",
        valueName: "key=value"))
    var clauses: [String] = []
}

enum FailOn: String, ExpressibleByArgument, CaseIterable {
    case regression
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Compare runs across periods: completion, time, scores, barriers and touchpoints.",
        discussion: """
        Runs are grouped per scenario into UTC periods of their start time. Only completed and \
        abandoned runs are counted. Changes compare the latest period with the one before, or \
        --current with --baseline. Definitions: docs/report.md.
        """
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(name: .customLong("scenario"), help: "Only this scenario id (repeatable).")
    var scenarioIDs: [String] = []

    @Option(name: .customLong("by-segment"), help: ArgumentHelp(
        "League tables of this key's values per scenario and period, worst first (a key as for --where).",
        valueName: "key"))
    var bySegment: String?

    @Option(name: .customLong("by"), help: "Period length.")
    var unit: PeriodUnit?

    @Option(help: "Only runs started on or after this UTC date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only runs started on or before this UTC date (YYYY-MM-DD).")
    var until: String?

    @Option(help: "Period to compare against, e.g. 2026-10, 2026-W46 or 2026-Q3.")
    var baseline: String?

    @Option(help: "Period to compare, e.g. 2026-11.")
    var current: String?

    @Option(help: "Output format.")
    var format: ReportFormat = .text

    @Option(help: ArgumentHelp("False-discovery level of the change flags: a change is flagged when its Benjamini–Hochberg q is below it (between 0 and 1, default 0.05).", valueName: "level"))
    var alpha: String?

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .customLong("fail-on"), help: "Exit with status 1 when a regression of any metric is flagged.")
    var failOn: FailOn?

    @Flag(name: .customLong("no-color"), help: "Never colour the text report.")
    var noColor = false

    @Option(help: "Language of the labels in text, Markdown and HTML (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English). CSV and JSON are the same in every language.")
    var lang: Language?

    var options: ReportOptions {
        get throws {
            try ReportOptions.make(unit: unit, scenarios: scenarioIDs, since: since, until: until,
                                   baseline: baseline, current: current, alpha: alpha)
        }
    }

    func validate() throws {
        do {
            _ = try options
        } catch {
            throw ValidationError(String(describing: error))
        }
    }

    func run() throws {
        var options = try options
        let selected = try history.load(where: selection.clauses, segment: bySegment)
        let (workspace, loaded) = (selected.workspace, selected.loaded)
        options.filter = selected.filter
        options.segment = selected.segment
        try history.requireKnown(scenarios: scenarioIDs, workspace: workspace, runs: loaded.runs)
        for period in [options.baseline, options.current].compactMap({ $0 })
        where !loaded.runs.contains(where: { $0.isCounted && period.contains($0.started) }) {
            Output.line("note: no completed or abandoned runs in \(period.label)", to: .standardError)
        }
        var report = ReportBuilder(scenarios: workspace.scenarios, registry: workspace.registry, options: options)
            .build(loaded.runs)
        if format.showsVerbatims {
            report = VerbatimLoader(scenarios: workspace.scenarios).attach(to: report, runs: loaded.runs, options: options)
        }
        let colour = format == .text && output == nil && !noColor
            && ColourPolicy.allowed(isTTY: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let width = format == .text && output == nil ? OutputWidth.current() : 80
        let generatedAt: Date
        do { generatedAt = try GeneratedAt.date() } catch { Output.line("\(error)", to: .standardError); throw ExitCode(64) }
        let text = format.render(report, colour: colour, width: width, language: Language.interface(flag: lang), generatedAt: generatedAt)
        try Output.deliver(text, toFile: output)
        if failOn == .regression, report.hasRegression {
            Output.line("regression flagged", to: .standardError)
            throw ExitCode(1)
        }
    }
}
