/// One step of a scenario: what the tester does, where (touchpoint, stage) and what good looks like.
public struct Step: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The instruction (`do` in the file).
    public var instruction: String
    public var touchpoint: String
    public var stage: JourneyStage
    public var expect: [String]
    /// Time target in seconds.
    public var target: Double?
    /// Whether the tester gives the step a 0 to 10 score.
    public var score: Bool
    public var checklist: [ChecklistItem]
    public var questions: [Question]
    /// Set when the step is a wait for the business's answer (`wait: reply`).
    public var wait: Wait?

    public init(id: String, title: String, instruction: String, touchpoint: String, stage: JourneyStage,
                expect: [String] = [], target: Double? = nil, score: Bool = true,
                checklist: [ChecklistItem] = [], questions: [Question] = [], wait: Wait? = nil) {
        self.id = id
        self.title = title
        self.instruction = instruction
        self.touchpoint = touchpoint
        self.stage = stage
        self.expect = expect
        self.target = target
        self.score = score
        self.checklist = checklist
        self.questions = questions
        self.wait = wait
    }
}

/// A yes / no / n/a item the tester checks after a step.
public struct ChecklistItem: Sendable, Hashable {
    public var id: String
    public var text: String
    public var weight: Double
    /// A critical item answered `no` sets the step's compliance for the run to 0.
    public var critical: Bool

    public init(id: String, text: String, weight: Double = 1, critical: Bool = false) {
        self.id = id
        self.text = text
        self.weight = weight
        self.critical = critical
    }
}
