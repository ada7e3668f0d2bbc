import Foundation
import YAMLKit

/// A diagnostic in a particular file.
public struct FileDiagnostic: Sendable, Hashable {
    public var path: String
    public var diagnostic: Diagnostic

    public init(path: String, diagnostic: Diagnostic) {
        self.path = path
        self.diagnostic = diagnostic
    }

    public var formatted: String { diagnostic.formatted(path: path) }
}

/// Loads scenarios together with the touchpoints registry they refer to.
public enum ScenarioLoader {
    public static let registryName = "touchpoints.yaml"

    /// Where the registry for a scenario file is: beside it, else in the workspace's `scenarios/`.
    public static func registryPath(forScenarioAt path: String, workspace: String = ".") -> String? {
        let beside = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(registryName).path
        if FileManager.default.fileExists(atPath: beside) { return beside }
        let fallback = "\(workspace)/scenarios/\(registryName)"
        if FileManager.default.fileExists(atPath: fallback) { return fallback }
        return nil
    }

    public static func loadRegistry(_ path: String) -> (TouchpointRegistry?, [FileDiagnostic]) {
        switch SourceFile.read(path) {
        case .failure(let d): return (nil, [FileDiagnostic(path: path, diagnostic: d)])
        case .success(let node):
            let (registry, diagnostics) = TouchpointsDecoder.decode(node)
            return (registry, diagnostics.map { FileDiagnostic(path: path, diagnostic: $0) })
        }
    }

    /// The scenario at `path` checked against its registry; nil when anything is wrong.
    public static func load(_ path: String, workspace: String = ".") -> (Scenario?, [FileDiagnostic]) {
        let node: Node
        switch SourceFile.read(path) {
        case .failure(let d): return (nil, [FileDiagnostic(path: path, diagnostic: d)])
        case .success(let n): node = n
        }
        var problems: [FileDiagnostic] = []
        var registry: TouchpointRegistry?
        if let registryPath = registryPath(forScenarioAt: path, workspace: workspace) {
            let (loaded, registryProblems) = loadRegistry(registryPath)
            registry = loaded
            if loaded == nil {
                problems.append(FileDiagnostic(path: path, diagnostic: Diagnostic(
                    .error, "the touchpoints registry \(registryPath) has errors; touchpoints are not checked", at: node.mark)))
                problems += registryProblems
            }
        } else {
            problems.append(FileDiagnostic(path: path, diagnostic: Diagnostic(
                .error, "no \(registryName) beside this file or in \(workspace == "." ? "" : workspace + "/")scenarios/; touchpoints cannot be checked",
                at: node.mark)))
        }
        let (scenario, diagnostics) = ScenarioDecoder.decode(node, registry: registry)
        problems += diagnostics.map { FileDiagnostic(path: path, diagnostic: $0) }
        return (problems.contains { $0.diagnostic.severity == .error } ? nil : scenario, problems)
    }

    /// Finds a scenario by file path or by id in `folder` (`ID.yaml`, or any file whose `scenario` is ID).
    public static func locate(_ nameOrPath: String, in folder: String) -> String? {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: nameOrPath, isDirectory: &isDirectory), !isDirectory.boolValue { return nameOrPath }
        for ext in ["yaml", "yml"] {
            let candidate = "\(folder)/\(nameOrPath).\(ext)"
            if fm.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }
}
