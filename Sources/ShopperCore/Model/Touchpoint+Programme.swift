/// The touchpoint programme: the team's own assessment, the action plan and the re-check interval
/// (`assessments`, `actions` and `review_every` in touchpoints.yaml).
extension Touchpoint {
    /// The team's score of the touchpoint as it is today.
    public struct Assessment: Sendable, Hashable {
        /// 0 to 10.
        public var score: Double
        public var date: CalendarDate
        /// Who assessed it (a person or a workshop).
        public var by: String

        public init(score: Double, date: CalendarDate, by: String) {
            self.score = score
            self.date = date
            self.by = by
        }
    }

    /// One step of the plan.
    public struct Action: Sendable, Hashable {
        public enum Status: String, Sendable, Hashable, CaseIterable {
            case idea, planned, doing, done, dropped

            /// Idea, planned and doing: still to be done.
            public var isOpen: Bool { self == .idea || self == .planned || self == .doing }
        }

        public var id: String
        public var text: String
        /// Nil: the touchpoint's owner answers for it.
        public var owner: String?
        public var due: CalendarDate?
        public var status: Status
        /// When it was done (only for `done`).
        public var doneOn: CalendarDate?
        /// A barrier id the action addresses.
        public var barrier: String?

        public init(id: String, text: String, owner: String? = nil, due: CalendarDate? = nil, status: Status,
                    doneOn: CalendarDate? = nil, barrier: String? = nil) {
            self.id = id
            self.text = text
            self.owner = owner
            self.due = due
            self.status = status
            self.doneOn = doneOn
            self.barrier = barrier
        }
    }

    /// A re-check interval: `90 days`, `6 weeks`, `12 months`, `1 year`.
    public enum ReviewInterval: Sendable, Hashable, CustomStringConvertible {
        case days(Int)
        case months(Int)

        public static let `default` = ReviewInterval.months(12)

        /// `review_every`'s shape, for the decoder and the JSON Schema alike.
        public static let pattern = "^[1-9][0-9]{0,3} (days?|weeks?|months?|years?)$"

        /// Nil unless `text` matches `pattern`: a whole number from 1 to 9999, a space, and a unit.
        public init?(parsing text: String) {
            guard let regex = try? Regex(Self.pattern), text.wholeMatch(of: regex) != nil else { return nil }
            let parts = text.split(separator: " ")
            guard let n = Int(parts[0]) else { return nil }
            switch parts[1] {
            case "day", "days": self = .days(n)
            case "week", "weeks": self = .days(n * 7)
            case "month", "months": self = .months(n)
            case "year", "years": self = .months(n * 12)
            default: return nil
            }
        }

        /// The day a check made on `date` falls due again.
        public func after(_ date: CalendarDate) -> CalendarDate {
            switch self {
            case .days(let n): date.adding(days: n)
            case .months(let n): date.adding(months: n)
            }
        }

        public var description: String {
            switch self {
            case .days(let n): n % 7 == 0 && n >= 7 ? "\(n / 7) weeks" : "\(n) days"
            case .months(let n): n % 12 == 0 ? "\(n / 12) year\(n == 12 ? "" : "s")" : "\(n) months"
            }
        }
    }

    /// The latest assessment by date (the later in the file on the same day).
    public var team: Assessment? {
        assessments.enumerated().max { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }?.element
    }
}
