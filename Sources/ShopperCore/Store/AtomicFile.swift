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

    /// Writes `bytes` to `path`. A symbolic link is followed (the temporary file goes beside the
    /// file it points to, so the link stays a link); an existing target that is not a regular file
    /// (a FIFO, a device, a socket, a folder) is refused, because renaming over it would replace it.
    /// With `makingFolders` false a missing folder is an error instead of being made.
    public static func write(_ text: String, to path: String, makingFolders: Bool) throws(WriteError) {
        try write(Array(text.utf8), to: path, makingFolders: makingFolders)
    }

    public static func write(_ bytes: [UInt8], to path: String, makingFolders: Bool = true) throws(WriteError) {
        // As given (a relative path stays relative, so errors name what the user typed).
        let target = try linkTarget(of: path)
        let name = (target as NSString).lastPathComponent
        let parent = (target as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        var info = stat()
        if makingFolders {
            do {
                try makeFolder(folder)
            } catch {
                let inTheWay = error.reason.hasSuffix(" is a file, not a folder")
                throw WriteError(path: path, reason: inTheWay ? error.reason : "cannot create folder \(error.path): \(error.reason)")
            }
        } else if stat(folder, &info) != 0 {
            let reason = errno == ENOENT ? "the folder \(folder) does not exist" : "\(folder): \(String(cString: strerror(errno)))"
            throw WriteError(path: path, reason: reason)
        } else if (info.st_mode & S_IFMT) != S_IFDIR {
            throw WriteError(path: path, reason: "\(folder) is a file, not a folder")
        }
        var mode: mode_t = 0o644
        if stat(target, &info) == 0 {
            if let kind = notRegular(info.st_mode) {
                let via = target == path ? "" : " (\(path) links to \(target))"
                throw WriteError(path: path, reason: kind == "folder" ? "a folder of that name is in the way\(via)"
                                 : "it is \(kind)\(via), not a regular file; only regular files are written")
            }
            mode = info.st_mode & 0o7777
        }
        let temporary = "\(folder)/\(temporaryPrefix(for: name))\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        var failure: String?
        // A replaced file keeps its permissions (a new one gets 0644 less the umask).
        if mode != 0o644, fchmod(fd, mode) != 0 { failure = String(cString: strerror(errno)) }
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
        if failure == nil, rename(temporary, target) != 0 { failure = String(cString: strerror(errno)) }
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

    /// The file `path` names once symbolic links are followed (a link's relative target is taken
    /// from the link's folder); `path` itself when it is no link or does not exist. A dangling
    /// link gives the path it points to, so writing creates that file.
    static func linkTarget(of path: String) throws(WriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return current }
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let n = readlink(current, &buffer, buffer.count - 1)
            guard n > 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            let destination = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if destination.hasPrefix("/") {
                current = destination
            } else {
                let folder = (current as NSString).deletingLastPathComponent
                current = folder.isEmpty ? destination : "\(folder)/\(destination)"
            }
        }
        throw WriteError(path: path, reason: "too many levels of symbolic links")
    }

    /// What kind of file `mode` is, when it is not a regular file (`nil` for a regular file).
    static func notRegular(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        default: return "a special file"
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
