/// Which answers of a run are ratings, and so must be whole numbers within their question's
/// scale: the types the reports read them by. With the run's scenario at the version the run
/// was made of, its rating questions (`nps`, `csat`, `ces`, `seq`, `scale`); without it (the
/// file is missing or broken, or the run is of another version, whose questions may have been
/// different), the survey questions named `nps`, `csat` and `ces`, which the report reads by
/// name.
public struct AnswerScales: Sendable {
    private let scenario: Scenario?
    private let checked: Bool

    /// No rating is known: only the bounds every number has (`RunLimits`).
    public static let unchecked = AnswerScales(scenario: nil, checked: false)

    private init(scenario: Scenario?, checked: Bool) {
        self.scenario = scenario
        self.checked = checked
    }

    /// The ratings of `scenario` for a run of `version`; of the survey questions named like
    /// the report's defaults when the scenario is nil or of another version.
    public init(scenario: Scenario?, version: Int) {
        self.init(scenario: scenario?.version == version ? scenario : nil, checked: true)
    }

    /// The survey question `id` when it is a rating.
    public func survey(_ id: String) -> Question? {
        guard checked else { return nil }
        if let scenario {
            return scenario.survey.first { $0.id == id && $0.kind.range != nil }
        }
        switch id {
        case "nps": return Question(id: id, ask: "", kind: .nps)
        case "csat": return Question(id: id, ask: "", kind: .csat)
        case "ces": return Question(id: id, ask: "", kind: .ces)
        default: return nil
        }
    }

    /// The question `id` of step `step` when it is a rating.
    public func step(_ step: String, _ id: String) -> Question? {
        guard checked, let scenario else { return nil }
        return scenario.step(step)?.questions.first { $0.id == id && $0.kind.range != nil }
    }

    /// Why a number answer does not fit: out of `RunLimits`, or, for a rating, not a whole
    /// number within its scale; nil when it fits. `shown` is the answer as written.
    public static func problem(_ value: Double, shown: String, question id: String, rating: Question?) -> String? {
        guard value.isFinite, abs(value) <= RunLimits.maxNumber else {
            return "answer \(shown) to '\(id)' is too large: numbers in answers must be from -10^15 to 10^15"
        }
        guard let range = rating?.kind.range else { return nil }
        if value != value.rounded() {
            return "answer \(shown) to '\(id)' must be a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
        if value < Double(range.lowerBound) || value > Double(range.upperBound) {
            return "answer \(shown) to '\(id)' is outside \(range.lowerBound) to \(range.upperBound)"
        }
        return nil
    }
}
