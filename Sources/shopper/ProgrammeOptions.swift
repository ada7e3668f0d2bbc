import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `--today DATE`, the reference date of `touchpoints` and `weekly` (overdue actions, re-checks).
struct TodayOption: ParsableArguments {
    @Option(help: ArgumentHelp("The reference date for overdue actions and re-checks, YYYY-MM-DD (default: today, UTC).",
                               valueName: "date"))
    var today: String?

    /// The date given, or nil; a malformed one is an `error: --today:` and exit status 1.
    func parsed() throws -> CalendarDate? {
        guard let today else { return nil }
        guard let date = CalendarDate(parsing: today) else {
            Output.line("error: --today: expected a date written YYYY-MM-DD, such as 2026-11-30, found \(Echo.quoted(today))",
                        to: .standardError)
            throw ExitCode(1)
        }
        return date
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
