import YAMLKit

/// Turns a scenario document into a `Scenario`, reporting every problem it finds.
public enum ScenarioDecoder {
    public static let scenarioKeys = ["scenario", "title", "version", "language", "persona", "brief", "context",
                                      "target", "pass", "hours", "timezone", "holidays", "steps", "survey", "barriers"]
    public static let stepKeys = ["id", "title", "do", "touchpoint", "stage", "expect", "target", "wait", "clock",
                                  "attempts", "retry_after", "score", "checklist", "questions"]
    /// The step keys that only a wait step (`wait: reply`) may have.
    public static let waitKeys = ["clock", "attempts", "retry_after"]
    public static let checklistKeys = ["id", "text", "weight", "critical"]
    /// The largest weight of a checklist item.
    public static let maxWeight: Double = 1000

    /// The points a `scale` question may use: its `min` and `max` lie within this range.
    public static let scaleBounds = -1000...1000

    public static let questionKeys = ["id", "ask", "type", "required", "min", "max", "labels", "options", "unit"]
    public static let barrierKeys = ["id", "step", "text"]
    /// The keys of a context field written as a mapping.
    public static let contextKeys = ["key", "ask"]

    /// The scenario, or nil when it has errors; the diagnostics in either case.
    /// With a registry, steps naming unknown touchpoints are errors, which name `registryPath`
    /// (the registry's file) when given.
    public static func decode(_ root: Node, registry: TouchpointRegistry?, registryPath: String? = nil) -> (Scenario?, [Diagnostic]) {
        let d = NodeDecoder()
        d.registryPath = registryPath
        let scenario = decode(root, registry: registry, d)
        let diagnostics = d.diagnostics.sortedByPosition()
        return (diagnostics.hasErrors ? nil : scenario, diagnostics)
    }

    private static func decode(_ root: Node, registry: TouchpointRegistry?, _ d: NodeDecoder) -> Scenario? {
        guard let f = d.fields(root, what: "scenario", known: scenarioKeys,
                               required: ["scenario", "title", "language", "brief", "steps"]) else { return nil }
        let id = d.slug(f["scenario"], "scenario")
        let title = d.string(f["title"], "title")
        let version = f["version"].map { d.int($0, "version", in: 1...Int(Int32.max)) } ?? 1
        let language = d.choice(f["language"], "language", as: Language.self, allowed: Language.allCases)
        let persona = d.string(f["persona"], "persona")
        let brief = d.string(f["brief"], "brief")
        var context: [String] = []
        var contextPrompts: [String: String] = [:]
        if let items = d.list(f["context"], "context") {
            var marks: [(String, Mark)] = []
            for item in items {
                if item.mapping != nil {
                    // `{key: os_version, ask: Which OS version?}`: a field with its own prompt.
                    guard let c = d.fields(item, what: "context field", known: contextKeys, required: ["key"]),
                          let key = d.slug(c["key"], "key", allowUnderscore: true) else { continue }
                    context.append(key)
                    marks.append((key, c.values["key"]!.mark))
                    if let ask = d.string(c["ask"], "ask") { contextPrompts[key] = ask }
                } else if let key = d.slug(item, "context", allowUnderscore: true) {
                    context.append(key)
                    marks.append((key, item.mark))
                }
            }
            d.checkUnique(marks, what: "context field")
        }
        let target = d.duration(f["target"], "target")
        let pass = d.passMark(f["pass"], "pass")
        let hours = f["hours"].map { HoursDecoder.hours($0, of: "the scenario", d) } ?? []
        let timezone = HoursDecoder.timezone(f["timezone"], d)
        let holidays = HoursDecoder.holidays(f["holidays"], d) ?? []
        if f["hours"] != nil, f["timezone"] == nil {
            d.error("'hours' need a 'timezone' to say whose clock they follow, e.g. timezone: Europe/Berlin", at: f.keyMarks["hours"]!)
        }
        // A location named at run time may bring its own hours, so `clock: working` needs the
        // scenario's hours only when the runs do not name one.
        let hoursKnown = f["hours"] != nil || context.contains("location")

        var steps: [Step] = []
        var stepMarks: [(String, Mark)] = []
        if let items = d.list(f["steps"], "steps") {
            if items.isEmpty { d.error("a scenario needs at least one step", at: f.values["steps"]!.mark) }
            for (index, item) in items.enumerated() {
                if let step = decodeStep(item, index: index, registry: registry, hoursKnown: hoursKnown, d) { steps.append(step) }
                if let id = item["id"], let text = id.scalar?.value { stepMarks.append((text, id.mark)) }
            }
            d.checkUnique(stepMarks, what: "step id")
        }
        var survey: [Question] = []
        if let items = d.list(f["survey"], "survey") {
            survey = decodeQuestions(items, what: "survey question", d)
        }
        var barriers: [KnownBarrier] = []
        if let items = d.list(f["barriers"], "barriers") {
            let stepIDs = Set(stepMarks.map(\.0))
            var marks: [(String, Mark)] = []
            for item in items {
                guard let b = d.fields(item, what: "barrier", known: barrierKeys, required: ["id", "step", "text"]) else { continue }
                guard let bid = d.slug(b["id"], "id"), let step = d.slug(b["step"], "step"),
                      let text = d.string(b["text"], "text") else { continue }
                if !stepIDs.contains(step) {
                    d.error("barrier '\(bid)' names unknown step \(Echo.quoted(step))\(Suggestion.hint(for: step, in: stepMarks.map(\.0)))",
                            at: b.values["step"]!.mark)
                }
                barriers.append(KnownBarrier(id: bid, step: step, text: text))
                marks.append((bid, b.values["id"]!.mark))
            }
            d.checkUnique(marks, what: "barrier id")
        }
        guard let id, let title, let version, let language, let brief else { return nil }
        return Scenario(id: id, title: title, version: version, language: language, persona: persona, brief: brief,
                        context: context, contextPrompts: contextPrompts, target: target, steps: steps, survey: survey, barriers: barriers, pass: pass,
                        hours: hours, timezone: timezone, holidays: holidays)
    }

