/// The terminal as the runner sees it: the real one is `PosixTerminal`, tests use `FakeTerminal`.
/// Modes are entered and left through `TerminalGuard.withFullScreen`, which restores them on every
/// path.
public protocol Terminal: AnyObject {
    /// Writes `text` as is (UTF-8), completely.
    func write(_ text: String)
    /// Waits up to `timeout` (forever when nil) for input; returns early on a resize.
    func read(timeout: Duration?) -> TerminalInput
    /// Current size in cells.
    var size: TerminalSize { get }
    /// Whether output goes to a terminal (for `ColourPolicy` and choosing full-screen vs line mode).
    var isTTY: Bool { get }
    /// Raw input: no echo, no line buffering, no signals from keys (Ctrl-C arrives as a key).
    func enterRawMode() throws
    func leaveRawMode()
    func hideCursor()
    func showCursor()
    func enterAlternateScreen()
    func leaveAlternateScreen()
}
