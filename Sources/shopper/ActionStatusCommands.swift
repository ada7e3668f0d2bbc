import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `shopper action start|done|drop`: an open action's new status.
struct ActionStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "start", abstract: "Mark an idea or planned action as doing.")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @OptionGroup var options: ActionOptions

    func run() throws {
        try options.apply(.status(action: action, to: .doing, doneOn: nil), touchpoint: touchpoint)
    }
}

struct ActionDoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark an action done (done_on: --on, default today).")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @Option(help: ArgumentHelp("The day it was done, YYYY-MM-DD (default: the reference date).", valueName: "date")) var on: String?
    @OptionGroup var today: TodayOption
    @OptionGroup var options: ActionOptions

    func run() throws {
        let on = try ActionOptions.date(on, option: "on"), reference = try today.parsed()  // both checked, even when --on wins
        let day = on ?? reference ?? Programme.day(of: Date())
        try options.apply(.status(action: action, to: .done, doneOn: day), touchpoint: touchpoint)
    }
}

struct ActionDropCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "drop", abstract: "Drop an action that will not be done.")
    @Argument(help: "The touchpoint id.") var touchpoint: String
    @Argument(help: "The action id.") var action: String
    @OptionGroup var options: ActionOptions

    func run() throws {
        try options.apply(.status(action: action, to: .dropped, doneOn: nil), touchpoint: touchpoint)
    }
}
