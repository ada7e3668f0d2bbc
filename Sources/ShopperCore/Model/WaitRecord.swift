import Foundation

/// What a wait step (`wait: reply`) recorded: when the request went out and when, or whether,
/// the business answered. A run file holds the last attempt in the step record's `sent`,
/// `answered`, `response_seconds` and `response_working_seconds`, and every attempt in
/// `attempts` when there were several (see docs/run-format.md, "Waits").
public struct WaitRecord: Sendable, Hashable {
    /// One request and its answer.
    public struct Attempt: Sendable, Hashable {
        /// When the tester sent the request (UTC, whole seconds).
        public var sent: Date
        /// When the answer arrived; nil while waiting and when it never came.
        public var answered: Date?
        /// Wall seconds from `sent` to `answered`, or to the moment the tester gave up when
        /// there was no answer; nil while still waiting.
        public var responseSeconds: Double?
        /// The same span counted in working hours, when the run had working hours.
        public var responseWorkingSeconds: Double?

        public init(sent: Date, answered: Date? = nil, responseSeconds: Double? = nil, responseWorkingSeconds: Double? = nil) {
            self.sent = sent
            self.answered = answered
            self.responseSeconds = responseSeconds
            self.responseWorkingSeconds = responseWorkingSeconds
        }

        /// Still waiting for the answer: neither answered nor given up.
        public var isOpen: Bool { responseSeconds == nil }

        /// The attempt ended at `end` (answered then when `answered`, given up otherwise),
        /// its spans counted on the wall clock and, with `hours`, in working time.
        public func ended(at end: Date, answered: Bool, hours: WorkingHours?) -> Attempt {
            var a = self
            a.answered = answered ? end : nil
            a.responseSeconds = Wait.Clock.wall.seconds(from: sent, to: end, hours: nil)
            a.responseWorkingSeconds = hours.map { $0.seconds(from: sent, to: end) }
            return a
        }
    }

    /// Every attempt, in the order made; never empty. The last one is the step's result.
    public var attempts: [Attempt]

    public init(attempts: [Attempt]) {
        precondition(!attempts.isEmpty, "a wait has at least one attempt")
        self.attempts = attempts
    }

    public init(sent: Date) {
        self.attempts = [Attempt(sent: sent)]
    }

    /// The last attempt: the one that was answered, or the last one tried.
    public var last: Attempt {
        get { attempts[attempts.count - 1] }
        set { attempts[attempts.count - 1] = newValue }
    }

    /// Still waiting for the answer to the last attempt.
    public var isOpen: Bool { last.isOpen }
}
