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
    /// The optional locations registry, found by the same rules as `touchpoints.yaml`.
    public static let locationsName = "locations.yaml"

    /// Where the registry for a scenario file is: beside it, else in the scenarios folder
    /// (`scenarios/` of the working directory unless told otherwise). Paths keep the form they
    /// were given in, so diagnostics name them as the user wrote them. `name` is
    /// `touchpoints.yaml` (the default) or `locations.yaml`.
    public static func registryPath(forScenarioAt path: String, scenariosFolder: String = "scenarios",
                                    name: String = registryName) -> String? {
        let folder = (path as NSString).deletingLastPathComponent
        let beside = folder.isEmpty ? name : "\(folder)/\(name)"
        if FileManager.default.fileExists(atPath: beside) { return beside }
        let fallback = "\(scenariosFolder)/\(name)"
        if FileManager.default.fileExists(atPath: fallback) { return fallback }
        return nil
    }

    /// The locations registry at `path` (nil when it has errors) and its problems.
    public static func loadLocations(_ path: String) -> (LocationRegistry?, [FileDiagnostic]) {
        switch SourceFile.read(path) {
        case .failure(let d): return (nil, [FileDiagnostic(path: path, diagnostic: d)])
        case .success(let node):
            let (registry, diagnostics) = LocationsDecoder.decode(node)
            return (registry, diagnostics.map { FileDiagnostic(path: path, diagnostic: $0) })
        }
    }

    /// The registry at `path` merged with the files of the `touchpoints.d/` folder beside it
    /// (`RegistryParts`), nil when any of them has errors, and the problems of all of them.
    public static func loadRegistry(_ path: String) -> (TouchpointRegistry?, [FileDiagnostic]) {
        var touchpoints: [Touchpoint] = []
        var problems: [FileDiagnostic] = []
        var parsed: [(path: String, root: Node)] = []
        var ok = true
        for file in [path] + RegistryParts.extraFiles(of: path) {
            switch SourceFile.read(file) {
            case .failure(let d):
                problems.append(FileDiagnostic(path: file, diagnostic: d))
                ok = false
            case .success(let node):
                parsed.append((file, node))
                let (registry, diagnostics) = TouchpointsDecoder.decode(node)
                problems += diagnostics.map { FileDiagnostic(path: file, diagnostic: $0) }
                if let registry { touchpoints += registry.touchpoints } else { ok = false }
            }
        }
        let repeats = RegistryParts.duplicates(parsed)
        problems += repeats
        return (ok && repeats.isEmpty ? TouchpointRegistry(touchpoints: touchpoints) : nil, problems)
    }

    /// The scenario at `path` checked against its registry; nil when anything is wrong. The
    /// problems include the registry's own when it has errors.
    public static func load(_ path: String, scenariosFolder: String = "scenarios",
                            registries: RegistryCache = RegistryCache()) -> (Scenario?, [FileDiagnostic]) {
        let node: Node
        var problems: [FileDiagnostic] = []
        switch SourceFile.load(path) {
        case .failure(let d): return (nil, [FileDiagnostic(path: path, diagnostic: d)])
        case .success(let loaded):
            node = loaded.node
            problems = loaded.problems.map { FileDiagnostic(path: path, diagnostic: $0) }
        }
        let decoded = decode(node, path: path, scenariosFolder: scenariosFolder, registries: registries)
        problems += decoded.diagnostics.map { FileDiagnostic(path: path, diagnostic: $0) }
        problems += decoded.registryProblems
        return (problems.contains { $0.diagnostic.severity == .error } ? nil : decoded.scenario, problems)
    }

    /// A parsed scenario checked against the registry found for its file and against its file
    /// name: the scenario (nil on errors), the file's own diagnostics, and the registry's problems
    /// when it has errors (the first time that registry is used), for the caller to show or not.
    public static func decode(_ node: Node, path: String, scenariosFolder: String, registries: RegistryCache)
        -> (scenario: Scenario?, diagnostics: [Diagnostic], registryProblems: [FileDiagnostic]) {
        var diagnostics: [Diagnostic] = []
        var registryProblems: [FileDiagnostic] = []
        var registry: TouchpointRegistry?
        if let registryPath = registryPath(forScenarioAt: path, scenariosFolder: scenariosFolder) {
            let found = registries.registry(at: registryPath)
            registry = found.registry
            if registry == nil {
                diagnostics.append(Diagnostic(
                    .error, "the touchpoints registry \(registryPath) has errors; touchpoints are not checked", at: node.mark))
                if found.firstUse { registryProblems = found.problems }
            }
        } else {
            diagnostics.append(Diagnostic(
                .error, "no \(registryName) beside this file or in \(scenariosFolder)/; touchpoints cannot be checked",
                at: node.mark))
        }
        let registryFile = registryPath(forScenarioAt: path, scenariosFolder: scenariosFolder)
        let (scenario, decoded) = ScenarioDecoder.decode(node, registry: registry, registryPath: registryFile)
        diagnostics += decoded
        if let mismatch = fileNameProblem(node, path: path) { diagnostics.append(mismatch) }
        return (diagnostics.hasErrors ? nil : scenario, diagnostics, registryProblems)
    }

    /// Runs are stored and found by scenario id, and `shopper run ID` finds `ID.yaml`: a scenario
    /// whose id differs from its file name (a copy that kept the original's id) would mix its runs
    /// with another scenario's. An error at the `scenario` value, or nil when they agree (or the
    /// id is missing or not a slug, which the decoder reports).
    public static func fileNameProblem(_ root: Node, path: String) -> Diagnostic? {
        guard let idNode = root["scenario"], let id = idNode.scalar?.value, Slug.isValid(id) else { return nil }
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        guard stem != id else { return nil }
        return Diagnostic(.error, "scenario id \(Echo.quoted(id)) does not match the file name '\(name)'; rename the file or change the id",
                          at: idNode.mark)
    }

    /// Finds a scenario by file path, or by id as `ID.yaml` or `ID.yml` in `folder`.
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
