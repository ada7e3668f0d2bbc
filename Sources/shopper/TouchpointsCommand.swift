import ArgumentParser
import Foundation
import Reports
import ShopperCore

struct TouchpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        // The default subcommand of `shopper touchpoints` (TouchpointsGroup): `shopper touchpoints [options]`.
        commandName: "show",
        abstract: "Show the touchpoints: owner, measured score against the team's, trend, last check, actions and the focus list."
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    @Option(name: .customLong("by"), help: "Period length for the latest score and the trend.")
    var unit: PeriodUnit = .month

    @Option(help: "Output format: text, markdown, csv, json or html (a page with the wheel: measured and team scores as two outlines).")
    var format: ProgrammeFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: ArgumentHelp("Only touchpoints of this journey stage (repeatable).", valueName: "stage"))
    var stage: [JourneyStage] = []

    @Option(help: ArgumentHelp("Only touchpoints whose owner contains this text, ignoring case (repeatable: any).", valueName: "text"))
    var owner: [String] = []

    @Option(help: "Order: priority (focus priority), gap (largest first), score, team (lowest first), checked (least recent first) or id.")
    var sort: TouchpointsSelection.Sort = .priority

    @OptionGroup var today: TodayOption

    func run() throws {
        try OwnerOption.check(owner)
        let day = try today.parsed() ?? Programme.day(of: Date())
        let selected = try history.load(where: selection.clauses)
        var options = ReportOptions(unit: unit)
        options.filter = selected.filter
        let overview = Programme.overview(scenarios: selected.workspace.scenarios, registry: selected.workspace.registry,
                                          options: options, runs: selected.loaded.runs, today: day)
        let shown = TouchpointsSelection(stages: stage, owners: owner, sort: sort).apply(overview)
        let language = Language.interface(flag: lang)
        let text: String = switch format {
        case .text: TouchpointsOverviewRenderer.text(shown, width: output == nil ? OutputWidth.current() : 80, language: language)
        case .markdown: TouchpointsOverviewRenderer.markdown(shown, language: language)
        case .csv: TouchpointsOverviewRenderer.csv(shown)
        case .json: TouchpointsOverviewRenderer.json(shown)
        case .html: TouchpointsOverviewRenderer.html(shown, language: language)
        }
        try Output.deliver(text, toFile: output)
    }
}
