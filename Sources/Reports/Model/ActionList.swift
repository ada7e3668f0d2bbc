import ShopperCore

/// The owners' action list: each flagged regression, new barrier, critical failure of the
/// current period and focus touchpoint, with its touchpoint's owner from the registry, grouped
/// by owner. Built from a `Report` by `ActionList.of(_:)`, a pure function, so every renderer
/// lists the same actions.
public struct ActionList: Sendable, Hashable {
    public var groups: [OwnerActions]

    public init(groups: [OwnerActions]) {
        self.groups = groups
    }

    public var isEmpty: Bool { groups.isEmpty }
}

/// The actions of one owner (nil: no touchpoint owner is named, e.g. a whole-task change).
public struct OwnerActions: Sendable, Hashable {
    public var owner: String?
    public var items: [ActionItem]

    public init(owner: String?, items: [ActionItem]) {
        self.owner = owner
        self.items = items
    }
}

public struct ActionItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case regression
        case newBarrier = "new_barrier"
        case criticalFailure = "critical_failure"
        case focus
    }

    public var kind: Kind
    /// The scenario's id and title; nil for a focus touchpoint (it spans scenarios).
    public var scenario: String?
    public var scenarioTitle: String?
    /// The touchpoint's id and name (the id when the registry does not name it); nil for a
    /// whole-task change.
    public var touchpoint: String?
    public var touchpointName: String?
    /// Regressions and new barriers.
    public var finding: Finding?
    /// Critical failures: the item, the step's title, the runs that failed it and the task
    /// attempts of the period.
    public var critical: CriticalItemStats?
    public var stepTitle: String?
    /// Focus touchpoints: rank, score and scored attempts.
    public var focus: Int?
    public var score: Double?
    public var n: Int?

    public init(kind: Kind, scenario: String? = nil, scenarioTitle: String? = nil, touchpoint: String? = nil,
                touchpointName: String? = nil, finding: Finding? = nil, critical: CriticalItemStats? = nil,
                stepTitle: String? = nil, focus: Int? = nil, score: Double? = nil, n: Int? = nil) {
        self.kind = kind
        self.scenario = scenario
        self.scenarioTitle = scenarioTitle
        self.touchpoint = touchpoint
        self.touchpointName = touchpointName
        self.finding = finding
        self.critical = critical
        self.stepTitle = stepTitle
        self.focus = focus
        self.score = score
        self.n = n
    }
}

extension ActionList {
    /// Groups: named owners in the order of their first action (regressions, then new barriers,
    /// critical failures, focus touchpoints), the group without an owner last. Within a group
    /// the same order.
    public static func of(_ report: Report, summaries: [ScenarioSummary]? = nil) -> ActionList {
        let summaries = summaries ?? ScenarioSummary.of(report)
        var touchpoints: [String: TouchpointScore] = [:]
        for t in report.touchpoints where touchpoints[t.id] == nil { touchpoints[t.id] = t }
        func name(_ id: String?) -> String? { id.map { touchpoints[$0]?.name ?? $0 } }
        func owner(_ id: String?) -> String? { id.flatMap { touchpoints[$0]?.owner } }

        var items: [(owner: String?, item: ActionItem)] = []
        for kind in [Change.Kind.regression, .new] {
            for s in summaries {
                for f in s.findings where f.change.kind == kind {
                    let item = ActionItem(kind: kind == .regression ? .regression : .newBarrier, scenario: s.scenario,
                                          scenarioTitle: s.title, touchpoint: f.touchpoint, touchpointName: name(f.touchpoint),
                                          finding: f, stepTitle: f.stepTitle)
                    items.append((owner(f.touchpoint), item))
                }
            }
        }
        for (s, summary) in zip(report.scenarios, summaries) {
            guard let period = summary.period, let stats = s.stats(for: period) else { continue }
            for c in stats.criticalItems where c.failed > 0 {
                let step = stats.step(c.step) ?? s.periods.lazy.compactMap { $0.step(c.step) }.last
                let item = ActionItem(kind: .criticalFailure, scenario: s.scenario, scenarioTitle: s.title,
                                      touchpoint: step?.touchpoint, touchpointName: name(step?.touchpoint), critical: c,
                                      stepTitle: step.map { $0.title.isEmpty ? $0.step : $0.title } ?? c.step)
                items.append((owner(step?.touchpoint), item))
            }
        }
        for t in report.focus {
            items.append((t.owner, ActionItem(kind: .focus, touchpoint: t.id, touchpointName: t.name, focus: t.focus,
                                              score: t.score, n: t.n)))
        }
        var groups: [OwnerActions] = []
        var index: [String: Int] = [:]
        var unowned: [ActionItem] = []
        for (owner, item) in items {
            guard let owner, !owner.isEmpty else { unowned.append(item); continue }
            if let i = index[owner] {
                groups[i].items.append(item)
            } else {
                index[owner] = groups.count
                groups.append(OwnerActions(owner: owner, items: [item]))
            }
        }
        if !unowned.isEmpty { groups.append(OwnerActions(owner: nil, items: unowned)) }
        return ActionList(groups: groups)
    }
}
