import ArgumentParser
import Foundation
import Reports
import ShopperCore

struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "The page for the weekly meeting: the focus five, their actions, the re-check list and what has no owner.",
        discussion: """
        --week picks the ISO week (default: the week of the reference date). The reference date is --today (which \
        must be a day of --week when both are given), else the week's Sunday when --week is given (to reproduce an \
        old meeting; today for the current week), else today (UTC). Everything is as of the reference date: runs \
        started after it, assessments dated after it and `done_on` after it do not count.

        """
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(help: ArgumentHelp("The ISO week, e.g. 2026-W48.", valueName: "week"))
    var week: String?

    @OptionGroup var today: TodayOption

    @Option(help: "Output format: text, markdown, html or json.")
    var format: WeeklyFormat = .text

    @Option(name: .shortAndLong, help: "Write the output to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    enum WeeklyFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    func run() throws {
        let given = try today.parsed()
        let period = try DateArgument.week(week, option: "week")
        let now = Programme.day(of: Date())
        let day: CalendarDate
        let theWeek: Period
        if let period {
            let monday = Programme.day(of: period.start), sunday = monday.adding(days: 6)
            if let given, given < monday || given > sunday {
                Output.line("error: --today: \(given) is not a day of --week \(period) (\(monday) to \(sunday)); the page is as of a day "
                            + "of its week: give a --today in it, or leave --today out for the week's Sunday", to: .standardError)
                throw ExitCode(1)
            }
            day = given ?? (now >= monday && now <= sunday ? now : sunday)
            theWeek = period
        } else {
            day = given ?? now
            theWeek = Period(containing: Date(timeIntervalSince1970: Double(day.days) * 86_400), unit: .week)
        }
        let selected = try history.load(where: selection.clauses)
        let page = WeeklyBuilder(scenarios: selected.workspace.scenarios, registry: selected.workspace.registry,
                                 filter: selected.filter).build(selected.loaded.runs, week: theWeek, today: day)
        let language = Language.interface(flag: lang)
        let text: String = switch format {
        case .text: WeeklyRenderer.text(page, width: output == nil ? OutputWidth.current() : 80, language: language)
        case .markdown: WeeklyRenderer.markdown(page, language: language)
        case .html: WeeklyRenderer.html(page, language: language)
        case .json: WeeklyRenderer.json(page)
        }
        try Output.deliver(text, toFile: output)
    }
}
