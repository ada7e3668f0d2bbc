import Foundation
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// The width text output is laid out for: `$COLUMNS` when set to a number, else the terminal's
/// width when standard output is a terminal, else 80 (a pipe or a file).
enum OutputWidth {
    static func current(environment: [String: String] = ProcessInfo.processInfo.environment) -> Int {
        let terminal = isatty(STDOUT_FILENO) == 1 ? PosixTerminal().size.columns : nil
        return TerminalSize.textColumns(columnsVariable: environment["COLUMNS"], terminalColumns: terminal)
    }
}
