import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a crash at any moment leaves either the old or the new content:
/// a temporary file in the same folder, flushed to disk, renamed over the target, and the
/// folder flushed too.
public enum AtomicFile {
    /// A file that could not be written, or a folder that could not be made, with the OS reason.
    /// The path is always the one asked for, never a temporary file's.
    public struct WriteError: Error, Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var reason: String
        /// True when the folder `path` could not be made.
        public var isFolder: Bool

        public init(path: String, reason: String, isFolder: Bool = false) {
            self.path = path
            self.reason = reason
            self.isFolder = isFolder
        }

        public var description: String { isFolder ? "cannot create folder \(path): \(reason)" : "cannot write \(path): \(reason)" }
    }

    /// The names of the temporary files `write` uses for `path` start with this (then the pid, a
    /// random number and `.tmp`): a process killed while writing leaves one behind.
    public static func temporaryPrefix(for name: String) -> String { ".\(name)." }

    public static func write(_ text: String, to path: String) throws(WriteError) {
        try write(Array(text.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        // As given (a relative path stays relative, so errors name what the user typed).
        let name = (path as NSString).lastPathComponent
        let parent = (path as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        do {
            try makeFolder(folder)
        } catch {
            let inTheWay = error.reason.hasSuffix(" is a file, not a folder")
            throw WriteError(path: path, reason: inTheWay ? error.reason : "cannot create folder \(error.path): \(error.reason)")
        }
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            throw WriteError(path: path, reason: "a folder of that name is in the way")
        }
        let temporary = "\(folder)/\(temporaryPrefix(for: name))\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        if close(fd) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw WriteError(path: path, reason: failure)
        }
        let dirfd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Makes `folder` and its missing parents. The error names `folder` and why: the OS reason,
    /// or which part of the path is a file (`X is a file, not a folder`).
    public static func makeFolder(_ folder: String) throws(WriteError) {
        var info = stat()
        if stat(folder, &info) == 0 {
            if (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw WriteError(path: folder, reason: "\(folder) is a file, not a folder", isFolder: true)
        }
        let missing = errno
        let parent = (folder as NSString).deletingLastPathComponent
        if missing == ENOENT || missing == ENOTDIR, !parent.isEmpty, parent != folder {
            do {
                try makeFolder(parent)
            } catch {
                throw WriteError(path: folder, reason: error.reason, isFolder: true)
            }
        }
        if mkdir(folder, 0o755) != 0 {
            let error = errno
            if error == EEXIST, stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { return }
            throw WriteError(path: folder, reason: String(cString: strerror(error)), isFolder: true)
        }
    }
}
