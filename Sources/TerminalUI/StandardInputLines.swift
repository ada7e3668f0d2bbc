#if canImport(Glibc)
import Glibc
#endif
import Runner

/// Line mode's input: lines from a file descriptor (standard input), read with poll() on it and on
/// `TerminalGuard`'s wake pipe, so a wait ends with a line, the timeout, the end of input or a
/// deferred termination signal; nothing busy-waits. Bytes are buffered up to each "\n" (a pipe
/// may deliver part of a line, or several; a terminal in canonical mode, as with `--plain`,
/// delivers whole lines) and decoded as UTF-8 (invalid bytes become U+FFFD). At the end of input a
/// last line without "\n" is still delivered, then `.endOfInput`. Carriage returns are left for
/// `LineIO` to strip.
public final class StandardInputLines {
    private let fd: Int32
    private var buffer: [UInt8] = []
    /// How many bytes at the start of `buffer` are known to hold no newline.
    private var scanned = 0
    private var ended = false

    public init(fd: Int32 = STDIN_FILENO) {
        self.fd = fd
    }

    public func read(timeout: Duration?) -> LineInput {
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
            guard let milliseconds = PollTimeout.milliseconds(until: deadline, clock: clock) else { return .timedOut }
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