    /// `unknown touchpoint 'bus-app-pay' in step 'pay'; did you mean 'bus-app-payment'? (touchpoints
    /// are the ids in scenarios/touchpoints.yaml)`; without a close id, the nearest one and how to
    /// add the touchpoint.
    static func unknownTouchpoint(_ id: String, in name: String, registry: TouchpointRegistry, path: String?) -> String {
        let file = path ?? ScenarioLoader.registryName
        let hint = Suggestion.hint(for: id, in: registry.touchpoints.map(\.id))
        let quoted = Echo.quoted(id)
        if !hint.isEmpty { return "unknown touchpoint \(quoted) in \(name)\(hint) (touchpoints are the ids in \(file))" }
        // No edit distance for a long value (a pasted paragraph): it would cost seconds and say nothing.
        let nearest = id.utf8.count > Suggestion.longestWord ? nil
            : registry.touchpoints.map(\.id).min { Suggestion.distance(id, $0) < Suggestion.distance(id, $1) }
        return "unknown touchpoint \(quoted) in \(name); it is not in \(file)"
            + (nearest.map { " (the nearest id there is '\($0)')" } ?? "") + ": add it there or use one of its ids"
    }

    private static func decodeStep(_ node: Node, index: Int, registry: TouchpointRegistry?, hoursKnown: Bool, _ d: NodeDecoder) -> Step? {
        let name = node["id"]?.scalar.map { "step \(Echo.quoted($0.value))" } ?? "step \(index + 1)"
        guard let f = d.fields(node, what: name, known: stepKeys,
                               required: ["id", "title", "do", "touchpoint", "stage"]) else { return nil }
        let id = d.slug(f["id"], "id")
        let title = d.string(f["title"], "title")
        let instruction = d.string(f["do"], "do")
        let touchpoint = d.slug(f["touchpoint"], "touchpoint")
        if let touchpoint, let registry, registry[touchpoint] == nil {
            d.error(unknownTouchpoint(touchpoint, in: name, registry: registry, path: d.registryPath),
                    at: f.values["touchpoint"]!.mark)
        }
        let stage = d.choice(f["stage"], "stage", as: JourneyStage.self, allowed: JourneyStage.allCases)
        let expect = d.strings(f["expect"], "expect") ?? []
        let target = d.duration(f["target"], "target")
        let score = f["score"].map { d.bool($0, "score") } ?? true
        let wait = decodeWait(f, in: name, hoursKnown: hoursKnown, d)
        var checklist: [ChecklistItem] = []
        if let items = d.list(f["checklist"], "checklist") {
            var marks: [(String, Mark)] = []
            for item in items {
                guard let c = d.fields(item, what: "checklist item in \(name)", known: checklistKeys, required: ["id", "text"]),
                      let cid = d.slug(c["id"], "id") else { continue }
                let text = d.string(c["text"], "text")
                var weight: Double? = 1
                if let w = c["weight"] {
                    weight = d.number(w, "weight")
                    if let value = weight, value <= 0 {
                        d.error("'weight' must be greater than 0, found \(Node.double(value).scalar!.value)", at: w.mark)
                        weight = nil
                    } else if let value = weight, value > ScenarioDecoder.maxWeight {
                        // Sums of weights stay finite, so compliance is always a number.
                        d.error("'weight' must be at most \(Int(ScenarioDecoder.maxWeight)), found \(d.describe(w))", at: w.mark)
                        weight = nil
                    }
                }
                let critical = c["critical"].map { d.bool($0, "critical") } ?? false
                marks.append((cid, c.values["id"]!.mark))
                if let text, let weight, let critical {
                    checklist.append(ChecklistItem(id: cid, text: text, weight: weight, critical: critical))
                }
            }
            d.checkUnique(marks, what: "checklist item id")
        }
        var questions: [Question] = []
        if let items = d.list(f["questions"], "questions") {
            questions = decodeQuestions(items, what: "question in \(name)", d)
        }
        guard let id, let title, let instruction, let touchpoint, let stage, let score else { return nil }
        return Step(id: id, title: title, instruction: instruction, touchpoint: touchpoint, stage: stage,
                    expect: expect, target: target, score: score, checklist: checklist, questions: questions, wait: wait)
    }

