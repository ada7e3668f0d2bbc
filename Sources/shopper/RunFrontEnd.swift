import Foundation
import Runner
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Chooses the runner's front end: line mode when standard input or output is not a terminal, or
/// with `--plain`; otherwise the full-screen `TerminalIO`, which runs the session inside its
/// terminal guard (raw mode, alternate screen, restored on every path).
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

    /// Runs the session in this front end. In full screen, a SIGTERM, SIGHUP or SIGINT received
    /// meanwhile makes the session save and leave, and the process then ends with that signal.
    func run<T>(_ session: () throws -> T) throws -> T {
        guard let terminalIO else { return try session() }
        defer { TerminalGuard.endDeferredTermination() }
        return try terminalIO.run(session)
    }

    static func lineIO() -> LineIO {
        LineIO(readLine: { Swift.readLine(strippingNewline: true) },
               writeLine: { Output.line($0) })
    }
}
