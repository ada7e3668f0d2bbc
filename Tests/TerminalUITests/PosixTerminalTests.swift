#if canImport(Glibc)
import Glibc
import Testing
@testable import TerminalUI

/// A pseudo-terminal pair; the program side is `terminal`, the user side is `master`.
private final class Pty {
    let master: Int32
    let slave: Int32
    let terminal: PosixTerminal

    init() throws {
        // posix_openpt/grantpt/unlockpt/ptsname are hidden from Swift's Glibc module (they need
        // _XOPEN_SOURCE), so do what they do on Linux: open the multiplexer, unlock, ask the number.
        let tiocsptlck: UInt = 0x4004_5431, tiocgptn: UInt = 0x8004_5430
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0
        var number: Int32 = -1
        guard master >= 0,
              withUnsafeMutablePointer(to: &unlock, { ioctl(master, tiocsptlck, $0) }) == 0,
              withUnsafeMutablePointer(to: &number, { ioctl(master, tiocgptn, $0) }) == 0
        else {
            throw TerminalError.systemCall("open /dev/ptmx", errno: errno)
        }
        let name = "/dev/pts/\(number)"
        let slave = open(name, O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw TerminalError.systemCall("open", errno: errno) }
        var window = winsize(ws_row: 31, ws_col: 97, ws_xpixel: 0, ws_ypixel: 0)
        _ = withUnsafeMutablePointer(to: &window) { ioctl(master, UInt(TIOCSWINSZ), $0) }
        self.master = master
        self.slave = slave
        terminal = PosixTerminal(inputFD: slave, outputFD: slave)
    }

    deinit {
        close(slave)
        close(master)
    }

    var modes: termios {
        var modes = termios()
        _ = tcgetattr(slave, &modes)
        return modes
    }

    func type(_ text: String) {
        var bytes = Array(text.utf8)
        _ = Glibc.write(master, &bytes, bytes.count)
    }

    /// What the program wrote so far (the pty echoes nothing in raw mode).
    func drainOutput() -> String {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
        while poll(&fds, 1, 50) > 0 {
            let count = Glibc.read(master, &buffer, buffer.count)
            if count <= 0 { break }
            result += buffer[..<count]
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// Real termios, ioctl and poll on a pseudo-terminal. Serialized: raw mode and the signal handlers
/// share process-wide state.
@Suite(.serialized) struct PosixTerminalTests {
    @Test func reportsSizeAndTTY() throws {
        let pty = try Pty()
        #expect(pty.terminal.size == TerminalSize(columns: 97, rows: 31))
        #expect(pty.terminal.isTTY)
        #expect(!PosixTerminal(inputFD: -1, outputFD: -1).isTTY)
        #expect(PosixTerminal(inputFD: -1, outputFD: -1).size == .fallback)
    }

    @Test func rawModeTurnsOffEchoCanonicalAndSignalsAndLeavingRestoresThem() throws {
        let pty = try Pty()
        let before = pty.modes
        try pty.terminal.enterRawMode()
        let raw = pty.modes
        #expect(raw.c_lflag & tcflag_t(ECHO | ICANON | ISIG | IEXTEN) == 0)
        #expect(raw.c_iflag & tcflag_t(ICRNL | IXON) == 0)
        #expect(raw.c_oflag & tcflag_t(OPOST) != 0)
        pty.terminal.leaveRawMode()
        let after = pty.modes
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
    }

    @Test func rawModeOnANonTerminalThrows() {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        defer { close(fds[0]); close(fds[1]) }
        #expect(throws: TerminalError.notATerminal) {
            try PosixTerminal(inputFD: fds[0], outputFD: fds[1]).enterRawMode()
        }
    }

    @Test func signalSafeRestoreUndoesEveryModeOnTheTTY() throws {
        let pty = try Pty()
        let before = pty.modes
        try pty.terminal.enterRawMode()
        pty.terminal.enterAlternateScreen()
        pty.terminal.hideCursor()
        _ = pty.drainOutput()

        TerminalGuard.restoreNow()  // what the SIGINT/SIGTERM/SIGHUP/SIGTSTP handlers run

        #expect(pty.modes.c_lflag == before.c_lflag)
        #expect(pty.drainOutput() == "\u{1B}[0m\u{1B}[?1049l\u{1B}[?25h")
        pty.terminal.showCursor()
        pty.terminal.leaveAlternateScreen()
        pty.terminal.leaveRawMode()
        _ = pty.drainOutput()
        TerminalGuard.restoreNow()
        #expect(pty.drainOutput() == "", "nothing to restore once the modes are left")
    }

    @Test func fullScreenOnARealTTYWritesAndRestores() throws {
        let pty = try Pty()
        let before = pty.modes
        try TerminalGuard.withFullScreen(pty.terminal) {
            #expect(pty.modes.c_lflag & tcflag_t(ICANON) == 0)
            pty.terminal.write("Привет")
        }
        #expect(pty.modes.c_lflag == before.c_lflag)
        #expect(pty.drainOutput() == "\u{1B}[?1049h\u{1B}[?25lПривет\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l")
    }

    @Test func readReturnsTypedBytesAndTimesOut() throws {
        let pty = try Pty()
        try pty.terminal.enterRawMode()
        defer { pty.terminal.leaveRawMode() }
        #expect(pty.terminal.read(timeout: .milliseconds(20)) == .timedOut)
        pty.type("ы\u{3}")
        #expect(pty.terminal.read(timeout: .seconds(5)) == .bytes([0xD1, 0x8B, 0x03]))
    }

    @Test func resizeSignalWakesReadAndIsConsumedOnce() throws {
        TerminalGuard.installSignalHandlers()
        let pty = try Pty()
        _ = TerminalGuard.consumeResize()
        #expect(kill(getpid(), SIGWINCH) == 0)
        #expect(pty.terminal.read(timeout: .seconds(5)) == .resized)
        #expect(pty.terminal.read(timeout: .milliseconds(20)) == .timedOut)
        #expect(kill(getpid(), SIGWINCH) == 0)
        var wake = [pollfd(fd: signalShared.pointee.wakeRead, events: Int16(POLLIN), revents: 0)]
        #expect(poll(&wake, 1, 5000) == 1)  // the handler may run on another thread
        #expect(TerminalGuard.consumeResize())
        #expect(!TerminalGuard.consumeResize())
    }
}
#endif