    /// `wait: reply` with its `clock`, `attempts` and `retry_after`; those three on a step that
    /// is not a wait are errors, as is `clock: working` with no hours to count in.
    private static func decodeWait(_ f: NodeDecoder.Fields, in name: String, hoursKnown: Bool, _ d: NodeDecoder) -> Wait? {
        guard let kindNode = f["wait"] else {
            for key in waitKeys where f[key] != nil {
                d.error("'\(key)' applies only to a wait step; add 'wait: reply' to \(name) or remove '\(key)'", at: f.keyMarks[key]!)
            }
            return nil
        }
        let kind = d.choice(kindNode, "wait", as: Wait.Kind.self, allowed: Wait.Kind.allCases)
        let clock = f["clock"].map { d.choice($0, "clock", as: Wait.Clock.self, allowed: Wait.Clock.allCases) } ?? .wall
        if clock == .working, !hoursKnown {
            d.error("'clock: working' in \(name) needs working hours: give the scenario 'hours' and 'timezone', or ask for "
                    + "'location' in 'context' so the location's hours apply", at: f.values["clock"]!.mark)
        }
        let attempts = f["attempts"].map { d.int($0, "attempts", in: 1...Wait.maxAttempts) } ?? 1
        let retryAfter = d.duration(f["retry_after"], "retry_after")
        if let node = f["retry_after"], retryAfter != nil, let attempts, attempts < 2 {
            d.error("'retry_after' is the time between attempts; it needs 'attempts' of 2 or more in \(name)", at: node.mark)
        }
        guard let kind, let clock, let attempts else { return nil }
        return Wait(kind: kind, clock: clock, attempts: attempts, retryAfter: retryAfter)
    }

    static func decodeQuestions(_ items: [Node], what: String, _ d: NodeDecoder) -> [Question] {
        var questions: [Question] = []
        var marks: [(String, Mark)] = []
        for item in items {
            if let q = decodeQuestion(item, what: what, d) { questions.append(q) }
            if let id = item["id"], let text = id.scalar?.value { marks.append((text, id.mark)) }
        }
        d.checkUnique(marks, what: "question id")
        return questions
    }

