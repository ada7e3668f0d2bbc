import Foundation
#if canImport(Glibc)
import Glibc
#endif
import YAMLKit

/// Reading an input file into a YAML node tree, with every failure as a positioned diagnostic.
public enum SourceFile {
    /// Files larger than this are refused rather than parsed.
    public static let maxBytes = 16 << 20

    public static func read(_ path: String) -> Result<Node, Diagnostic> {
        // A FIFO, socket or device would block or never end: only regular files are read.
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFREG, (info.st_mode & S_IFMT) != S_IFDIR {
            return .failure(Diagnostic(.error, "not a regular file", at: .start))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : isDirectory.boolValue ? "is a folder, not a file" : "cannot be read"
            return .failure(Diagnostic(.error, "\(reason)", at: .start))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxBytes + 1) ?? Data()
        } catch {
            return .failure(Diagnostic(.error, "cannot be read: \(error.localizedDescription)", at: .start))
        }
        if data.count > maxBytes {
            return .failure(Diagnostic(.error, "file is larger than \(maxBytes >> 20) MiB", at: .start))
        }
        return parse(bytes: [UInt8](data))
    }

    public static func parse(bytes: [UInt8]) -> Result<Node, Diagnostic> {
        do {
            guard let node = try YAMLParser().parse(bytes: bytes) else {
                return .failure(Diagnostic(.error, "the file is empty", at: .start))
            }
            if node.scalar != nil, node.resolved == .null {
                return .failure(Diagnostic(.error, "the file holds no YAML content", at: node.mark))
            }
            return .success(node)
        } catch {
            return .failure(Diagnostic(error))
        }
    }
}
