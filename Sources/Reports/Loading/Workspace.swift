import Foundation
import ShopperCore

/// The scenarios and touchpoints registry a report reads, loaded from a scenarios folder.
public struct Workspace: Sendable {
    public var scenarios: [String: Scenario]
    public var registry: TouchpointRegistry?
    /// The locations registry (`locations.yaml` beside the scenarios), if there is one without errors.
    public var locations: LocationRegistry?
    /// Problems in scenario or registry files; those files are left out, not fatal.
    public var problems: [FileDiagnostic]

    public init(scenarios: [String: Scenario] = [:], registry: TouchpointRegistry? = nil, problems: [FileDiagnostic] = []) {
        self.scenarios = scenarios
        self.registry = registry
        self.problems = problems
    }

    /// Every `*.yaml`/`*.yml` scenario in `folder` (not recursive) and its
    /// `touchpoints.yaml` and `locations.yaml`. A missing folder gives an empty workspace.
    public static func load(scenariosFolder folder: String) -> Workspace {
        var workspace = Workspace()
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        let registryPath = "\(folder)/\(ScenarioLoader.registryName)"
        let registries = RegistryCache()
        if fm.fileExists(atPath: registryPath) {
            let (registry, problems, _) = registries.registry(at: registryPath)
            workspace.registry = registry
            workspace.problems += problems.filter { $0.diagnostic.severity == .error }
        }
        let locationsPath = "\(folder)/\(ScenarioLoader.locationsName)"
        if fm.fileExists(atPath: locationsPath) {
            let (locations, problems, _) = registries.locations(at: locationsPath)
            workspace.locations = locations
            workspace.problems += problems.filter { $0.diagnostic.severity == .error }
        }
        for name in names where (name.hasSuffix(".yaml") || name.hasSuffix(".yml"))
            && name != ScenarioLoader.registryName && name != ScenarioLoader.locationsName && !name.hasPrefix(".") {
            let path = "\(folder)/\(name)"
            let (scenario, problems) = ScenarioLoader.load(path, scenariosFolder: folder, registries: registries)
            if let scenario {
                workspace.scenarios[scenario.id] = scenario
            } else {
                workspace.problems += problems.filter { $0.diagnostic.severity == .error }
            }
        }
        return workspace
    }
}
