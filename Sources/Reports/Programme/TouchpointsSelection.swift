import ShopperCore

/// `shopper touchpoints --stage/--owner/--sort`: which touchpoints are listed, and in what order.
public struct TouchpointsSelection: Sendable, Hashable {
    public enum Sort: String, Sendable, CaseIterable {
        /// Focus priority, highest first (the report's order).
        case priority
        /// Largest perception gap first (the team most optimistic), those without one last.
        case gap
        /// Lowest measured score first.
        case score
        /// Lowest team score first.
        case team
        /// Least recently checked first (never checked first).
        case checked
        /// By id.
        case id
    }

    public var stages: [JourneyStage] = []
    /// Case-insensitive parts of the owner's text; a touchpoint matches if its owner contains any.
    public var owners: [String] = []
    public var sort: Sort = .priority

    public init(stages: [JourneyStage] = [], owners: [String] = [], sort: Sort = .priority) {
        self.stages = stages
        self.owners = owners
        self.sort = sort
    }

    public func matches(_ t: TouchpointStatus) -> Bool {
        if !stages.isEmpty, !(t.stage.map(stages.contains) ?? false) { return false }
        if !owners.isEmpty {
            guard let owner = t.owner?.lowercased(), owners.contains(where: { owner.contains($0.lowercased()) }) else { return false }
        }
        return true
    }

    public func apply(_ overview: TouchpointsOverview) -> TouchpointsOverview {
        var result = overview
        // Ties keep the report's order (focus priority), so every sort is stable and total.
        let listed = overview.touchpoints.enumerated().filter { matches($0.element) }
        func key(_ t: TouchpointStatus) -> (Int, Double) {
            switch sort {
            case .priority, .id: (0, 0)
            case .gap: t.gap.map { (0, -$0) } ?? (1, 0)
            case .score: t.measured.score.map { (0, $0) } ?? (1, 0)
            case .team: t.team.map { (0, $0) } ?? (1, 0)
            case .checked: t.lastChecked.map { (1, Double($0.days)) } ?? (0, 0)
            }
        }
        let sorted = listed.sorted { a, b in
            if sort == .id { return a.element.id < b.element.id }
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka < kb : a.offset < b.offset
        }
        result.touchpoints = sorted.map(\.element)
        return result
    }
}
