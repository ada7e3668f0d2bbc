/// A place where a customer meets the business, with its owner and importance.
public struct Touchpoint: Sendable, Hashable {
    public struct Importance: Sendable, Hashable {
        /// 1 to 5: how much it matters to the customer.
        public var customer: Int
        /// 1 to 5: how much it matters to the business.
        public var business: Int

        public init(customer: Int, business: Int) {
            self.customer = customer
            self.business = business
        }

        public var product: Int { customer * business }
    }

    public var id: String
    public var name: String
    public var channel: String
    public var stage: JourneyStage
    /// Who answers for it; nil when nobody has been named yet (the weekly page lists those).
    public var owner: String?
    public var importance: Importance
    /// The team's own 0–10 scores, in file order; the latest by date counts (`team`).
    public var assessments: [Assessment]
    /// The improvement plan.
    public var actions: [Action]
    /// How often a run must check the touchpoint (default 12 months).
    public var reviewEvery: ReviewInterval

    public init(id: String, name: String, channel: String, stage: JourneyStage, owner: String?, importance: Importance,
                assessments: [Assessment] = [], actions: [Action] = [], reviewEvery: ReviewInterval = .default) {
        self.id = id
        self.name = name
        self.channel = channel
        self.stage = stage
        self.owner = owner
        self.importance = importance
        self.assessments = assessments
        self.actions = actions
        self.reviewEvery = reviewEvery
    }
}

/// The touchpoints registry (`touchpoints.yaml`).
public struct TouchpointRegistry: Sendable, Hashable {
    public var touchpoints: [Touchpoint]

    public init(touchpoints: [Touchpoint]) {
        self.touchpoints = touchpoints
    }

    public subscript(id: String) -> Touchpoint? {
        touchpoints.first { $0.id == id }
    }
}
