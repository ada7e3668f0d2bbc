import ArgumentParser
import Reports
import ShopperCore

struct TouchpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchpoints",
        abstract: "Show the touchpoints ranked: owner, latest score, trend and the focus list."
    )

    @OptionGroup var history: HistoryOptions

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    @Option(name: .customLong("by"), help: "Period length for the latest score and the trend.")
    var unit: PeriodUnit = .month

    func run() throws {
        let (workspace, loaded) = try history.load()
        let report = ReportBuilder(scenarios: workspace.scenarios, registry: workspace.registry,
                                   options: ReportOptions(unit: unit)).build(loaded.runs)
        Output.write(TouchpointsRenderer.render(report, width: OutputWidth.current(), language: Language.interface(flag: lang)))
    }
}
