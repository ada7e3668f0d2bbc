import Foundation
import YAMLKit

/// `shopper check`: finds YAML files under the given paths, knows each by its top-level key,
/// and collects every problem in every file.
public struct Checker {
    public enum FileKind: String, Sendable {
        case scenario, touchpoints, locations, run
    }

    public struct Result: Sendable {
        public var files: [(path: String, kind: FileKind?)] = []
        public var problems: [FileDiagnostic] = []

        public var errorCount: Int { problems.filter { $0.diagnostic.severity == .error }.count }

        public var summary: String {
            let fileWord = files.count == 1 ? "file" : "files"
            let bad = Set(problems.filter { $0.diagnostic.severity == .error }.map(\.path)).count
            if errorCount == 0 { return "checked \(files.count) \(fileWord): no problems" }
            let errorWord = errorCount == 1 ? "error" : "errors"
            return "checked \(files.count) \(fileWord): \(errorCount) \(errorWord) in \(bad) \(bad == 1 ? "file" : "files")"
        }
    }

    /// Where a scenario's registry is looked for when there is none beside it.
    public var scenariosFolder: String
    private let registries = RegistryCache()
    private var checkedPaths: Set<String> = []
    private var scenarioIDs: [String: (path: String, mark: Mark)] = [:]
    /// Scenarios runs were compared with, by id; nil when missing or broken.
    private var scenariosByID: [String: Scenario?] = [:]

    public init(scenariosFolder: String = "scenarios") {
        self.scenariosFolder = scenariosFolder
    }

    /// Checks the paths. With `defaults`, missing or empty folders are skipped instead of reported.
    public mutating func check(_ paths: [String], defaults: Bool = false) -> Result {
        var result = Result()
        var all: [String] = []
        for path in paths {
            let (files, problem) = Self.yamlFiles(at: path)
            if let problem, !defaults { result.problems.append(FileDiagnostic(path: path, diagnostic: problem)) }
            all += files
        }
        // The same file named twice (or inside a folder also named) is checked once.
        var unique = Set<String>()
        all = all.filter { unique.insert(Self.canonical($0)).inserted }
        // A registry checked in its own right reports its problems there, not again via scenarios.
        checkedPaths = unique
        for file in all {
            let (kind, problems) = checkFile(file)
            result.files.append((file, kind))
            result.problems += problems
        }
        return result
    }

    public mutating func checkFile(_ path: String) -> (FileKind?, [FileDiagnostic]) {
        let node: Node
        let parseProblems: [Diagnostic]
        switch SourceFile.load(path) {
        case .failure(let d): return (nil, [FileDiagnostic(path: path, diagnostic: d)])
        case .success(let loaded): (node, parseProblems) = (loaded.node, loaded.problems)
        }
        guard let kind = Self.kind(of: node) else {
            let found = node.mapping?.first?.key.scalar.map { " (found \(Echo.quoted($0.value)))" } ?? ""
            return (nil, [FileDiagnostic(path: path, diagnostic: Diagnostic(
                .error, "not a shopper file: expected a top-level key 'scenario', 'touchpoints', 'locations' or 'run'\(found)", at: node.mark))])
        }
        var diagnostics: [Diagnostic]
        var extra: [FileDiagnostic] = []
        switch kind {
        case .touchpoints:
            diagnostics = TouchpointsDecoder.decode(node).1
            // An id also defined in another file of the same registry (touchpoints.d/).
            extra = RegistryParts.crossFileProblems(for: path)
        case .locations:
            diagnostics = LocationsDecoder.decode(node).1
        case .run:
            // Ratings are held to the scales the reports read them by (`AnswerScales`).
            let reference = RunScenarioCheck.reference(of: node)
            let definition = reference.flatMap { scenario($0.scenario) }
            diagnostics = RunDecoder.decode(node, scales: AnswerScales(scenario: definition, version: reference?.version ?? 1)).1
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            if let idNode = node["run"], let id = idNode.scalar?.value, RunID.isValid(id), id != stem {
                diagnostics.append(Diagnostic(.error, "run id \(Echo.quoted(id)) does not match the file name '\(stem)'", at: idNode.mark))
            }
            // Compared with its scenario only when that is the version the run was made of.
            // A value the decoder already reported is not reported again.
            if let reference, let definition, definition.version == reference.version {
                let reported = Set(diagnostics.map(\.mark))
                diagnostics += RunScenarioCheck.check(node, against: definition).filter { !reported.contains($0.mark) }
            }
            // With a locations registry, the run's location must be one of its ids.
            let (locations, registryProblems) = locationRegistry()
            if let locations {
                diagnostics += RunLocationCheck.check(node, against: locations.registry, registryPath: locations.path)
            }
            extra = registryProblems
        case .scenario:
            let decoded = ScenarioLoader.decode(node, path: path, scenariosFolder: scenariosFolder, registries: registries)
            diagnostics = decoded.diagnostics
            // A registry's own problems are shown once, and not at all when it is checked itself.
            // (A registry may be several files: touchpoints.d/.)
            extra = decoded.registryProblems.filter { !checkedPaths.contains(Self.canonical($0.path)) }
            // Reports and runs find scenarios by id: two files with one id would be mixed up.
            if let idNode = node["scenario"], let id = idNode.scalar?.value {
                if let first = scenarioIDs[id] {
                    diagnostics.append(Diagnostic(.error, "scenario id '\(id)' is already used by \(first.path):\(first.mark)", at: idNode.mark))
                } else {
                    scenarioIDs[id] = (path, idNode.mark)
                }
            }
        }
        let own = (parseProblems + diagnostics).sortedByPosition().map { FileDiagnostic(path: path, diagnostic: $0) }
        return (kind, own + extra)
    }

