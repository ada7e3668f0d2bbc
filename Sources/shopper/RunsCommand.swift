import ArgumentParser
import Reports
import ShopperCore

extension Run.Status: ExpressibleByArgument {}

struct RunsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List runs, newest first: date, scenario, tester, status, active time, barriers."
    )

    @OptionGroup var history: HistoryOptions

    @Option(name: .customLong("scenario"), help: "Only this scenario id (repeatable).")
    var scenarioIDs: [String] = []

    @Option(help: "Only this tester (name or slug; repeatable).")
    var tester: [String] = []

    @Option(help: "Only runs with this status (repeatable).")
    var status: [Run.Status] = []

    @Option(help: "Only runs started on or after this UTC date (YYYY-MM-DD).")
    var since: String?

    func run() throws {
        var filter = RunListFilter(scenarios: Set(scenarioIDs), testers: Set(tester), statuses: Set(status))
        if let since {
            guard let date = ReportOptions.parseDay(since) else {
                Output.line("error: --since expects a date such as 2026-09-01, found '\(since)'", to: .standardError)
                throw ExitCode(2)
            }
            filter.since = date
        }
        let (_, loaded) = history.load()
        Output.write(RunListRenderer.render(filter.apply(loaded.runs)))
    }
}
