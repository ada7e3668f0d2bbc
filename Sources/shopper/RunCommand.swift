import ArgumentParser
import Foundation
import OrderedCollections
import Reports
import Runner
import ShopperCore
#if canImport(Glibc)
import Glibc
#endif

extension Language: ExpressibleByArgument {}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Walk a tester through a scenario, timing each step and recording what happened.",
        discussion: """
        SCENARIO is a file path or a scenario id looked up in --scenarios. The run file is written when the run starts and after every event, to RUNS/SCENARIO/RUN-ID.yaml.

        When standard input is not a terminal, or with --plain, the run goes one line at a time: on a step's ready screen an empty line starts it (on a wait step's: the request was sent now) and `s` skips; while it runs, an empty line is done and f (failed), b (barrier), n (note), p (pause), s (skip), q (save and quit), ? (help) are lines. End of input leaves the run in progress; continue it with --resume RUN_ID.

        On a terminal (without --plain) the run is full screen and single keys act at once: on a ready screen Enter starts the step (a wait step's: sent now, then the answer is awaited, across quits and --resume), s skips, q saves and quits; while a step runs the screen shows a live timer against the target, and Enter (done), f, b, n, p, s, q, Ctrl-C (save and quit) and ? act without Enter; f and s ask for confirmation (Enter or y). While a step is paused, n and b still record a note or barrier. Answers are typed and confirmed with Enter.

        When the tester has an in-progress run of the scenario, the runner offers the latest: y resumes it, n marks it (only it) abandoned and starts a new run. `--abandon RUN_ID` marks an in-progress run abandoned without starting one; abandoned runs count in reports as failed tasks, in-progress ones not at all. A run another runner has open (it holds RUNS/SCENARIO/.RUN-ID.lock) is never offered, resumed or abandoned; the refusal names its pid, host and start.

        When a save fails (a full disk, a read-only folder), what was typed is kept, the reason is shown, and r tries again; q leaves the file as last saved and prints the resume command (exit status 1).
        """
    )

    @Argument(help: "The scenario: a file, or an id in the scenarios folder.")
    var scenario: String

    @Option(help: "The tester's name (asked when not given).")
    var tester: String?

    @Option(name: .customLong("context"), help: ArgumentHelp("A context value the scenario asks for (repeatable).", valueName: "KEY=VALUE"))
    var contextPairs: [String] = []

    @Option(help: ArgumentHelp("Where run files are written.", valueName: "DIR"))
    var runs = "reports/runs"

    @Flag(help: "A practice run: written to a new temporary folder (printed) instead of --runs, so the run history is left as it is.")
    var practice = false

    @Option(help: ArgumentHelp("Where scenario ids are looked up.", valueName: "DIR"))
    var scenarios = "scenarios"

    @Option(help: "Interface language (default: the scenario's language).")
    var lang: Language?

    @Flag(help: "Line mode: one prompt and one answer per line, no colour or cursor movement.")
    var plain = false

    @Option(help: ArgumentHelp("Continue an in-progress run.", valueName: "RUN_ID"))
    var resume: String?

    @Option(help: ArgumentHelp("Mark an in-progress run abandoned (it will not be resumed) and exit.", valueName: "RUN_ID"))
    var abandon: String?

    @Option(help: .hidden)  // ISO 8601: the wall clock starts at this instant (end-to-end tests of waits across days)
    var now: String?

    func validate() throws {
        if let now, Timestamp.parse(now) == nil {
            throw ValidationError("--now: expected an ISO 8601 time such as 2026-11-24T15:00:00Z, found '\(now)'")
        }
        if resume != nil && abandon != nil {
            throw ValidationError("--resume and --abandon cannot be used together")
        }
        if practice && runs != "reports/runs" {
            throw ValidationError("--practice writes to a new temporary folder; leave out --runs")
        }
        if practice && (resume != nil || abandon != nil) {
            throw ValidationError("--practice starts a new run in a new folder; to continue a practice run use --runs with its folder and --resume")
        }
    }

    func run() throws {
        if let tester, let problem = ControlCharacters.problem(inName: tester) {
            Output.line("error: --tester: the name \(problem)", to: .standardError)
            throw ExitCode(1)
        }
        guard let path = ScenarioLoader.locate(scenario, in: scenarios) else {
            Output.line("error: no scenario '\(scenario)' (not a file, and no \(scenarios)/\(scenario).yaml)", to: .standardError)
            throw ExitCode(1)
        }
        let (loaded, problems) = ScenarioLoader.load(path, scenariosFolder: scenarios)
        for problem in problems where loaded == nil || problem.diagnostic.severity == .error {
            Output.line(problem.formatted, to: .standardError)
        }
        guard let loaded else { throw ExitCode(1) }

        let language = Strings.language(flag: lang, scenario: loaded.language, environment: ProcessInfo.processInfo.environment)
        let strings = Strings(language)
        let clock: any RunClock = now.flatMap(Timestamp.parse).map { ShiftedClock(startingAt: $0) } ?? SystemClock()
        if let abandon {
            let session = Session(scenario: loaded, store: RunStore(root: runs), clock: clock,
                                  io: RunFrontEnd.lineIO(), strings: strings)
            do {
                _ = try session.abandon(runID: abandon)
            } catch let failure as Session.Failure {
                Output.line("error: \(failure.message)", to: .standardError)
                throw ExitCode(1)
            }
            return
        }

        var context: OrderedDictionary<String, String> = [:]
        for pair in contextPairs {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                Output.line("error: --context expects KEY=VALUE, found '\(pair)'", to: .standardError)
                throw ExitCode(1)
            }
            let key = String(pair[..<eq]), value = String(pair[pair.index(after: eq)...])
            if let control = ControlCharacters.first(in: value) {
                Output.line("error: --context: the value of '\(key)' contains \(ControlCharacters.describe(control)); "
                            + "a context value is one line of printable text", to: .standardError)
                throw ExitCode(1)
            }
            context[key] = value
        }
        let unknown = Session.unknownContextKeys(context, scenario: loaded)
        if !unknown.isEmpty {
            let known = loaded.context.isEmpty ? "the scenario asks for no context"
                : "the scenario asks for: \(loaded.context.joined(separator: ", "))"
            Output.line("error: unknown --context key \(unknown.map { "'\($0)'" }.joined(separator: ", ")); \(known)", to: .standardError)
            throw ExitCode(1)
        }

        // With a locations registry, the location must be one of its ids (as `check` holds runs to).
        var locations: LocationRegistry?
        if let registryPath = ScenarioLoader.registryPath(forScenarioAt: path, scenariosFolder: scenarios,
                                                          name: ScenarioLoader.locationsName) {
            let (registry, problems) = ScenarioLoader.loadLocations(registryPath)
            for problem in problems { Output.line(problem.formatted, to: .standardError) }
            guard let registry else { throw ExitCode(1) }
            locations = registry
            if let given = context["location"], given != "-", registry[given] == nil {
                let hint = Suggestion.closest(to: given, in: registry.ids).map { "; did you mean '\($0)'?" } ?? ""
                Output.line("error: --context location=\(given): not a location id of \(registryPath)\(hint)", to: .standardError)
                throw ExitCode(1)
            }
        }

        let runs = practice ? try Self.practiceFolder() : self.runs
        let frontEnd = RunFrontEnd.make(plain: plain, strings: strings, clock: clock)
        let session = Session(scenario: loaded, store: RunStore(root: runs), clock: clock,
                              io: frontEnd.io, strings: strings)
        session.readPastRuns = { RunLoader(scenarios: [$1.id: $1]).pastRuns(in: $0, scenario: $1.id) }
        session.locations = locations
        do {
            let options = Session.Options(tester: tester, context: context, resume: resume, resumeCommand: resumeCommand(runs: runs))
            _ = try frontEnd.run { try session.run(options) }
        } catch let failure as Session.Failure {
            Output.line("error: \(failure.message)", to: .standardError)
            throw ExitCode(1)
        }
    }

    /// A new folder for a practice run, under the temporary folder; said on standard error.
    private static func practiceFolder() throws -> String {
        let base = (ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp")
        var template = Array("\(base)/shopper-practice-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            Output.line("error: cannot make a practice folder in \(base): \(String(cString: strerror(errno)))", to: .standardError)
            throw ExitCode(1)
        }
        let folder = String(cString: made)
        Output.line("practice run: saved in \(folder), not in the run history", to: .standardError)
        return folder
    }

    /// The command that continues this run, with the options that locate it.
    private func resumeCommand(runs: String) -> String {
        var words = ["shopper", "run", ShellWord.quoted(scenario)]
        if runs != "reports/runs" { words += ["--runs", ShellWord.quoted(runs)] }
        if scenarios != "scenarios", !scenario.hasSuffix(".yaml"), !scenario.hasSuffix(".yml") {
            words += ["--scenarios", ShellWord.quoted(scenarios)]
        }
        if let lang { words += ["--lang", lang.rawValue] }
        if plain { words.append("--plain") }
        return words.joined(separator: " ")
    }
}
