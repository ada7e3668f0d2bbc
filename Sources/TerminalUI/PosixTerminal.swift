// PosixTerminal: the real terminal, over file descriptors (standard input and output by default).
//
// Raw mode is cfmakeraw's, except that output processing (OPOST: "\n" → "\r\n") stays on so plain
// text still lines up; ISIG is off, so Ctrl-C and Ctrl-Z arrive as keys. Reads use poll() on the
// input and on TerminalGuard's wake pipe, so a resize or a continue interrupts a wait.
// Mode changes are recorded in the process-wide signal state, so the handlers installed by
// `TerminalGuard` can restore whatever is switched on.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's terminal, through termios, ioctl and poll.
public final class PosixTerminal: Terminal {
    public let inputFD: Int32
    public let outputFD: Int32

    public init(inputFD: Int32 = STDIN_FILENO, outputFD: Int32 = STDOUT_FILENO) {
        self.inputFD = inputFD
        self.outputFD = outputFD
        _ = signalShared  // allocate the shared state outside any signal handler
    }

    public var isTTY: Bool { isatty(outputFD) == 1 }

    public var size: TerminalSize {
        for fd in [outputFD, inputFD] {
            var window = winsize()
            let result = withUnsafeMutablePointer(to: &window) { ioctl(fd, UInt(TIOCGWINSZ), $0) }
            if result == 0 && window.ws_col > 0 && window.ws_row > 0 {
                return TerminalSize(columns: Int(window.ws_col), rows: Int(window.ws_row))
            }
        }
        return .fallback
    }

    public func write(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        bytes.withUnsafeMutableBytes { buffer in
            while offset < buffer.count {
                let written = Glibc.write(outputFD, buffer.baseAddress! + offset, buffer.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && (errno == EINTR || errno == EAGAIN) {
                    continue
                } else {
                    return
                }
            }
        }
    }

    public func read(timeout: Duration?) -> TerminalInput {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while true {
            if consumeRedrawRequest() { return .resized }
            guard let milliseconds = PollTimeout.milliseconds(until: deadline, clock: clock) else { return .timedOut }
            var fds = [
                pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: signalShared.pointee.wakeRead, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return .endOfInput
            }
            if ready == 0 { return .timedOut }
            if fds[1].revents != 0 && consumeRedrawRequest() { return .resized }
            if fds[0].revents != 0 {
                var buffer = [UInt8](repeating: 0, count: 4096)
                let count = buffer.withUnsafeMutableBytes { Glibc.read(inputFD, $0.baseAddress, $0.count) }
                if count > 0 { return .bytes(Array(buffer[..<count])) }
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                return .endOfInput
            }
        }
    }

    public func enterRawMode() throws {
        guard isatty(inputFD) == 1 else { throw TerminalError.notATerminal }
        let state = signalShared
        if state.pointee.rawActive != 0 { return }
        var original = termios()
        guard tcgetattr(inputFD, &original) == 0 else {
            throw TerminalError.systemCall("tcgetattr", errno: errno)
        }
        var raw = original
        raw.c_iflag &= ~tcflag_t(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG | IEXTEN)
        raw.c_cflag &= ~tcflag_t(CSIZE | PARENB)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        state.pointee.original = original
        state.pointee.raw = raw
        state.pointee.inputFD = inputFD
        state.pointee.outputFD = outputFD
        guard tcsetattr(inputFD, TCSAFLUSH, &state.pointee.raw) == 0 else {
            throw TerminalError.systemCall("tcsetattr", errno: errno)
        }
        state.pointee.rawActive = 1
    }

    public func leaveRawMode() {
        let state = signalShared
        guard state.pointee.rawActive != 0, state.pointee.inputFD == inputFD else { return }
        state.pointee.rawActive = 0
        _ = tcsetattr(inputFD, TCSAFLUSH, &state.pointee.original)
    }

    public func hideCursor() {
        signalShared.pointee.outputFD = outputFD
        write(ANSI.hideCursor)
        signalShared.pointee.cursorHidden = 1
    }

    public func showCursor() {
        signalShared.pointee.cursorHidden = 0
        write(ANSI.showCursor)
    }

    public func enterAlternateScreen() {
        signalShared.pointee.outputFD = outputFD
        write(ANSI.enterAlternateScreen)
        signalShared.pointee.alternateScreen = 1
    }

    public func leaveAlternateScreen() {
        signalShared.pointee.alternateScreen = 0
        write(ANSI.leaveAlternateScreen)
    }
}
