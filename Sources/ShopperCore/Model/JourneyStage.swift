/// The nine stages of the customer journey a step or touchpoint belongs to.
public enum JourneyStage: String, CaseIterable, Sendable, Hashable, Codable {
    case awareness
    case consideration
    case interest
    case intent
    case purchase
    case postPurchase = "post-purchase"
    case retention
    case advocacy
    case loyalty
}

/// Interface and content languages.
public enum Language: String, CaseIterable, Sendable, Hashable, Codable {
    case en
    case ru
}
