import ArgumentParser
import Reports
import ShopperCore

extension Run.Status: ExpressibleByArgument {}

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List runs, newest first: date, id, scenario, tester, status, active time, barriers, location."
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    @Option(name: .customLong("scenario"), help: "Only this scenario id (repeatable).")
    var scenarioIDs: [String] = []

    @Option(help: "Only this tester: name or slug, in any case (\"eva novak\", \"Eva Novak\" and eva-novak match alike; repeatable).")
    var tester: [String] = []

    @Option(help: "Only runs with this status (repeatable).")
    var status: [Run.Status] = []

    @Option(help: "Only runs started on or after this UTC date (YYYY-MM-DD).")
    var since: String?

    func validate() throws {
        if let since, ReportOptions.parseDay(since) == nil {
            throw ValidationError(ReportOptionsError.badDate(option: "--since", value: since).description)
        }
    }

    func run() throws {
        var filter = RunListFilter(scenarios: Set(scenarioIDs), testers: Set(tester), statuses: Set(status))
        filter.since = since.flatMap(ReportOptions.parseDay)
        let selected = try history.load(where: selection.clauses, keep: ["location"])
        let (workspace, loaded) = (selected.workspace, selected.loaded)
        filter.where = selected.filter
        try history.requireKnown(scenarios: scenarioIDs, workspace: workspace, runs: loaded.runs)
        let language = Language.interface(flag: lang)
        if loaded.runs.isEmpty {
            Output.line(ReportStrings(language).noRunsYet)
            return
        }
        Output.write(RunListRenderer.render(filter.apply(loaded.runs), width: OutputWidth.current(), language: language,
                                            locations: workspace.locations))
    }
}
