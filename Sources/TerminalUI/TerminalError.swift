/// Why a terminal operation failed.
public enum TerminalError: Error, Sendable, Hashable {
    /// Raw mode needs a terminal on input.
    case notATerminal
    /// A system call failed with `errno`.
    case systemCall(String, errno: Int32)
}
