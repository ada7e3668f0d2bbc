import ShopperCore

/// A step's screens: ready (start or skip), running (done, failed, barrier, note, pause, skip,
/// quit) and paused.
extension Session {
    func view(_ i: Int) -> StepView {
        StepView(index: i, count: scenario.steps.count, step: scenario.steps[i])
    }

    func ready(_ i: Int) throws -> Outcome? {
        let step = scenario.steps[i]
        var lines = ["", strings.stepHeader(i + 1, of: scenario.steps.count, title: step.title), step.instruction.trimmingWhitespace]
        if !step.expect.isEmpty { lines += [strings.expected] + step.expect.map { "  - \($0)" } }
        if let wait = step.wait {
            if let target = step.target { lines.append(strings.responseTarget(target, clock: wait.clock)) }
            lines.append(strings.waitStepHint)
        } else if let target = step.target {
            lines.append(strings.stepTarget(target))
        }
        let next = engine.nextAttempt(step: i)
        if let next {
            lines.append(strings.nextAttempt(next.number, of: step.wait?.attempts ?? 1, notBefore: next.notBefore, zone: timeZone))
        } else if engine.currentRecord?.outcome == .started {
            lines.append(step.wait == nil ? strings.resumedStep : strings.resumedWaitStep)
        }
        let prompt = step.wait == nil ? strings.readyPrompt : strings.waitReadyPrompt
        lines.append(prompt)
        io.show(lines)
        while true {
            guard let command = io.command(.ready(view(i))) else { return try stopped() }
            switch command {
            case .enter where next?.notBefore.map { clock.now().date < $0 } == true:
                io.show([strings.tooEarlyForAttempt(next!.notBefore!, zone: timeZone), prompt])
            case .enter where step.wait != nil:
                try sendRequest(pressed: clock.now())
                return nil
            case .enter:
                try apply(engine.beginStep(now: clock.now()))
                io.show([strings.started(engine.activeSeconds(at: clock.now())), strings.runningPrompt])
                return nil
            case .skip:
                try apply(engine.skipStep(now: clock.now()))
                io.show([strings.stepSkipped])
                return nil
            case .quit: return try quit()
            case .help: io.show(strings.help + [prompt])
            case .tick: continue
            case .unknown(let text): io.show([strings.unknownCommand(text), prompt])
            default: io.show([prompt])
            }
        }
    }

    func running() throws -> Outcome? {
        guard case .running(let timing) = engine.phase else { return nil }
        let i = timing.step
        let step = scenario.steps[i]
        guard let command = io.command(.running(view(i), timing)) else { return try stopped() }
        let pressed = clock.now()
        switch command {
        case .enter where engine.isWait(step: i):
            try sendRequest(pressed: pressed)
        case .enter:
            try apply(engine.finishStep(.done, now: pressed))
            finishedStep = i
            io.show([strings.stepDone(engine.currentRecord?.seconds ?? 0)] + targetNote(step, engine.currentRecord?.seconds ?? 0))
        case .fail:
            if try !fail(step, pressed: pressed) { return try stopped() }
        case .skip:
            try skip(pressed: pressed)
        case .barrier:
            if try !barrier(failing: false, pressed: pressed) { return try stopped() }
            io.showStatus(status(step))
            io.show([strings.runningPrompt])
        case .note:
            if try !note(pressed: pressed) { return try stopped() }
            io.showStatus(status(step))
            io.show([strings.runningPrompt])
        case .pause:
            try apply(engine.pause(now: pressed))
            return try paused(step)
        case .quit:
            return try quit()
        case .help:
            io.show(strings.help)
            io.showStatus(status(step))
            io.show([strings.runningPrompt])
        case .tick:
            try apply(engine.checkpoint(now: pressed))
        case .unknown(let text):
            io.show([strings.unknownCommand(text)])
        }
        return nil
    }

    /// The paused step: Enter or `p` resumes; a note or barrier is recorded at the paused time and
    /// the step stays paused; `f` and `s` end the step (and the pause with it).
    private func paused(_ step: Step) throws -> Outcome? {
        io.show([strings.paused(engine.activeSeconds(at: clock.now()))])
        while true {
            guard case .running(let timing) = engine.phase else { return nil }
            guard let command = io.command(.paused(view(timing.step), timing)) else { return try stopped() }
            let pressed = clock.now()
            switch command {
            case .enter, .pause:
                try apply(engine.resume(now: pressed))
                io.show([strings.resumed(engine.activeSeconds(at: clock.now())), strings.runningPrompt])
                return nil
            case .note:
                if try !note(pressed: pressed) { return try stopped() }
                io.show([strings.stillPaused])
            case .barrier:
                if try !barrier(failing: false, pressed: pressed) { return try stopped() }
                io.show([strings.stillPaused])
            case .fail:
                if try !fail(step, pressed: pressed) { return try stopped() }
                return nil
            case .skip:
                try skip(pressed: pressed)
                return nil
            case .quit: return try quit()
            case .help: io.show(strings.help + [strings.stillPaused])
            case .tick: continue
            case .unknown(let text): io.show([strings.unknownCommand(text), strings.stillPaused])
            }
        }
    }

    /// `f`: the step ends failed, then what stopped the tester is asked. False when input ended.
    private func fail(_ step: Step, pressed: Moment) throws -> Bool {
        try apply(engine.finishStep(.failed, now: pressed))
        finishedStep = engine.stepIndex
        let seconds = engine.currentRecord?.seconds ?? 0
        io.show([strings.stepFailed(seconds)] + targetNote(step, seconds))
        return try barrier(failing: true, pressed: pressed)
    }

    private func skip(pressed: Moment) throws {
        try apply(engine.skipStep(now: pressed))
        io.show([strings.stepSkipped])
    }

    /// `n`: asks for a note and records it, stamped at the moment `n` was pressed (while paused:
    /// the paused time). False when input ended.
    private func note(pressed: Moment) throws -> Bool {
        guard let text = io.ask(strings.askNote) else { return false }
        if let note = text.trimmingWhitespace.nonEmpty {
            try apply(engine.addNote(note, now: pressed))
            io.show([strings.noteRecorded(at: engine.currentRecord?.notes.last?.at ?? 0)])
        } else {
            io.show([strings.noNote])
        }
        return true
    }

    /// The time so far, for `showStatus`.
    private func status(_ step: Step) -> [String] {
        let now = engine.activeSeconds(at: clock.now())
        return [strings.elapsed(now)] + targetNote(step, now)
    }

    /// A wait step's target is its response time, not the tester's active time: no note.
    private func targetNote(_ step: Step, _ seconds: Double) -> [String] {
        guard step.wait == nil, let target = step.target, seconds > target else { return [] }
        return [strings.targetPassed(target)]
    }
}
