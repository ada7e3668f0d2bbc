/// A customer task, step by step, as an author wrote it (scenario format version 1).
public struct Scenario: Sendable, Hashable {
    public var id: String
    public var title: String
    public var version: Int
    public var language: Language
    public var persona: String?
    public var brief: String
    /// Run facts the runner asks for at start (e.g. `location`, `device`).
    public var context: [String]
    /// What the runner asks for a context field, by key, when the scenario words it
    /// (`- {key: os_version, ask: Which OS version?}`); other fields are asked by their key.
    public var contextPrompts: [String: String]
    /// Time budget for the whole task, in seconds.
    public var target: Double?
    /// The pass mark: the least shop score (0...1) with which a run passes the shop; nil when the
    /// scenario sets none (then a run passes when it has no critical failure).
    public var pass: Double?
    public var steps: [Step] { didSet { stepIndex = Self.index(steps) } }
    public var survey: [Question]
    public var barriers: [KnownBarrier]
    /// Working hours for `clock: working` waits (days not listed are closed); a run's location
    /// with hours of its own overrides them.
    public var hours: [Location.Hours]
    /// The IANA time zone the hours follow; a run's location with a zone overrides it.
    public var timezone: String?
    /// Dates on which nothing is open, in the hours' zone.
    public var holidays: [CalendarDate]
    /// The position of each step id's first step, kept with `steps`, so `step(_:)` does not
    /// search: reports and checks look a step up once per record.
    private var stepIndex: [String: Int]

    public init(id: String, title: String, version: Int = 1, language: Language = .en, persona: String? = nil,
                brief: String, context: [String] = [], contextPrompts: [String: String] = [:], target: Double? = nil, steps: [Step],
                survey: [Question] = [], barriers: [KnownBarrier] = [], pass: Double? = nil,
                hours: [Location.Hours] = [], timezone: String? = nil, holidays: [CalendarDate] = []) {
        self.id = id
        self.title = title
        self.version = version
        self.language = language
        self.persona = persona
        self.brief = brief
        self.context = context
        self.contextPrompts = contextPrompts
        self.target = target
        self.pass = pass
        self.steps = steps
        self.stepIndex = Self.index(steps)
        self.survey = survey
        self.barriers = barriers
        self.hours = hours
        self.timezone = timezone
        self.holidays = holidays
    }

    public func step(_ id: String) -> Step? {
        stepIndex[id].map { steps[$0] }
    }

    private static func index(_ steps: [Step]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, step) in steps.enumerated() where index[step.id] == nil { index[step.id] = i }
        return index
    }
}

/// A barrier the author already knows of, offered to testers at a step.
public struct KnownBarrier: Sendable, Hashable {
    public var id: String
    public var step: String
    public var text: String

    public init(id: String, step: String, text: String) {
        self.id = id
        self.step = step
        self.text = text
    }
}
