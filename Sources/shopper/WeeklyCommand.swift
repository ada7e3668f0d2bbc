import ArgumentParser
import Foundation
import Reports
import ShopperCore

struct WeeklyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "The page for the weekly meeting: the focus five, their actions, the re-check list and what has no owner.",
        discussion: """
        --week picks the ISO week (default: the week of the reference date). The reference date is --today, else \
        the week's Sunday when --week is given (to reproduce an old meeting), else today (UTC). Runs after the week \
        are not counted.
        """
    )

    @OptionGroup var history: HistoryOptions

    @OptionGroup var selection: WhereOptions

    @Option(help: ArgumentHelp("The ISO week, e.g. 2026-W48.", valueName: "week"))
    var week: String?

    @OptionGroup var today: TodayOption

    @Option(help: "Output format: text, markdown, html or json.")
    var format: WeeklyFormat = .text

    @Option(help: "Language of the labels (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    enum WeeklyFormat: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, html, json
    }

    func run() throws {
        let given = try today.parsed()
        var period: Period?
        if let week {
            guard let p = Period(parsing: week), p.unit == .week else {
                Output.line("error: --week: expected an ISO week such as 2026-W48 (weeks 01 to 52, or 53 in long years), found \(Echo.quoted(week))",
                            to: .standardError)
                throw ExitCode(1)
            }
            period = p
        }
        let day = given ?? period.map { Programme.day(of: $0.end).adding(days: -1) } ?? Programme.day(of: Date())
        let theWeek = period ?? Period(containing: Date(timeIntervalSince1970: Double(day.days) * 86_400), unit: .week)
        let selected = try history.load(where: selection.clauses)
        let page = WeeklyBuilder(scenarios: selected.workspace.scenarios, registry: selected.workspace.registry,
                                 filter: selected.filter).build(selected.loaded.runs, week: theWeek, today: day)
        let language = Language.interface(flag: lang)
        switch format {
        case .text: Output.write(WeeklyRenderer.text(page, width: OutputWidth.current(), language: language))
        case .markdown: Output.write(WeeklyRenderer.markdown(page, language: language))
        case .html: Output.write(WeeklyRenderer.html(page, language: language))
        case .json: Output.write(WeeklyRenderer.json(page))
        }
    }
}