    private static func decodeQuestion(_ node: Node, what: String, _ d: NodeDecoder) -> Question? {
        guard let f = d.fields(node, what: what, known: questionKeys, required: ["id", "ask", "type"]) else { return nil }
        let id = d.slug(f["id"], "id")
        let ask = d.string(f["ask"], "ask")
        let required = f["required"].map { d.bool($0, "required") } ?? true
        guard let typeNode = f["type"], let type = d.string(typeNode, "type") else { return nil }
        // Options that belong to other types are mistakes, not silently ignored.
        let allowed: [String: [String]] = ["scale": ["min", "max", "labels"], "choice": ["options"],
                                           "number": ["min", "max", "unit"]]
        if Question.Kind.names.contains(type) {
            for key in ["min", "max", "labels", "options", "unit"] where f.values[key] != nil && !(allowed[type] ?? []).contains(key) {
                d.error("'\(key)' does not apply to a question of type '\(type)'", at: f.keyMarks[key]!)
            }
        }
        let kind: Question.Kind?
        switch type {
        case "nps": kind = .nps
        case "csat": kind = .csat
        case "ces": kind = .ces
        case "seq": kind = .seq
        case "yesno": kind = .yesno
        case "text": kind = .text
        case "scale":
            if f["min"] == nil || f["max"] == nil {
                d.error("a question of type 'scale' needs 'min' and 'max'", at: typeNode.mark)
            }
            let lo = d.int(f["min"], "min", in: ScenarioDecoder.scaleBounds), hi = d.int(f["max"], "max", in: ScenarioDecoder.scaleBounds)
            var labels: [Int: String] = [:]
            if let labelsNode = f["labels"] {
                if let pairs = labelsNode.mapping {
                    for pair in pairs {
                        guard let value = d.int(pair.key, "labels") else { continue }
                        if let lo, let hi, lo <= hi, !(lo...hi).contains(value) {
                            d.error("label for \(value) is outside the scale \(lo) to \(hi)", at: pair.key.mark)
                        }
                        if let text = d.string(pair.value, "labels") { labels[value] = text }
                    }
                } else {
                    d.error("expected 'labels' to be a mapping from scale values to text, found \(labelsNode.kindDescription)",
                            at: labelsNode.mark)
                }
            }
            if let lo, let hi, lo >= hi {
                d.error("'min' must be less than 'max' (found \(lo) and \(hi))", at: f.values["min"]!.mark)
            }
            if let lo, let hi, hi - lo > 100 {
                d.error("a scale may have at most 101 points (found \(lo) to \(hi))", at: f.values["max"]!.mark)
            }
            kind = (lo != nil && hi != nil && lo! < hi! && hi! - lo! <= 100) ? .scale(min: lo!, max: hi!, labels: labels) : nil
        case "choice":
            guard let optionsNode = f["options"] else {
                d.error("a question of type 'choice' needs 'options'", at: typeNode.mark)
                return nil
            }
            let options = d.strings(optionsNode, "options") ?? []
            if let items = optionsNode.sequence {
                var marks: [(String, Mark)] = []
                for (text, item) in zip(options, items) { marks.append((text, item.mark)) }
                d.checkUnique(marks, what: "option")
                if items.count < 2 { d.error("a choice needs at least two options", at: optionsNode.mark) }
                // The runner reads a whole number as the option's position, so an option whose
                // text is another option's number could never be chosen by its text.
                for (index, (text, mark)) in marks.enumerated() {
                    if let n = Int(text.trimmingCharacters(in: .whitespaces)), (1...items.count).contains(n), n != index + 1 {
                        d.error("option '\(text)' is also the number of option \(n); testers answer choices by number", at: mark)
                    }
                }
            }
            kind = options.count >= 2 ? .choice(options: options) : nil
        case "number":
            let lo = d.number(f["min"], "min", within: RunLimits.maxNumber), hi = d.number(f["max"], "max", within: RunLimits.maxNumber)
            if let lo, let hi, lo > hi { d.error("'min' must not be greater than 'max'", at: f.values["min"]!.mark) }
            kind = .number(min: lo, max: hi, unit: d.string(f["unit"], "unit"))
        default:
            d.error("unknown question type \(Echo.quoted(type)); expected one of \(Question.Kind.names.joined(separator: ", "))\(Suggestion.hint(for: type, in: Question.Kind.names))",
                    at: typeNode.mark)
            kind = nil
        }
        guard let id, let ask, let kind, let required else { return nil }
        return Question(id: id, ask: ask, kind: kind, required: required)
    }
}
