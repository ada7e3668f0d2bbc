import Foundation
import YAMLKit

/// A touchpoints registry in several files: `touchpoints.yaml`, then every `*.yaml` in the
/// `touchpoints.d/` folder beside it in name order (what `shopper touchpoints import` writes, so
/// the hand-written file and its comments are never rewritten). An id defined in two files is an
/// error at the later definition, naming the earlier one.
public enum RegistryParts {
    public static let folderName = "touchpoints.d"

    /// The extra files of the registry at `mainPath`, in name order (none when there is no folder).
    public static func extraFiles(of mainPath: String) -> [String] {
        let parent = (mainPath as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? folderName : "\(parent)/\(folderName)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { !$0.hasPrefix(".") && ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { "\(folder)/\($0)" }
    }

    /// The registry file a `touchpoints.d/` file belongs to, or nil when `path` is not in such a folder.
    public static func mainFile(ofExtra path: String) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        guard (folder as NSString).lastPathComponent == folderName else { return nil }
        let parent = (folder as NSString).deletingLastPathComponent
        return parent.isEmpty ? ScenarioLoader.registryName : "\(parent)/\(ScenarioLoader.registryName)"
    }

    /// The touchpoint ids, or the action ids, of a parsed touchpoints file with the marks of their values.
    static func idMarks(_ root: Node, actions: Bool) -> [(String, Mark)] {
        let items = root["touchpoints"]?.sequence ?? []
        let nodes = actions ? items.flatMap { $0["actions"]?.sequence ?? [] } : items
        return nodes.compactMap { item in
            guard let node = item["id"], let id = node.scalar?.value else { return nil }
            return (id, node.mark)
        }
    }

    /// Touchpoint and action ids defined again in a later file of the registry: one error per
    /// repeat, in the later file. `files` are in load order with their parsed documents.
    static func duplicates(_ files: [(path: String, root: Node)]) -> [FileDiagnostic] {
        var problems: [FileDiagnostic] = []
        for (actions, what) in [(false, "touchpoint id"), (true, "action id")] {
            var first: [String: (path: String, mark: Mark)] = [:]
            for file in files {
                for (id, mark) in idMarks(file.root, actions: actions) {
                    if let earlier = first[id] {
                        // Repeats inside one file are the decoder's to report.
                        guard earlier.path != file.path else { continue }
                        problems.append(FileDiagnostic(path: file.path, diagnostic: Diagnostic(
                            .error, "\(what) \(Echo.quoted(id)) is already defined at \(earlier.path):\(earlier.mark); an id may be defined in one registry file only",
                            at: mark)))
                    } else {
                        first[id] = (file.path, mark)
                    }
                }
            }
        }
        return problems.sorted { ($0.path, $0.diagnostic.mark) < ($1.path, $1.diagnostic.mark) }
    }

    /// The cross-file problems of the registry `path` belongs to (as its main file or as one of
    /// its `touchpoints.d/` files) that lie in `path`: for `shopper check`, which checks each file.
    public static func crossFileProblems(for path: String) -> [FileDiagnostic] {
        let isExtra = mainFile(ofExtra: path) != nil
        let main = mainFile(ofExtra: path) ?? path
        let extras = extraFiles(of: main)
        guard !extras.isEmpty else { return [] }
        var files: [(path: String, root: Node)] = []
        for file in (FileManager.default.fileExists(atPath: main) ? [main] : []) + extras {
            let name = isExtra || file != main ? file : path
            if case .success(let root) = SourceFile.read(file) { files.append((name, root)) }
        }
        let target = (path as NSString).standardizingPath
        return duplicates(files).filter { ($0.path as NSString).standardizingPath == target }
    }
}
