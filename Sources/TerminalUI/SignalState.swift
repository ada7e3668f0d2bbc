// SignalState: the process-wide terminal state that signal handlers restore, and the handlers.
//
// Everything a handler touches lives in one plain struct behind a pointer allocated once, before
// any handler is installed (no Swift runtime calls, no locks, no allocation in a handler). The
// handlers call only async-signal-safe functions: tcsetattr, tcgetpgrp, getpgrp, write,
// sigaction, pthread_sigmask and raise. Escapes are StaticStrings (constant data).
//
// "Desired" flags say what the program has switched on (raw mode, hidden cursor, alternate screen);
// `restoreTerminal()` undoes them on the tty without clearing the flags, so `reapplyTerminal()` can
// switch them back on after a suspend.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct SignalShared {
    var original = termios()
    var raw = termios()
    var inputFD: Int32 = -1
    var outputFD: Int32 = -1
    var rawActive: Int32 = 0
    var cursorHidden: Int32 = 0
    var alternateScreen: Int32 = 0
    var wakeRead: Int32 = -1
    var wakeWrite: Int32 = -1
    var installed: Int32 = 0
    /// When set, SIGTERM, SIGHUP and SIGINT are recorded in `pendingTermination` and wake the
    /// reader instead of ending the process, so the program can save and leave in order.
    var deferTermination: Int32 = 0
    var pendingTermination: Int32 = 0
}

/// The shared state. Initialised from ordinary code (PosixTerminal.init, handler installation)
/// before any handler can run.
nonisolated(unsafe) let signalShared: UnsafeMutablePointer<SignalShared> = {
    let pointer = UnsafeMutablePointer<SignalShared>.allocate(capacity: 1)
    pointer.initialize(to: SignalShared())
    return pointer
}()

/// Actions that were in place before ours, indexed by signal number.
nonisolated(unsafe) let previousActions: UnsafeMutablePointer<sigaction> = {
    let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    pointer.initialize(repeating: sigaction(), count: 65)
    return pointer
}()

/// Signals after which the process ends: restore, then let the previous action run.
let terminatingSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGABRT]
/// Faults: restore, reinstate the previous action and return, so the fault happens again under it
/// (the Swift runtime's backtracer, or the default core dump).
let faultSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP]

enum SignalSafe {
    static var leaveAlternateScreen: StaticString { "\u{1B}[?1049l" }
    static var enterAlternateScreen: StaticString { "\u{1B}[?1049h" }
    static var showCursor: StaticString { "\u{1B}[?25h" }
    static var hideCursor: StaticString { "\u{1B}[?25l" }
    static var resetStyle: StaticString { "\u{1B}[0m" }

