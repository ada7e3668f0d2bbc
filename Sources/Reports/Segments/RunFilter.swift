import Foundation
import ShopperCore

/// Looks up a run's segment values: its tester, its context values and, through
/// `context.location`, its location's registry fields. Built once per command; the registry is
/// indexed by id so each run costs one dictionary lookup.
public struct SegmentResolver: Sendable {
    public let locations: LocationRegistry?
    private let byID: [String: Location]

    public init(locations: LocationRegistry?) {
        self.locations = locations
        var byID: [String: Location] = [:]
        for location in locations?.locations ?? [] where byID[location.id] == nil { byID[location.id] = location }
        self.byID = byID
    }

    public func location(_ id: String) -> Location? { byID[id] }

    /// The run's values of `key`: none when the run does not say (no such context key, a location
    /// the registry lacks, a location with no region), several for a location's tags.
    public func values(_ key: SegmentKey, of run: RunSummary) -> [String] {
        switch key {
        case .tester:
            return [run.tester]
        case .context(let name):
            return run.context[name].map { [$0] } ?? []
        case .location(let field):
            guard let id = run.context["location"], let location = byID[id] else { return [] }
            switch field {
            case .region: return location.region.map { [$0] } ?? []
            case .manager: return location.manager.map { [$0] } ?? []
            case .timezone: return location.timezone.map { [$0] } ?? []
            case .tag: return location.tags
            }
        }
    }

    /// The values a registry field takes, for checking a `--where` value; nil for keys whose
    /// values are only known from the runs (tester, context keys but `location` with a registry).
    public func registryValues(_ key: SegmentKey) -> [String]? {
        guard let locations else { return nil }
        var values: [String] = []
        func add(_ value: String?) { if let value, !values.contains(value) { values.append(value) } }
        switch key {
        case .tester: return nil
        case .context(let name):
            guard name == "location" else { return nil }
            return locations.ids
        case .location(.region): locations.locations.forEach { add($0.region) }
        case .location(.manager): locations.locations.forEach { add($0.manager) }
        case .location(.timezone): locations.locations.forEach { add($0.timezone) }
        case .location(.tag): locations.locations.forEach { $0.tags.forEach { add($0) } }
        }
        return values
    }
}

/// `--where KEY=VALUE` clauses: a key given several times holds when the run has any of its values
/// (`location=berlin` and `location=plzen`: either location); different keys must all hold.
public struct RunFilter: Sendable {
    public struct Clause: Sendable, Hashable {
        public var key: SegmentKey
        public var value: String

        public init(key: SegmentKey, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var clauses: [Clause]
    public var resolver: SegmentResolver

    public init(clauses: [Clause] = [], resolver: SegmentResolver = SegmentResolver(locations: nil)) {
        self.clauses = clauses
        self.resolver = resolver
    }

    public var isEmpty: Bool { clauses.isEmpty }

    /// Parses `KEY=VALUE` texts. A registry field's value (and a location id, with a registry)
    /// must be one the registry has: an unknown one would silently select nothing.
    public static func parse(_ texts: [String], scenarios: some Sequence<Scenario>,
                             locations: LocationRegistry?) throws(SegmentError) -> RunFilter {
        let resolver = SegmentResolver(locations: locations)
        var clauses: [Clause] = []
        let scenarios = Array(scenarios)
        for text in texts {
            guard let equals = text.firstIndex(of: "="), equals != text.startIndex else { throw .badClause(text) }
            let name = String(text[..<equals]).trimmingCharacters(in: .whitespaces)
            let value = String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !value.isEmpty else { throw .badClause(text) }
            let key = try SegmentKey.parse(name, scenarios: scenarios, locations: locations)
            if let known = resolver.registryValues(key), !known.contains(value) {
                throw .unknownValue(key: name, value: value, known: known)
            }
            clauses.append(Clause(key: key, value: value))
        }
        return RunFilter(clauses: clauses, resolver: resolver)
    }

    /// The context keys the loader must keep for these clauses.
    public var contextKeys: Set<String> { Set(clauses.compactMap(\.key.contextKey)) }

    /// The clauses grouped by key, in the order the keys were first given: the run must match
    /// one value of every group.
    public var groups: [[Clause]] {
        var order: [SegmentKey] = []
        var byKey: [SegmentKey: [Clause]] = [:]
        for clause in clauses {
            if byKey[clause.key] == nil { order.append(clause.key) }
            byKey[clause.key, default: []].append(clause)
        }
        return order.map { byKey[$0]! }
    }

    public func matches(_ run: RunSummary) -> Bool {
        groups.allSatisfy { group in group.contains { holds($0, for: run) } }
    }

    private func holds(_ clause: Clause, for run: RunSummary) -> Bool {
        if clause.key == .tester {
            // A tester is named as `runs --tester` names one: any case, name or slug.
            return RunListFilter.testerKey(run.tester) == RunListFilter.testerKey(clause.value)
        }
        return resolver.values(clause.key, of: run).contains(clause.value)
    }

    /// The clauses as they are applied: `(location=berlin or location=plzen) and region=Germany`.
    public var summary: String {
        let groups = self.groups
        return groups.map { group in
            let text = group.map { "\($0.key)=\($0.value)" }.joined(separator: " or ")
            return group.count > 1 && groups.count > 1 ? "(\(text))" : text
        }.joined(separator: " and ")
    }
}

extension SegmentResolver: Hashable {
    public static func == (a: SegmentResolver, b: SegmentResolver) -> Bool { a.locations == b.locations }
    public func hash(into hasher: inout Hasher) { hasher.combine(locations) }
}

extension RunFilter: Hashable {}
