import ShopperCore

/// `shopper weekly`: the page for the weekly meeting (see docs/commands.md).
public struct WeeklyPage: Sendable, Hashable {
    public struct Action: Sendable, Hashable {
        public var id: String
        public var touchpoint: String
        public var text: String
        /// The action's owner, else the touchpoint's; nil when neither.
        public var owner: String?
        public var due: CalendarDate?
        public var doneOn: CalendarDate?
    }

    public struct Focus: Sendable, Hashable {
        public var rank: Int
        public var id: String
        public var name: String
        public var owner: String?
        /// The measured score this week.
        public var score: Double?
        /// The measured score the week before.
        public var previous: Double?
        public var team: Double?
        /// team − score; nil unless both.
        public var gap: Double?
        /// Barrier ids first recorded at the touchpoint this week (by the runs counted).
        public var newBarriers: [String]
        public var done: [Action]
        public var overdue: [Action]
        public var due: [Action]
    }

    /// A touchpoint scored this week, but by fewer than `TouchpointScore.minimumFocusN` attempts:
    /// not ranked in the focus five, yet the meeting should see it (a low score from four
    /// attempts is a question to ask, not a fact to rank).
    public struct Thin: Sendable, Hashable {
        public var id: String
        public var name: String
        public var owner: String?
        public var score: Double
        public var n: Int

        public init(id: String, name: String, owner: String?, score: Double, n: Int) {
            self.id = id
            self.name = name
            self.owner = owner
            self.score = score
            self.n = n
        }
    }

    public struct Recheck: Sendable, Hashable {
        public var id: String
        public var name: String
        public var owner: String?
        public var lastChecked: CalendarDate?
        public var reviewEvery: Touchpoint.ReviewInterval
    }

    public var week: Period
    /// The reference date: `--today` (a day of the week), else the week's Sunday, or today for the current week.
    public var today: CalendarDate
    public var focus: [Focus]
    /// Touchpoints scored this week too few times to rank, lowest score first.
    public var thin: [Thin] = []
    /// Touchpoints not checked within `review_every` on `today`, oldest first (never checked first).
    public var recheck: [Recheck]
    /// Touchpoints without an owner (in the registry without one, or named by runs and not in it).
    public var noOwner: [String]
    /// Actions whose touchpoint has no owner and which name none.
    public var actionsWithoutOwner: [String]
    /// Every touchpoint's actions, for the page's plan section: done this week, overdue, due.
    public var allDone: [Action]
    public var allOverdue: [Action]
    public var allDue: [Action]
    /// The week of the latest run counted up to the reference date with a measured score (this
    /// week or an earlier one); nil when there is none. Named when the page has no focus list.
    public var latestScoredWeek: Period? = nil
}
