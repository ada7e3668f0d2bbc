import ShopperCore

/// The barrier prompt: the step's known barriers by number, or free text for a new one; then the
/// severity.
extension Session {
    /// Asks for a barrier and records it; false when input ended. Stamped at the moment `b` or `f`
    /// was pressed.
    func barrier(failing: Bool, pressed: Moment) throws -> Bool {
        guard let step = engine.currentStep else { return true }
        let runs = pastRuns.runs.filter { $0.id != engine.run.id } + [PastRun(engine.run)]
        let menu = KnownBarriers.menu(step: step.id, scenario: scenario, pastRuns: runs)
        if !menu.isEmpty {
            io.show([strings.knownBarriers] + menu.enumerated().map { "  \($0.offset + 1). \($0.element.text)" })
        }
        let taken = KnownBarriers.takenIDs(scenario: scenario, pastRuns: runs)
        guard let choice = askValid(failing ? strings.askFailBarrier : strings.askBarrier, { self.barrierChoice($0, menu: menu, taken: taken) }) else {
            return false
        }
        guard let option = choice else {
            io.show([strings.noBarrier])
            return true
        }
        guard let severity = askValid(strings.askSeverity, parser.severity) else { return false }
        try apply(engine.addBarrier(id: option.id, text: option.text, severity: severity, now: pressed))
        io.show([strings.barrierRecorded(option.id, at: engine.currentRecord?.barriers.last?.at ?? 0)])
        return true
    }

    /// What a line typed at the barrier prompt picks: nil for an empty line (no barrier), a menu
    /// entry for its number, else a new barrier with an id made from the text.
    func barrierChoice(_ line: String, menu: [KnownBarriers.Option], taken: Set<String>) -> Result<KnownBarriers.Option?, AnswerParser.Refusal> {
        let text = line.trimmingWhitespace
        if text.isEmpty { return .success(nil) }
        if let n = Int(text), !menu.isEmpty {
            guard (1...menu.count).contains(n) else {
                return .failure(.init(reason: strings.outOfRange(text, min: "1", max: String(menu.count))))
            }
            return .success(menu[n - 1])
        }
        let id = KnownBarriers.id(forNew: text, menu: menu, taken: taken)
        return .success(KnownBarriers.Option(id: id, text: text, count: 0))
    }
}