    /// The locations registry runs are held to (`locations.yaml` in the scenarios folder, where
    /// the scenarios runs name are), nil when there is none or it has errors; its problems the
    /// first time it is asked for, unless it is checked in its own right.
    private func locationRegistry() -> ((registry: LocationRegistry, path: String)?, [FileDiagnostic]) {
        let path = "\(scenariosFolder)/\(ScenarioLoader.locationsName)"
        guard FileManager.default.fileExists(atPath: path) else { return (nil, []) }
        let found = registries.locations(at: path)
        let problems = found.firstUse && !checkedPaths.contains(Self.canonical(path)) ? found.problems : []
        return (found.registry.map { ($0, path) }, problems)
    }

    /// The scenario `ID.yaml` or `ID.yml` in the scenarios folder, when it loads without errors
    /// (its own problems are reported when it is checked itself).
    private mutating func scenario(_ id: String) -> Scenario? {
        if let cached = scenariosByID[id] { return cached }
        var found: Scenario?
        for ext in ["yaml", "yml"] {
            let path = "\(scenariosFolder)/\(id).\(ext)"
            if FileManager.default.fileExists(atPath: path) {
                found = ScenarioLoader.load(path, scenariosFolder: scenariosFolder, registries: registries).0
                break
            }
        }
        scenariosByID[id] = .some(found)
        return found
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// What kind of shopper file a document is, by its top-level key.
    public static func kind(of node: Node) -> FileKind? {
        guard node.mapping != nil else { return nil }
        // Run files name their scenario too, so `run` (or `format`) decides first.
        if node["run"] != nil || node["format"] != nil { return .run }
        if node["scenario"] != nil { return .scenario }
        if node["touchpoints"] != nil { return .touchpoints }
        if node["locations"] != nil { return .locations }
        return nil
    }

    /// The YAML files at a path: the file itself, or every `*.yaml` / `*.yml` below a folder, sorted;
    /// with an error when the path does not exist or is a folder with no such file.
    public static func yamlFiles(at path: String) -> ([String], Diagnostic?) {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return ([], Diagnostic(.error, "no such file or folder", at: .start))
        }
        guard isDirectory.boolValue else { return ([path], nil) }
        var files: [String] = []
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        guard let walker = fm.enumerator(atPath: base) else {
            return ([], Diagnostic(.error, "cannot read this folder", at: .start))
        }
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                walker.skipDescendants()
                continue
            }
            if name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
                let full = "\(base)/\(relative)"
                var dir: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &dir), !dir.boolValue { files.append(full) }
            }
        }
        // A folder named on purpose that holds nothing to check is a mistake (a wrong path, or
        // files with another extension), not a clean result.
        if files.isEmpty { return ([], Diagnostic(.error, "no *.yaml or *.yml files in this folder", at: .start)) }
        return (files.sorted(), nil)
    }
}
