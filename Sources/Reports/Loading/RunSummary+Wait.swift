import ShopperCore

extension RunSummary {
    /// A wait step's response, reduced to what the report's response figures need: 24 bytes
    /// a wait, in an array only runs with waits fill (`RunSummary.waits`), so the step summaries
    /// of the other ~700,000 records of 100,000 runs do not grow (`RunSummaryLayoutTests`).
    ///
    /// The response is the **first answered attempt's** time (its own `response_seconds` and
    /// `response_working_seconds`); a wait with no answered attempt is unanswered, observed for
    /// its last attempt's span; a wait whose last attempt is still open has no time yet.
    public struct WaitSummary: Sendable, Hashable {
        public enum Result: UInt8, Sendable, Hashable {
            /// An attempt was answered: `wallSeconds` is its response time.
            case answered
            /// No attempt was answered and the tester gave up: the times are how long the last
            /// attempt was watched (right-censored).
            case unanswered
            /// The last attempt is still waiting: no time is known.
            case open
        }

        /// Wall seconds of the response or of the watched span; 0 when open.
        public var wallSeconds: Double
        /// The same in working time; meaningful only when `hasWorking`.
        private var working: Double
        /// The position of the wait's record in the run's `steps`.
        public var stepIndex: Int32
        public var result: Result
        private var hasWorking: Bool

        public init(stepIndex: Int, result: Result, wallSeconds: Double, workingSeconds: Double?) {
            self.stepIndex = Int32(clamping: stepIndex)
            self.result = result
            self.wallSeconds = result == .open ? 0 : wallSeconds
            self.working = result == .open ? 0 : workingSeconds ?? 0
            self.hasWorking = result != .open && workingSeconds != nil
        }

        /// Working seconds of the response or watched span, when the run counted working time.
        public var workingSeconds: Double? { hasWorking ? working : nil }

        /// The seconds on `clock`; nil when open or not counted on that clock.
        public func seconds(on clock: Wait.Clock) -> Double? {
            guard result != .open else { return nil }
            return clock == .working ? workingSeconds : wallSeconds
        }

        /// The summary of a wait record at position `stepIndex`: the first answered attempt,
        /// else the last attempt (unanswered when it ended, open when it has not).
        public init(_ wait: WaitRecord, stepIndex: Int) {
            if let a = wait.attempts.first(where: { $0.answered != nil }), let wall = a.responseSeconds {
                self.init(stepIndex: stepIndex, result: .answered, wallSeconds: wall, workingSeconds: a.responseWorkingSeconds)
            } else if let wall = wait.last.responseSeconds {
                self.init(stepIndex: stepIndex, result: .unanswered, wallSeconds: wall,
                          workingSeconds: wait.last.responseWorkingSeconds)
            } else {
                self.init(stepIndex: stepIndex, result: .open, wallSeconds: 0, workingSeconds: nil)
            }
        }
    }

    /// The wait of the step record at `index`, if it is a wait.
    public func wait(atStep index: Int) -> WaitSummary? {
        waits.first { Int($0.stepIndex) == index }
    }
}
