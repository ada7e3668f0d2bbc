import ShopperCore

/// What a `--where KEY=VALUE` or `--by-segment KEY` names: the run's tester, a key of its
/// `context`, or a field of the locations registry reached through the run's `context.location`.
public enum SegmentKey: Sendable, Hashable, CustomStringConvertible {
    case tester
    /// A `context` key (`location`, `device`, `app_version`, ...).
    case context(String)
    /// A field of the run's location in the locations registry.
    case location(LocationField)

    /// The registry fields a key can reach.
    public enum LocationField: String, Sendable, Hashable, CaseIterable {
        case region, manager, tag, timezone
    }

    /// The key as written on the command line.
    public var description: String {
        switch self {
        case .tester: "tester"
        case .context(let key): key
        case .location(let field): field.rawValue
        }
    }

    /// The `context` key the loader must keep for this key (`RunLoader.contextKeys`).
    public var contextKey: String? {
        switch self {
        case .tester: nil
        case .context(let key): key
        case .location: "location"
        }
    }

    /// Whether a run can have several values (a location's tags).
    public var isMultiValued: Bool { self == .location(.tag) }

    /// The keys that can be named: `tester`, `location`, the context keys the scenarios ask
    /// for (scenarios in id order, keys in each one's order), and with a locations registry its fields.
    public static func known(scenarios: some Sequence<Scenario>, locations: LocationRegistry?) -> [String] {
        var keys = ["tester", "location"]
        // By scenario id, so the list reads the same on every run (a workspace's scenarios are a dictionary).
        for scenario in scenarios.sorted(by: { $0.id < $1.id }) {
            for key in scenario.context where !keys.contains(key) { keys.append(key) }
        }
        if locations != nil { keys += LocationField.allCases.map(\.rawValue) }
        return keys
    }

    /// The key named `text`, or an error listing the known ones. A context key no scenario
    /// asks for is unknown (a typo would otherwise filter everything out); a registry field
    /// needs the registry.
    public static func parse(_ text: String, scenarios: some Sequence<Scenario>,
                             locations: LocationRegistry?) throws(SegmentError) -> SegmentKey {
        let known = Self.known(scenarios: scenarios, locations: locations)
        if text == "tester" { return .tester }
        if let field = LocationField(rawValue: text), !known.contains(text) || locations != nil {
            guard locations != nil else { throw .needsRegistry(key: text) }
            return .location(field)
        }
        guard known.contains(text) else { throw .unknownKey(text, known: known) }
        return .context(text)
    }
}

/// A bad `--where` or `--by-segment` value, worded for the command line.
public enum SegmentError: Error, Sendable, Hashable, CustomStringConvertible {
    case unknownKey(String, known: [String])
    case needsRegistry(key: String)
    case badClause(String)
    case unknownValue(key: String, value: String, known: [String])

    public var description: String {
        switch self {
        case .unknownKey(let key, let known):
            let hint = Suggestion.closest(to: key, in: known).map { "did you mean '\($0)'? " } ?? ""
            return "unknown key \(Echo.quoted(key)); \(hint)known keys: \(known.joined(separator: ", "))"
        case .needsRegistry(let key):
            return "'\(key)' is a field of the locations registry, and there is none (scenarios/locations.yaml)"
        case .badClause(let text):
            return "expects KEY=VALUE such as location=berlin or tester=anna, found \(Echo.quoted(text))"
        case .unknownValue(let key, let value, let known):
            let hint = Suggestion.closest(to: value, in: known).map { "did you mean '\($0)'? " } ?? ""
            let list = known.count <= 20 ? known.joined(separator: ", ") : known.prefix(20).joined(separator: ", ") + ", …"
            return "no \(key) \(Echo.quoted(value)) in the locations registry; \(hint)known: \(list)"
        }
    }
}
