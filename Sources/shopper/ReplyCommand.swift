import ArgumentParser
import Foundation
import Reports
import Runner
import ShopperCore

/// `shopper reply RUN_ID [STEP] [--at TIME] [--none]`: closes an open wait without walking the run.
struct ReplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply",
        abstract: "Record that a wait step's answer arrived (now, or --at TIME) or never came (--none); then `shopper run --resume` goes on."
    )

    @Argument(help: "The run's id.")
    var runID: String

    @Argument(help: "The wait step (default: the run's open wait).")
    var step: String?

    @Option(help: "When the answer arrived, in your local time (14:05, \"yesterday 17:40\", \"2026-11-24 09:15\") or ISO 8601 (2026-11-24T08:15:00Z).")
    var at: String?

    @Flag(help: "No answer came: the wait ends unanswered now.")
    var none = false

    @Option(help: "Folder of run files (<runs>/<scenario>/<run-id>.yaml).")
    var runs = HistoryOptions.defaultRuns

    @Option(help: "Folder of scenario files (working hours come from them).")
    var scenarios = "scenarios"

    @Option(help: "The present instant (ISO 8601; default: now), for tests and for recording later.")
    var now: String?

    @Option(help: "Language of the messages (default: the run's scenario's language, else LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    func validate() throws {
        if at != nil, none { throw ValidationError("--at and --none exclude each other: an answer either came or did not") }
        if let now, Timestamp.parse(now) == nil {
            throw ValidationError("--now: expected an ISO 8601 time such as 2026-11-24T15:00:00Z, found '\(now)'")
        }
        if let at, Timestamp.parse(at) == nil, WaitTime.skipped(at, now: now.flatMap(Timestamp.parse) ?? Date(), zone: .current) {
            throw ValidationError("--at: " + Strings(.en).skippedLocalTime(at, zone: .current))
        }
        if let at, Timestamp.parse(at) == nil, WaitTime.parse(at, now: Date(), zone: .current) == nil {
            throw ValidationError("--at: expected a time such as 14:05, \"yesterday 17:40\", \"2026-11-24 09:15\" or 2026-11-24T08:15:00Z, found '\(at)'")
        }
    }

    func run() throws {
        let present = now.flatMap(Timestamp.parse) ?? Date()
        let answered: Date? = none ? nil : at.map { Timestamp.parse($0) ?? WaitTime.parse($0, now: present, zone: .current)! } ?? present
        let workspace = Workspace.load(scenariosFolder: scenarios)
        let store = RunStore(root: runs)
        // As `run` chooses: --lang, else the scenario's language, else the environment's.
        let scenarioID = WaitReply.find(runID, in: store).map { URL(fileURLWithPath: $0).deletingLastPathComponent().lastPathComponent }
        let strings = Strings(Strings.language(flag: lang, scenario: scenarioID.flatMap { workspace.scenarios[$0] }?.language,
                                               environment: ProcessInfo.processInfo.environment))
        do {
            let run = try WaitReply.close(runID: runID, step: step, answered: answered, now: present, store: store,
                                          scenarios: workspace.scenarios, locations: workspace.locations, zone: .current,
                                          strings: strings)
            let closed = run.steps.filter { $0.wait.map { !$0.isOpen } ?? false }
            let record = step.flatMap { s in closed.first { $0.step == s } } ?? closed.max { $0.wait!.last.sent < $1.wait!.last.sent }
            let last = record?.wait?.last
            // Working time is said when it is the promise's clock (as the runner says it).
            let clock = record.flatMap { workspace.scenarios[run.scenario]?.step($0.step)?.wait?.clock }
            Output.line(answered == nil ? strings.replyUnanswered(after: last?.responseSeconds ?? 0)
                                        : strings.replyAnswered(after: last?.responseSeconds ?? 0,
                                                                working: clock == .working ? last?.responseWorkingSeconds : nil))
            // The folders given here go into the command, so it finds the same run.
            var command = "shopper run \(run.scenario)"
            if scenarios != "scenarios" { command += " --scenarios \(ShellWord.quoted(scenarios))" }
            if runs != HistoryOptions.defaultRuns { command += " --runs \(ShellWord.quoted(runs))" }
            Output.line(strings.continueRun("\(command) --resume \(run.id)"))
        } catch let failure as WaitReply.Failure {
            // A refused --at value is a command-line error like a malformed one: `--at:` and exit 64.
            let option = failure.option.map { "\($0): " } ?? ""
            Output.line((strings.language == .ru ? "ошибка: " : "error: ") + option + failure.message, to: .standardError)
            throw failure.option != nil ? ExitCode.validationFailure : ExitCode(1)
        }
    }
}
