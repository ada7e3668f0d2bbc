/// Touchpoints and locations registries read once per path, however many scenarios and runs
/// refer to them.
public final class RegistryCache {
    private var loaded: [String: (registry: TouchpointRegistry?, problems: [FileDiagnostic])] = [:]
    private var loadedLocations: [String: (registry: LocationRegistry?, problems: [FileDiagnostic])] = [:]

    public init() {}

    /// The registry at `path` (nil when it has errors), its problems, and whether this is the
    /// first time it was asked for (so its problems can be shown once).
    public func registry(at path: String) -> (registry: TouchpointRegistry?, problems: [FileDiagnostic], firstUse: Bool) {
        if let cached = loaded[path] { return (cached.registry, cached.problems, false) }
        let (registry, problems) = ScenarioLoader.loadRegistry(path)
        loaded[path] = (registry, problems)
        return (registry, problems, true)
    }

    /// The locations registry at `path` (nil when it has errors), its problems, and whether this
    /// is the first time it was asked for.
    public func locations(at path: String) -> (registry: LocationRegistry?, problems: [FileDiagnostic], firstUse: Bool) {
        if let cached = loadedLocations[path] { return (cached.registry, cached.problems, false) }
        let (registry, problems) = ScenarioLoader.loadLocations(path)
        loadedLocations[path] = (registry, problems)
        return (registry, problems, true)
    }
}
