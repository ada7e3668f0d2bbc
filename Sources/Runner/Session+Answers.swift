import ShopperCore

/// Typed answers: a step's score, checklist and questions, the survey, and the prompts that ask
/// until an answer is valid.
extension Session {
    func answers(_ i: Int) throws -> Outcome? {
        if finishedStep != i {
            // A resumed run goes straight to this step's missing answers: say which step they are for.
            let step = scenario.steps[i]
            io.show(["", strings.stepHeader(i + 1, of: scenario.steps.count, title: step.title), strings.continuingAnswers])
        }
        for pending in engine.missingAnswers(step: i) {
            switch pending {
            case .score:
                guard let score = askValid(strings.askScore, parser.score) else { return try stopped() }
                try apply(engine.setScore(score))
            case .checklist(let item):
                guard let answer = askValid(strings.askChecklist(item.text), parser.checklist) else { return try stopped() }
                try apply(engine.setChecklist(item.id, answer))
            case .question(let q):
                guard let answer = ask(q) else { return try stopped() }
                try apply(engine.setAnswer(q.id, answer))
            }
        }
        try apply(engine.endAnswers(now: clock.now()))
        return nil
    }

    func survey() throws -> Outcome {
        let missing = engine.missingSurvey
        if !missing.isEmpty { io.show(["", strings.surveyHeader]) }
        for q in missing {
            guard let answer = ask(q) else { return try stopped() }
            try apply(engine.setSurvey(q.id, answer))
        }
        return try completed()
    }

    /// A question's prompt with what it accepts, asked until valid; nil when input ended.
    func ask(_ q: Question) -> Answer? {
        var hint: String?
        switch q.kind {
        case .nps, .csat, .ces, .seq, .scale:
            hint = strings.ratingHint(q.kind)
        case .yesno:
            hint = strings.yesNoHint
        case .choice(let options):
            io.show(options.enumerated().map { "  \($0.offset + 1). \($0.element)" })
            hint = strings.choiceHint
        case .number(let lo, let hi, let unit):
            hint = strings.numberHint(min: lo, max: hi, unit: unit)
        case .text:
            hint = nil
        }
        var prompt = q.ask.trimmingWhitespace
        if let hint { prompt += " " + hint }
        if !q.required { prompt += " " + strings.optionalHint }
        return askValid(prompt) { self.parser.answer($0, for: q) }
    }

    /// The tester's name, asked until it is a name: not empty, no control character. `q` (or `й`,
    /// the same key on a Russian layout) quits, as the prompt says; nil then or when input ended.
    func askTesterName() -> String? {
        askValid(strings.askTester) { line -> Result<String?, AnswerParser.Refusal> in
            let name = line.trimmingWhitespace
            if name.isEmpty { return .failure(.init(reason: self.strings.valueRequired)) }
            if name == "q" || name == "й" { return .success(nil) }
            if let control = ControlCharacters.first(in: name) { return .failure(.init(reason: self.strings.nameHasControl(control))) }
            return .success(name)
        } ?? nil
    }

    /// A required one-line value (a context value): not empty, no control character.
    func askRequired(_ prompt: String) -> String? {
        askValid(prompt) { line in
            let value = line.trimmingWhitespace
            if value.isEmpty { return .failure(.init(reason: self.strings.valueRequired)) }
            if let control = ControlCharacters.first(in: value) { return .failure(.init(reason: self.strings.valueHasControl(control))) }
            return .success(value)
        }
    }

    /// A location typed at the prompt: a number from the list, an id (any case), or `-` for
    /// unknown; anything else is refused with the nearest id.
    func locationChoice(_ line: String, in registry: LocationRegistry) -> Result<String, AnswerParser.Refusal> {
        let text = line.trimmingWhitespace
        if text.isEmpty { return .failure(.init(reason: strings.valueRequired)) }
        if text == "-" { return .success(text) }
        if let n = Int(text), n >= 1, n <= registry.locations.count { return .success(registry.locations[n - 1].id) }
        if let match = registry.locations.first(where: { $0.id == text.lowercased() }) { return .success(match.id) }
        let hint = Suggestion.closest(to: text, in: registry.ids)
        return .failure(.init(reason: strings.unknownLocation(text, suggestion: hint, count: registry.locations.count)))
    }

    /// Asks until the parser accepts; nil when input ended.
    func askValid<T>(_ prompt: String, _ parse: (String) -> Result<T, AnswerParser.Refusal>) -> T? {
        while true {
            guard let line = io.ask(prompt) else { return nil }
            switch parse(line) {
            case .success(let value): return value
            case .failure(let refusal): io.show([strings.invalidAnswer(refusal.reason)])
            }
        }
    }
}
