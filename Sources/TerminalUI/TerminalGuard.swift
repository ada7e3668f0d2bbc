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
// - Deferred termination (`deferTermination()`): the first SIGTERM, SIGHUP or SIGINT is only
//   recorded and wakes `PosixTerminal.read`, so the program saves and leaves in order and then calls
//   `endDeferredTermination()`, which ends the process with that signal; a second signal ends it
//   at once as above. Line mode defers too: its reader polls `wakeDescriptor` beside its input.
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

    /// From now on the first SIGTERM, SIGHUP or SIGINT is recorded (see `pendingTermination`) and
    /// wakes a waiting read instead of ending the process. Installs the handlers.
    public static func deferTermination() {
        installSignalHandlersOnce()
        signalShared.pointee.deferTermination = 1
    }

    /// Ctrl-C read as a key (raw mode turns off the terminal's own SIGINT): while termination is
    /// deferred and none is pending, it counts as a SIGINT received, so the run is saved and the
    /// process ends by SIGINT as documented (a shell sees 130). Otherwise nothing.
    public static func interruptByKey() {
        let state = signalShared
        guard state.pointee.deferTermination != 0, state.pointee.pendingTermination == 0 else { return }
        state.pointee.pendingTermination = SIGINT
    }

    /// The signal received while termination was deferred, if any.
    public static var pendingTermination: Int32? {
        let signal = signalShared.pointee.pendingTermination
        return signal == 0 ? nil : signal
    }

    /// The read end of the wake pipe, once the handlers are installed: it becomes readable when a
    /// deferred termination signal, a resize or a continue arrives, so a reader that polls its own
    /// input can poll this too (drain it with `consumeResize()`, then check `pendingTermination`).
    public static var wakeDescriptor: Int32? {
        let fd = signalShared.pointee.wakeRead
        return fd >= 0 ? fd : nil
    }

    /// Stops deferring; if a signal came meanwhile, restores the terminal and ends the process with
    /// that signal (so the shell sees the right status). Returns when none came.
    public static func endDeferredTermination() {
        signalShared.pointee.deferTermination = 0
        guard let signal = pendingTermination else { return }
        restoreTerminal()
        _ = sigaction(signal, previousActions + Int(signal), nil)
        var set = sigset_t()
        sigemptyset(&set)
        sigaddset(&set, signal)
        _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
        _ = raise(signal)
        exit(128 + signal)  // the previous action did not end the process
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
