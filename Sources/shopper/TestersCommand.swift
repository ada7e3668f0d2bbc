import ArgumentParser
import Foundation
import Reports
import ShopperCore

extension TestersFormat: ExpressibleByArgument {}

struct TestersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "testers",
        abstract: "Calibrate testers: how each one's marks compare with the others', and how often they note barriers.",
        discussion: """
        For each tester and scenario: runs; leniency, the tester's step scores minus the other \
        testers' mean for the same step and period (averaged per run, with a 95% t interval); the \
        same for shop scores; a flag when a tester marks higher or lower than the others after \
        the Benjamini–Hochberg control; the share of runs with notes and with barriers. \
        --where tester=NAME shows that tester, still compared with everyone else. \
        Definitions: docs/report.md.
        """
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(name: .customLong("scenario"), help: "Only this scenario id (repeatable).")
    var scenarioIDs: [String] = []

    @Option(name: .customLong("by"), help: "Period length: testers are compared within a period.")
    var unit: PeriodUnit?

    @Option(help: "Only runs started on or after this UTC date (YYYY-MM-DD).")
    var since: String?

    @Option(help: "Only runs started on or before this UTC date (YYYY-MM-DD).")
    var until: String?

    @Option(help: "Output format.")
    var format: TestersFormat = .text

    @Option(help: ArgumentHelp("False-discovery level of the flags: a tester is flagged when their Benjamini–Hochberg q is below it (between 0 and 1, default 0.05).", valueName: "level"))
    var alpha: String?

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of the labels in text and Markdown (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English). CSV and JSON are the same in every language.")
    var lang: Language?

    var options: ReportOptions {
        get throws {
            try ReportOptions.make(unit: unit, scenarios: scenarioIDs, since: since, until: until, alpha: alpha)
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
        let selected = try history.load(where: selection.clauses)
        options.filter = selected.filter
        try history.requireKnown(scenarios: scenarioIDs, workspace: selected.workspace, runs: selected.loaded.runs)
        let calibration = TesterCalibrationBuilder(options: options).build(selected.loaded.runs)
        let width = format == .text && output == nil ? OutputWidth.current() : 80
        let text = format.render(calibration, width: width, language: Language.interface(flag: lang))
        try Output.deliver(text, toFile: output)
    }
}
