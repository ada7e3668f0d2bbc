import ShopperCore

/// The barrier prompt: the step's known barriers by number, or free text for a new one; then the
/// severity. A step holds each barrier once: picking one already recorded in this step (after
/// `f`: the cause of the failure) keeps its entry and raises its severity if the new one is higher.
extension Session {
    /// Asks for a barrier and records it; false when input ended. Stamped at the moment `b` or `f`
    /// was pressed.
    func barrier(failing: Bool, pressed: Moment) throws -> Bool {
        guard let step = engine.currentStep else { return true }
        let runs = pastRuns.runs.filter { $0.id != engine.run.id } + [PastRun(engine.run)]
        let menu = KnownBarriers.menu(step: step.id, scenario: scenario, pastRuns: runs)
        let recorded = engine.currentRecord?.barriers ?? []
        if !menu.isEmpty {
            io.show([strings.knownBarriers] + menu.enumerated().map { i, option in
                let line = "  \(i + 1). \(option.text)"
                guard let earlier = recorded.first(where: { $0.id == option.id }) else { return line }
                return line + " " + strings.recordedInThisStep(at: earlier.at)
            })
        }
        let prompt = menu.isEmpty ? (failing ? strings.describeFailBarrier : strings.describeBarrier)
            : (failing ? strings.askFailBarrier : strings.askBarrier)
        let taken = KnownBarriers.takenIDs(scenario: scenario, pastRuns: runs)
        guard let choice = askValid(prompt, { self.barrierChoice($0, menu: menu, taken: taken) }) else {
            return false
        }
        guard let option = choice else {
            io.show([strings.noBarrier])
            return true
        }
        let earlier = recorded.first { $0.id == option.id }
        let severityPrompt = earlier.map { strings.askSeverityKeeping($0.severity) } ?? strings.askSeverity
        guard let severity = askValid(severityPrompt, { line in
            if let earlier, line.trimmingWhitespace.isEmpty { return .success(earlier.severity) }
            return self.parser.severity(line)
        }) else { return false }
        try apply(engine.addBarrier(id: option.id, text: option.text, severity: severity, cause: failing, now: pressed))
        let entry = engine.currentRecord?.barriers.first { $0.id == option.id }
        if let earlier, let entry {
            let raised = entry.severity > earlier.severity
            io.show([failing ? strings.barrierIsCause(option.id, at: entry.at, severity: entry.severity, raised: raised)
                     : strings.barrierAlreadyRecorded(option.id, at: entry.at, severity: entry.severity, raised: raised)])
        } else {
            io.show([strings.barrierRecorded(option.id, at: entry?.at ?? 0)])
        }
        return true
    }

    /// What a line typed at the barrier prompt picks: nil for an empty line (no barrier), a menu
    /// entry for its number, else a new barrier with an id made from the text. A bare number with
    /// no menu to pick from is refused (it would be recorded as a barrier called "1").
    func barrierChoice(_ line: String, menu: [KnownBarriers.Option], taken: Set<String>) -> Result<KnownBarriers.Option?, AnswerParser.Refusal> {
        let text = line.trimmingWhitespace
        if text.isEmpty { return .success(nil) }
        if let n = Int(text) {
            guard !menu.isEmpty else { return .failure(.init(reason: strings.numberWithoutList(text))) }
            guard (1...menu.count).contains(n) else {
                return .failure(.init(reason: strings.outOfRange(text, min: "1", max: String(menu.count))))
            }
            return .success(menu[n - 1])
        }
        let id = KnownBarriers.id(forNew: text, menu: menu, taken: taken)
        return .success(KnownBarriers.Option(id: id, text: text, count: 0))
    }
}
