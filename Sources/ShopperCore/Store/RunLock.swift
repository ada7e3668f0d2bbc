import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive claim on one run while a runner has it open: `flock` on a hidden lock file beside
/// the run (`.RUN-ID.lock`), which holds who has it (pid, host, since when). The kernel drops the
/// lock when the process ends however it ends (`kill -9` included), so a dead runner never leaves
/// a run locked; a lock file left behind by one is simply locked again by the next runner.
///
/// `flock` locks belong to an open file, not to a process, so a second claim fails even from the
/// same process (two sessions in one test conflict as two runners do).
public final class RunLock: @unchecked Sendable {
    /// Who holds a lock, as its lock file says. Any part can be missing (a holder that has not yet
    /// written it, or a damaged file).
    public struct Holder: Sendable, Hashable, CustomStringConvertible {
        public var pid: Int32?
        public var host: String?
        public var since: Date?

        public init(pid: Int32?, host: String?, since: Date?) {
            self.pid = pid
            self.host = host
            self.since = since
        }

        /// This process on this machine, since `since`.
        public static func current(since: Date) -> Holder {
            var name = [CChar](repeating: 0, count: 256)
            let host = gethostname(&name, name.count - 1) == 0 ? String(cString: name) : nil
            return Holder(pid: getpid(), host: host, since: since)
        }

        /// `pid 123 on host, since 2026-11-23T10:15:00Z`; parts that are not known are left out.
        public var description: String {
            var parts: [String] = []
            if let pid { parts.append(host.map { "pid \(pid) on \($0)" } ?? "pid \(pid)") }
            else if let host { parts.append("on \(host)") }
            if let since { parts.append("since \(Timestamp.format(since))") }
            return parts.joined(separator: ", ")
        }

        var fileText: String {
            "pid: \(pid.map(String.init) ?? "")\nhost: \(host ?? "")\nsince: \(since.map(Timestamp.format) ?? "")\n"
        }

        init(fileText: String) {
            var fields: [String: String] = [:]
            for line in fileText.split(separator: "\n") {
                guard let colon = line.firstIndex(of: ":") else { continue }
                fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            pid = fields["pid"].flatMap { Int32($0) }
            host = fields["host"].flatMap { $0.isEmpty ? nil : $0 }
            since = fields["since"].flatMap(Timestamp.parse)
        }
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// Another runner has the run open.
        case held(lockFile: String, by: Holder)
        /// The lock file could not be made or locked (the OS reason).
        case failed(lockFile: String, reason: String)

        public var description: String {
            switch self {
            case .held(let path, let holder): "\(path) is locked by another runner (\(holder))"
            case .failed(let path, let reason): "cannot lock \(path): \(reason)"
            }
        }
    }

    public let path: String
    private var fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Locks `path` (made if missing) without waiting and writes `holder` into it.
    public static func acquire(_ path: String, holder: Holder) throws(Failure) -> RunLock {
        // A releasing holder removes the file: a lock taken on a file that is no longer the one at
        // `path` is worthless, so that case tries again with the new file.
        for _ in 0..<100 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw .failed(lockFile: path, reason: String(cString: strerror(errno))) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let error = errno
                defer { close(fd) }
                if error == EWOULDBLOCK || error == EAGAIN {
                    throw .held(lockFile: path, by: Holder(fileText: readAll(fd)))
                }
                throw .failed(lockFile: path, reason: String(cString: strerror(error)))
            }
            var opened = stat(), named = stat()
            guard fstat(fd, &opened) == 0, stat(path, &named) == 0,
                  opened.st_ino == named.st_ino, opened.st_dev == named.st_dev else {
                close(fd)
                continue
            }
            let text = Array(holder.fileText.utf8)
            if ftruncate(fd, 0) == 0 {
                _ = text.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            }
            return RunLock(path: path, fd: fd)
        }
        throw .failed(lockFile: path, reason: "the lock file keeps being replaced")
    }

    /// Removes the lock file and drops the lock (also done when the lock is freed, and by the
    /// kernel when the process ends).
    public func release() {
        guard fd >= 0 else { return }
        unlink(path)
        close(fd)
        fd = -1
    }

    deinit { release() }

    private static func readAll(_ fd: Int32) -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 512)
        var offset: off_t = 0
        while bytes.count < 4096 {
            let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if n <= 0 { break }
            bytes += buffer[0..<n]
            offset += off_t(n)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
