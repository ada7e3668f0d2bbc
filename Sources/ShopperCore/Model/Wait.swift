/// What makes a step a wait (`wait: reply`): the tester sends something and waits for the
/// business to answer. The step's `target` is then the promised response time, counted on
/// `clock`.
public struct Wait: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The tester sends a request and waits for the business's reply.
        case reply
    }

    /// How a wait's time is counted.
    public enum Clock: String, Sendable, Hashable, CaseIterable {
        /// Every second counts (the default).
        case wall
        /// Only seconds within working hours count (the scenario's or the run location's).
        case working
    }

    /// The most attempts a wait step may ask for.
    public static let maxAttempts = 10

    public var kind: Kind
    public var clock: Clock
    /// How many times the tester tries (e.g. calls) before giving up; 1 by default.
    public var attempts: Int
    /// The least time between two attempts, in seconds (e.g. a day for calls on different days).
    public var retryAfter: Double?

    public init(kind: Kind = .reply, clock: Clock = .wall, attempts: Int = 1, retryAfter: Double? = nil) {
        self.kind = kind
        self.clock = clock
        self.attempts = attempts
        self.retryAfter = retryAfter
    }
}
