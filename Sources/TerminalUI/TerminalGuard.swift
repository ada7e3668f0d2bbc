// TerminalGuard: the terminal is restored on every way out.
//
// - Normal return or a thrown error: `withFullScreen` leaves the modes in a `defer`.
// - exit() from anywhere: an atexit handler restores.
// - SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT: restore, then the previous action (by default the
//   process ends with that signal, so the shell sees the right status).
// - SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP (crashes, Swift traps): restore, reinstate the previous
//   action (the runtime's backtracer or a core dump) and let the fault recur under it.
// - SIGTSTP: restore, stop; SIGCONT: back to raw mode, alternate screen and hidden cursor (if in
//   the foreground) and a redraw request.
// - SIGWINCH: a redraw request: `PosixTerminal.read` returns `.resized`, or poll `consumeResize()`.
// Handlers are async-signal-safe (see SignalState.swift); ignored signals stay ignored.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps the terminal restorable from every exit path.
public enum TerminalGuard {
    /// Installs the process-wide signal and atexit handlers (idempotent).
    public static func installSignalHandlers() {
        installSignalHandlersOnce()
    }

    /// Runs `body` in raw mode (and, as asked, the alternate screen with the cursor hidden), and
    /// leaves all of them however `body` ends. Installs the signal handlers for a `PosixTerminal`.
    public static func withFullScreen<T>(
        _ terminal: any Terminal, alternateScreen: Bool = true, hideCursor: Bool = true,
        _ body: () throws -> T
    ) throws -> T {
        try enter(terminal, alternateScreen: alternateScreen, hideCursor: hideCursor)
        defer { leave(terminal, alternateScreen: alternateScreen, hideCursor: hideCursor) }
        return try body()
    }

    /// `withFullScreen` for an async body.
    public static func withFullScreen<T>(
        _ terminal: any Terminal, alternateScreen: Bool = true, hideCursor: Bool = true,
        _ body: () async throws -> T
    ) async throws -> T {
        try enter(terminal, alternateScreen: alternateScreen, hideCursor: hideCursor)
        defer { leave(terminal, alternateScreen: alternateScreen, hideCursor: hideCursor) }
        return try await body()
    }

    /// True once after each SIGWINCH or SIGCONT (drains the wake pipe), for loops that do not
    /// wait in `PosixTerminal.read`.
    public static func consumeResize() -> Bool {
        consumeRedrawRequest()
    }

    /// Restores the terminal now, leaving the process's modes recorded (async-signal-safe; for
    /// paths that must exit at once).
    public static func restoreNow() {
        restoreTerminal()
    }

    /// Suspends like Ctrl-Z would without raw mode: restores the terminal, stops the process, and
    /// re-enters the modes when continued (the next read returns `.resized`).
    public static func suspend() {
        installSignalHandlersOnce()
        _ = kill(getpid(), SIGTSTP)  // process-directed: any thread not blocking it handles it
    }

    private static func enter(_ terminal: any Terminal, alternateScreen: Bool, hideCursor: Bool) throws {
        if terminal is PosixTerminal { installSignalHandlersOnce() }
        try terminal.enterRawMode()
        if alternateScreen { terminal.enterAlternateScreen() }
        if hideCursor { terminal.hideCursor() }
    }

    private static func leave(_ terminal: any Terminal, alternateScreen: Bool, hideCursor: Bool) {
        terminal.write(ANSI.resetStyle)
        if hideCursor { terminal.showCursor() }
        if alternateScreen { terminal.leaveAlternateScreen() }
        terminal.leaveRawMode()
    }
}
