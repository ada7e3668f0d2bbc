import Foundation
import Runner
#if canImport(Glibc)
import Glibc
#endif

/// Chooses the runner's front end. Line mode when standard input is not a terminal or with
/// `--plain`; on a terminal the full-screen front end (TerminalUI) will plug in here, and until
/// then line mode serves there too.
enum RunFrontEnd {
    static func make(plain: Bool) -> any RunnerIO {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        if interactive && !plain {
            // The full-screen terminal front end goes here.
            return lineIO()
        }
        return lineIO()
    }

    static func lineIO() -> LineIO {
        LineIO(readLine: { Swift.readLine(strippingNewline: true) },
               writeLine: { Output.line($0) })
    }
}