    static func write(_ fd: Int32, _ text: StaticString) {
        var start = UnsafeRawPointer(text.utf8Start)
        var left = text.utf8CodeUnitCount
        while left > 0 {
            let written = Glibc.write(fd, start, left)
            if written > 0 {
                start += written
                left -= written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}

/// Puts the tty back as the program found it; keeps the desired flags. Async-signal-safe.
func restoreTerminal() {
    let state = signalShared
    let fd = state.pointee.outputFD
    if fd >= 0 && (state.pointee.alternateScreen != 0 || state.pointee.cursorHidden != 0) {
        SignalSafe.write(fd, SignalSafe.resetStyle)
        if state.pointee.alternateScreen != 0 { SignalSafe.write(fd, SignalSafe.leaveAlternateScreen) }
        if state.pointee.cursorHidden != 0 { SignalSafe.write(fd, SignalSafe.showCursor) }
    }
    if state.pointee.rawActive != 0 && state.pointee.inputFD >= 0 {
        _ = tcsetattr(state.pointee.inputFD, TCSANOW, &state.pointee.original)
    }
}

/// Switches the desired modes back on, if the process is in the foreground. Async-signal-safe.
func reapplyTerminal() {
    let state = signalShared
    let input = state.pointee.inputFD
    guard input >= 0, tcgetpgrp(input) == getpgrp() else { return }
    if state.pointee.rawActive != 0 {
        _ = tcsetattr(input, TCSANOW, &state.pointee.raw)
    }
    let fd = state.pointee.outputFD
    guard fd >= 0 else { return }
    if state.pointee.alternateScreen != 0 { SignalSafe.write(fd, SignalSafe.enterAlternateScreen) }
    if state.pointee.cursorHidden != 0 { SignalSafe.write(fd, SignalSafe.hideCursor) }
}

/// Wakes a waiting `PosixTerminal.read` with `.resized`. Async-signal-safe.
func requestRedraw() {
    let fd = signalShared.pointee.wakeWrite
    guard fd >= 0 else { return }
    var byte: UInt8 = 0x52
    _ = Glibc.write(fd, &byte, 1)  // non-blocking: a full pipe already means "redraw"
}

/// Empties the wake pipe; true when a redraw was requested since the last call.
func consumeRedrawRequest() -> Bool {
    let fd = signalShared.pointee.wakeRead
    guard fd >= 0 else { return false }
    var requested = false
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            requested = true
        } else if count < 0 && errno == EINTR {
            continue
        } else {
            return requested
        }
    }
}

private func setAction(_ signal: Int32, _ handler: (@convention(c) (Int32) -> Void)?) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_ONSTACK
    _ = sigaction(signal, &action, nil)
}

private func unblock(_ signal: Int32) {
    var set = sigset_t()
    sigemptyset(&set)
    sigaddset(&set, signal)
    _ = pthread_sigmask(SIG_UNBLOCK, &set, nil)
}

func handleTermination(_ signal: Int32) {
    let state = signalShared
    if state.pointee.deferTermination != 0 && state.pointee.pendingTermination == 0
        && (signal == SIGTERM || signal == SIGHUP || signal == SIGINT) {
        state.pointee.pendingTermination = signal  // a second signal takes the path below
        requestRedraw()
        return
    }
    restoreTerminal()
    _ = sigaction(signal, previousActions + Int(signal), nil)
    unblock(signal)
    _ = raise(signal)
}

func handleFault(_ signal: Int32) {
    restoreTerminal()
    _ = sigaction(signal, previousActions + Int(signal), nil)
}

func handleStop(_ signal: Int32) {
    restoreTerminal()
    setAction(SIGTSTP, nil)  // SIG_DFL
    unblock(SIGTSTP)
    _ = raise(SIGTSTP)  // stops here; SIGCONT's handler reapplies the modes
    setAction(SIGTSTP, handleStop)
}

func handleContinue(_ signal: Int32) {
    reapplyTerminal()
    requestRedraw()
}

func handleResize(_ signal: Int32) {
    requestRedraw()
}

/// Installs all handlers once per process. A signal that was ignored (e.g. SIGHUP under nohup)
/// stays ignored.
func installSignalHandlersOnce() {
    let state = signalShared
    guard state.pointee.installed == 0 else { return }
    state.pointee.installed = 1
    _ = previousActions

    var fds: [Int32] = [-1, -1]
    if pipe(&fds) == 0 {
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        state.pointee.wakeRead = fds[0]
        state.pointee.wakeWrite = fds[1]
    }
    atexit { restoreTerminal() }

    func install(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        _ = sigaction(signal, nil, previousActions + Int(signal))
        let previous = previousActions[Int(signal)].__sigaction_handler.sa_handler
        if let previous, unsafeBitCast(previous, to: Int.self) == 1 { return }  // SIG_IGN
        setAction(signal, handler)
    }
    for signal in terminatingSignals { install(signal, handleTermination) }
    for signal in faultSignals { install(signal, handleFault) }
    install(SIGTSTP, handleStop)
    install(SIGCONT, handleContinue)
    install(SIGWINCH, handleResize)
}
