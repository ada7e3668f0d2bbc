import ArgumentParser
import Reports
import ShopperCore

struct TouchpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchpoints",
        abstract: "Show the touchpoints ranked: owner, latest score, trend and the focus list."
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    @Option(name: .customLong("by"), help: "Period length for the latest score and the trend.")
    var unit: PeriodUnit = .month

    func run() throws {
        let selected = try history.load(where: selection.clauses)
        var options = ReportOptions(unit: unit)
        options.filter = selected.filter
        let report = ReportBuilder(scenarios: selected.workspace.scenarios, registry: selected.workspace.registry,
                                   options: options).build(selected.loaded.runs)
        Output.write(TouchpointsRenderer.render(report, width: OutputWidth.current(), language: Language.interface(flag: lang)))
    }
}
