import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `--today DATE`, the reference date of `touchpoints` and `weekly` (overdue actions, re-checks).
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The reference date, YYYY-MM-DD from 1970-01-01 to 9999-12-31 (default: today, UTC); touchpoints and weekly show what was known that day.",
                               valueName: "date"))
    var today: String?

    /// The date given, or nil; a malformed one or one outside 1970-01-01…9999-12-31 is an
    /// `error: --today:` and exit status 1.
    func parsed() throws -> CalendarDate? {
        try DateArgument.date(today, option: "today")
    }
}

/// Dates and weeks on the command line (`ProgrammeDates`): a problem is an `error: --OPTION: …`
/// line and exit status 1.
enum DateArgument {
    static func date(_ text: String?, option: String) throws -> CalendarDate? {
        guard let text else { return nil }
        return try unwrap(ProgrammeDates.date(parsing: text), option: option)
    }

    static func week(_ text: String?, option: String) throws -> Period? {
        guard let text else { return nil }
        return try unwrap(ProgrammeDates.week(parsing: text), option: option)
    }

    private static func unwrap<T>(_ result: Result<T, ProgrammeDates.Problem>, option: String) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let problem):
            Output.line("error: --\(option): \(problem.message)", to: .standardError)
            throw ExitCode(1)
        }
    }
}

/// `--owner TEXT` (repeatable): every text must say something; an empty one is an
/// `error: --owner:` and exit status 1 (it would match no owner and show an empty list).
enum OwnerOption {
    static func check(_ owners: [String]) throws {
        guard owners.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return }
        Output.line("error: --owner: an empty text matches no owner; give part of an owner's name, such as --owner anna",
                    to: .standardError)
        throw ExitCode(1)
    }
}

enum ProgrammeFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json, html
}

extension JourneyStage: ExpressibleByArgument {}
extension TouchpointsSelection.Sort: ExpressibleByArgument {}
