import ShopperCore

/// How a session ends (completed, quit, stopped, nothing recorded, abandoned) and how the run is
/// saved after each event.
extension Session {
    func completed() throws -> Outcome {
        try apply(engine.complete(now: clock.now()))
        let run = engine.run
        let path = store.path(of: run)
        let count = { (o: StepRecord.Outcome) in run.steps.filter { $0.outcome == o }.count }
        io.show(["", strings.runCompleted, strings.totalActive(run.activeSeconds),
                 strings.stepCounts(done: count(.done), failed: count(.failed), skipped: count(.skipped)),
                 strings.barrierCount(run.barrierCount), strings.savedTo(path)])
        return Outcome(ending: .completed, run: run, path: path)
    }

    /// `q`: the run stays `in-progress`.
    func quit() throws -> Outcome {
        try apply(engine.quit(now: clock.now()))
        let path = store.path(of: engine.run)
        io.show([strings.savedInProgress(path), strings.resumeWith(command: resumeCommand, id: engine.run.id)])
        return Outcome(ending: .quit, run: engine.run, path: path)
    }

    /// Input ended, or the tester left a prompt with Ctrl-C or Ctrl-D, or a signal stopped the front
    /// end (a `RunnerIO` does not say which): the run stays `in-progress`, and the message is neutral.
    func stopped() throws -> Outcome {
        let kept = try keepUnfinishedInput()
        try apply(engine.quit(now: clock.now()))
        let path = store.path(of: engine.run)
        io.show([strings.stopped] + kept + [strings.savedInProgress(path), strings.resumeWith(command: resumeCommand, id: engine.run.id)])
        return Outcome(ending: .inputEnded, run: engine.run, path: path)
    }

    /// Text the tester was typing when the runner was stopped (a barrier, a note, a free answer)
    /// is kept as a note of the current step, `[unfinished] ` and the text, so nothing typed is
    /// lost (docs/run-format.md, "Notes"). Returns what to say about it; outside a step (the
    /// survey, the waiting screen) the text is said, so the tester still has it.
    func keepUnfinishedInput() throws -> [String] {
        guard let text = io.takeUnfinishedInput()?.trimmingWhitespace.nonEmpty else { return [] }
        guard engine.acceptsNotes, let step = engine.currentStep else { return [strings.unfinishedInputNotKept(text)] }
        try apply(engine.addNote(RunEngine.unfinishedMarker + text, now: clock.now()))
        return [strings.unfinishedInputKept(step: step.id)]
    }

    /// Stopped before a run was created (while the name, the resume offer or the context was asked).
    func nothingRecorded() -> Outcome {
        io.show([strings.nothingRecorded])
        return Outcome(ending: .inputEnded)
    }

    /// Saves `run` (which must be `in-progress`) as `abandoned`, finished now, and says where.
    @discardableResult
    func markAbandoned(_ run: Run) throws -> (Run, String) {
        var old = RunEngine(scenario: scenario, resuming: run)
        _ = old.abandon(now: clock.now())
        let path = try save(old.run)
        io.show([strings.markedAbandoned(run.id, path: path)])
        return (old.run, path)
    }

    func apply(_ effects: [RunEngine.Effect]) throws {
        for effect in effects {
            switch effect {
            case .save: try save(engine.run)
            }
        }
    }

    /// A failed save asks to try again (see `saveRetrying`).
    @discardableResult
    private func save(_ run: Run) throws -> String {
        try saveRetrying(run)
    }
}
