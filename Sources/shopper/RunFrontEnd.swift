import Foundation
import Runner
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Chooses the runner's front end: line mode when standard input or output is not a terminal, or
/// with `--plain`; otherwise the full-screen `TerminalIO`, which runs the session inside its
/// terminal guard (raw mode, alternate screen, restored on every path). Either way termination
/// signals are deferred while the session runs (see `run`).
struct RunFrontEnd {
    enum Mode: Equatable {
        case line
        case fullScreen
    }

    let io: any RunnerIO
    private let terminalIO: TerminalIO?

    static func mode(plain: Bool, stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1,
                     stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Mode {
        plain || !stdinIsTerminal || !stdoutIsTerminal ? .line : .fullScreen
    }

    static func make(plain: Bool, strings: Strings, clock: any RunClock) -> RunFrontEnd {
        switch mode(plain: plain) {
        case .line:
            return RunFrontEnd(io: lineIO(), terminalIO: nil)
        case .fullScreen:
            let terminal = PosixTerminal()
            let colour = ColourPolicy.allowed(isTTY: terminal.isTTY, environment: ProcessInfo.processInfo.environment)
            let io = TerminalIO(terminal: terminal, clock: clock, strings: strings, colour: colour)
            return RunFrontEnd(io: io, terminalIO: io)
        }
    }

    /// Runs the session in this front end. A SIGTERM, SIGHUP or SIGINT received meanwhile makes the
    /// session save and leave (the running step's time included, and where the run is saved is
    /// printed), and the process then ends with that signal; a second one ends it at once.
    func run<T>(_ session: () throws -> T) throws -> T {
        defer { TerminalGuard.endDeferredTermination() }
        do {
            if let terminalIO { return try terminalIO.run(session) }
            TerminalGuard.deferTermination()
            return try session()
        } catch let failure as Session.Failure where TerminalGuard.pendingTermination != nil {
            // The process ends by the signal on the way out (above): say first why the run could not be saved.
            Output.line("error: \(failure.message)", to: .standardError)
            throw failure
        }
    }

    static func lineIO(stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> LineIO {
        let input = StandardInputLines()
        var interrupted = false
        return LineIO(read: { timeout in
            let next = input.read(timeout: timeout)
            if next == .interrupted && !interrupted {
                interrupted = true
                // A terminal echoes Ctrl-C as "^C" where the cursor is; what follows starts a line.
                if stdoutIsTerminal && TerminalGuard.pendingTermination == SIGINT { Output.line("") }
            }
            return next
        }, writeLine: { Output.line($0) })
    }
}
