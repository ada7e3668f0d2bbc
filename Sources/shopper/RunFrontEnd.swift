import Foundation
import Runner
#if canImport(Glibc)
import Glibc
#endif

/// Chooses the runner's front end: line mode when standard input is not a terminal or with
/// `--plain`. A terminal without `--plain` is where the full-screen front end (a `RunnerIO` built on
/// TerminalUI) plugs in; until it exists, line mode serves there too.
enum RunFrontEnd {
    enum Mode: Equatable {
        case line
        case fullScreen
    }

    static func mode(plain: Bool, stdinIsTerminal: Bool = isatty(STDIN_FILENO) == 1,
                     stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> Mode {
        plain || !stdinIsTerminal || !stdoutIsTerminal ? .line : .fullScreen
    }

    static func make(plain: Bool) -> any RunnerIO {
        switch mode(plain: plain) {
        case .line: return lineIO()
        case .fullScreen: return lineIO()  // TerminalIO goes here.
        }
    }

    static func lineIO() -> LineIO {
        LineIO(readLine: { Swift.readLine(strippingNewline: true) },
               writeLine: { Output.line($0) })
    }
}
