import Foundation
#if canImport(Glibc)
import Glibc
#endif
import YAMLKit

/// Reading an input file into a YAML node tree, with every failure as a positioned diagnostic.
public enum SourceFile {
    /// Files larger than this are refused rather than parsed.
    public static let maxBytes = 16 << 20

    /// A parsed file and the problems that still left a usable tree (duplicate keys: the first
    /// of each pair stands), so a checker can report them with everything else in the file.
    public struct Loaded: Sendable {
        public var node: Node
        public var problems: [Diagnostic]
    }

    /// The file's tree; its first problem of any kind as the failure.
    public static func read(_ path: String) -> Result<Node, Diagnostic> {
        switch load(path) {
        case .failure(let d): return .failure(d)
        case .success(let loaded):
            if let first = loaded.problems.first { return .failure(first) }
            return .success(loaded.node)
        }
    }

    /// The file's tree with the problems that left it usable.
    public static func load(_ path: String) -> Result<Loaded, Diagnostic> {
        // A FIFO, socket or device would block or never end: only regular files are read.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            return .failure(Diagnostic(.error, "is a folder, not a file", at: .start))
        }
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG {
            return .failure(Diagnostic(.error, "not a regular file", at: .start))
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            let error = errno
            let reason = error == ENOENT ? "no such file" : "cannot be read: \(String(cString: strerror(error)))"
            return .failure(Diagnostic(.error, reason, at: .start))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(Diagnostic(.error, "cannot be read: \(osReason(error))", at: .start))
        }
        if data.count > maxBytes {
            return .failure(Diagnostic(.error, "file is larger than \(maxBytes >> 20) MiB", at: .start))
        }
        return load(bytes: [UInt8](data))
    }

    /// The OS's reason inside a Foundation error (`Is a directory`, not `NSCocoaErrorDomain error 256`).
    static func osReason(_ error: any Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }

    public static func parse(bytes: [UInt8]) -> Result<Node, Diagnostic> {
        switch load(bytes: bytes) {
        case .failure(let d): return .failure(d)
        case .success(let loaded):
            if let first = loaded.problems.first { return .failure(first) }
            return .success(loaded.node)
        }
    }

    public static func load(bytes: [UInt8]) -> Result<Loaded, Diagnostic> {
        do {
            let (parsed, duplicates) = try YAMLParser().parseCollectingDuplicates(bytes: bytes)
            guard let node = parsed else {
                return .failure(Diagnostic(.error, "the file is empty", at: .start))
            }
            if node.scalar != nil, node.resolved == .null {
                return .failure(Diagnostic(.error, "the file holds no YAML content", at: node.mark))
            }
            return .success(Loaded(node: node, problems: duplicates.map(Diagnostic.init)))
        } catch {
            return .failure(Diagnostic(error))
        }
    }
}
