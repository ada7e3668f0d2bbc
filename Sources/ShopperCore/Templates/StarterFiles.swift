import Foundation

/// What `shopper new ID` writes: the starter scenario at `scenarios/ID.yaml` (or a given path),
/// plus a starter `touchpoints.yaml` beside it when no registry is found for it. Nothing is
/// overwritten.
public enum StarterFiles {
    public struct File: Sendable, Hashable {
        public var path: String
        public var text: String
    }

    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case invalidID(String, suggestion: String?)
        case exists(String)
        case brokenRegistry(String)
        case emptyRegistry(String)
        /// `--output` names a file other than `ID.yaml` or `ID.yml`.
        case fileNameMismatch(path: String, id: String)

        public var description: String {
            switch self {
            case .invalidID(let id, let suggestion):
                let hint = suggestion.map { "; try '\($0)'" } ?? ""
                return "'\(id)' is not a valid scenario id: use lowercase letters, digits and hyphens, starting with a letter or digit\(hint)"
            case .exists(let path):
                return "\(path) already exists; choose another id or --output path (nothing was written)"
            case .brokenRegistry(let path):
                return "the touchpoints registry \(path) has errors; run `shopper check \(path)` and fix them first (nothing was written)"
            case .emptyRegistry(let path):
                return "the touchpoints registry \(path) lists no touchpoints; add at least one first (nothing was written)"
            case .fileNameMismatch(let path, let id):
                let folder = (path as NSString).deletingLastPathComponent
                let fixed = folder.isEmpty ? "\(id).yaml" : "\(folder)/\(id).yaml"
                return "the file name of \(path) does not match the id '\(id)': a scenario is found by its file name, "
                    + "so it must be \(id).yaml or \(id).yml; try --output \(fixed) (nothing was written)"
            }
        }
    }

    /// The files to write, in order (the registry first, when one is needed), or why not.
    /// `output` is the scenario's path (default `scenarios/ID.yaml` in the workspace).
    public static func plan(id: String, language: Language, output: String? = nil,
                            workspace: String = ".") -> Result<[File], Problem> {
        guard Slug.isValid(id) else {
            return .failure(.invalidID(id, suggestion: Slug.make(from: id)))
        }
        let fm = FileManager.default
        let path = output ?? "\(workspace == "." ? "" : workspace + "/")scenarios/\(id).yaml"
        let name = (path as NSString).lastPathComponent
        guard name == "\(id).yaml" || name == "\(id).yml" else {
            return .failure(.fileNameMismatch(path: path, id: id))
        }
        if fm.fileExists(atPath: path) { return .failure(.exists(path)) }

        var files: [File] = []
        var registry: TouchpointRegistry?
        if let registryPath = ScenarioLoader.registryPath(forScenarioAt: path,
                                                              scenariosFolder: workspace == "." ? "scenarios" : "\(workspace)/scenarios") {
            guard let loaded = ScenarioLoader.loadRegistry(registryPath).0 else {
                return .failure(.brokenRegistry(registryPath))
            }
            if loaded.touchpoints.isEmpty { return .failure(.emptyRegistry(registryPath)) }
            registry = loaded
        } else {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            let registryPath = relativeIfPossible("\(folder)/\(ScenarioLoader.registryName)", base: path)
            files.append(File(path: registryPath, text: StarterScenario.registryText(language: language)))
        }

        // The modeline the docs recommend, pointing at the workspace's schema; written too when
        // missing, so the line works without anything the workspace does not have.
        let schemaFile = "\(workspace == "." ? "" : workspace + "/")schema/scenario.schema.json"
        if !fm.fileExists(atPath: schemaFile) {
            files.append(File(path: schemaFile, text: ScenarioSchema.json()))
        }
        let schemaPath = relativePath(from: folderOf(path), to: schemaFile)
        let text = StarterScenario.text(id: id, language: language, registry: registry, schemaPath: schemaPath)
        files.append(File(path: path, text: text))
        return .success(files)
    }

    /// `to` relative to the folder `from`, e.g. `../schema/scenario.schema.json`.
    public static func relativePath(from folder: String, to target: String) -> String {
        let a = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        let b = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        var common = 0
        while common < a.count, common < b.count, a[common] == b[common] { common += 1 }
        let ups = Array(repeating: "..", count: a.count - common)
        return (ups + b[common...]).joined(separator: "/")
    }

    private static func folderOf(_ path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    /// The registry path beside `base`, spelled the way `base` was (relative stays relative).
    private static func relativeIfPossible(_ absolute: String, base: String) -> String {
        let folder = (base as NSString).deletingLastPathComponent
        return folder.isEmpty ? ScenarioLoader.registryName : "\(folder)/\(ScenarioLoader.registryName)"
    }
}
