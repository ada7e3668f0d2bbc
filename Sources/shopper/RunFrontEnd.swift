import Foundation
import Runner
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// Chooses the runner's front end: line mode when standard input or output is not a terminal, or
/// with `--plain`; otherwise the full-screen `TerminalIO`, which runs the session inside its
/// terminal guard (raw mode, alternate screen, restored on every path). Either way termination
/// signals are deferred while the session runs (see `run`).
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

    /// Runs the session in this front end. A SIGTERM, SIGHUP or SIGINT received meanwhile makes the
    /// session save and leave (the running step's time included, and where the run is saved is
    /// printed), and the process then ends with that signal; a second one ends it at once.
    func run<T>(_ session: () throws -> T) throws -> T {
        defer { TerminalGuard.endDeferredTermination() }
        if let terminalIO { return try terminalIO.run(session) }
        TerminalGuard.deferTermination()
        return try session()
    }

    static func lineIO(stdoutIsTerminal: Bool = isatty(STDOUT_FILENO) == 1) -> LineIO {
        let input = StandardInputLines()
        var interrupted = false
        return LineIO(read: { timeout in
            let next = input.read(timeout: timeout)
            if next == .interrupted && !interrupted {
                interrupted = true
                // A terminal echoes Ctrl-C as "^C" where the cursor is; what follows starts a line.
                if stdoutIsTerminal && TerminalGuard.pendingTermination == SIGINT { Output.line("") }
            }
            return next
        }, writeLine: { Output.line($0) })
    }
}

/// Line mode's input: lines from a file descriptor (standard input), read with poll() on it and on
/// `TerminalGuard`'s wake pipe, so a wait ends with a line, the timeout, the end of input or a
/// deferred termination signal; nothing busy-waits. Bytes are buffered up to each "\n" (a pipe
/// may deliver part of a line, or several; a terminal in canonical mode, as with `--plain`,
/// delivers whole lines) and decoded as UTF-8 (invalid bytes become U+FFFD). At the end of input a
/// last line without "\n" is still delivered, then `.endOfInput`. Carriage returns are left for
/// `LineIO` to strip.
final class StandardInputLines {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// How many bytes at the start of `buffer` are known to hold no newline.
    private var scanned = 0
    private var ended = false

    init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    func read(timeout: Duration?) -> LineInput {
        let clock = ContinuousClock()
        let deadline = timeout.map { clock.now + $0 }
        while true {
            if TerminalGuard.pendingTermination != nil { return .interrupted }
            if let line = takeLine() { return .line(line) }
            if ended {
                guard !buffer.isEmpty else { return .endOfInput }
                defer { buffer.removeAll() }
                return .line(String(decoding: buffer, as: UTF8.self))
            }
            var milliseconds: Int32 = -1
            if let deadline {
                let left = clock.now.duration(to: deadline)
                if left <= .zero { return .timedOut }
                let (seconds, attoseconds) = left.components
                let roundedUp = (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
                milliseconds = Int32(clamping: seconds * 1000 + roundedUp)
            }
            var fds = [
                pollfd(fd: fd, events: Int16(POLLIN), revents: 0),
                pollfd(fd: TerminalGuard.wakeDescriptor ?? -1, events: Int16(POLLIN), revents: 0),  // -1: ignored
            ]
            let ready = poll(&fds, nfds_t(fds.count), milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }  // a signal: checked at the top
                ended = true
                continue
            }
            if fds[1].revents != 0 { _ = TerminalGuard.consumeResize() }  // resizes and continues mean nothing here
            if fds[0].revents != 0 { fill() }
        }
    }

    /// Reads what is available (poll said something is, or the end).
    private func fill() {
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        if count > 0 {
            buffer += chunk[..<count]
        } else if count < 0 && (errno == EINTR || errno == EAGAIN) {
            return
        } else {
            ended = true  // end of file, or an error reading (a closed descriptor)
        }
    }

    /// The first whole line in the buffer, without its newline, removed from the buffer.
    private func takeLine() -> String? {
        guard let newline = buffer[scanned...].firstIndex(of: 0x0A) else {
            scanned = buffer.count
            return nil
        }
        let line = String(decoding: buffer[..<newline], as: UTF8.self)
        buffer.removeSubrange(...newline)
        scanned = 0
        return line
    }
}
