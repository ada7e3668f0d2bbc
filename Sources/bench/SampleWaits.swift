import Foundation
import ShopperCore

/// The wait story of the shipped sample history (issue 11), told by the three scenarios with
/// wait steps, 2026-08 … 2026-11:
/// - proposal-within-3-hours: steady. The proposal comes after about 2 working hours (a
///   quarter later than the 3-hour promise), one request in ten is never answered.
/// - out-of-office-reply: the auto-reply comes within a minute or two (one in twelve never
///   comes); the deputy answers after about 3 working hours, one in ten never. Steady.
/// - hotline-after-hours: the evening call is answered in about 40 s (a first attempt in seven
///   unanswered, then tried again the next evening). The engineer's call-back took about
///   1 h 30 min of the call centre's working time from August to October; in November it takes
///   about 6 h and 40% of the call-backs never come, and the tester stops waiting after 12 working
///   hours, so later ones go unseen too (the shipped draw: 9 of 14 unanswered): the response
///   metric's change should be flagged. One run, of 30 November, is still waiting for its
///   call-back (`shopper waiting`).
///
/// Every time is placed on the calendar and counted as the runner counts it: `sent` is a real
/// instant, `answered` is found with the run's `WorkingHours` (its location's from the registry,
/// else the scenario's), and `response_seconds`/`response_working_seconds` come from
/// `WaitRecord.Attempt.ended`, the runner's own arithmetic. Each scenario draws from its own
/// generator, so the other scenarios' sample runs stay as they were.
enum SampleWaits {
    /// How one wait step behaves in one month: a log-normal response around `median` seconds
    /// (on the step's clock), never answered with probability `unanswered`, given up after
    /// `giveUp` seconds (on the step's clock) when nothing came by then (an answer drawn later
    /// than that is not seen: the wait ends unanswered at `giveUp`).
    struct Behaviour: Sendable {
        var median: Double
        var spread = 0.6
        var unanswered: Double
        var giveUp: Double
    }

    /// Per scenario: local start window (zone, first and last minute of the day), context values, and
    /// the behaviour of each wait step by month.
    struct Story: Sendable {
        var scenario: String
        var seed: UInt64
        var zone: String
        var startMinutes: ClosedRange<Int>
        var runsPerMonth: @Sendable (Int) -> ClosedRange<Int>
        var context: [String: [String]]
        var waits: @Sendable (String, Int) -> Behaviour?
        /// A wait step never answered → the steps that cannot follow it (recorded skipped).
        var blocking: [String: Set<String>]
        /// The barrier a late or unanswered wait brings, and the checklist item it answers "no".
        var lateBarrier: [String: String]
        var answeredItem: [String: String]
    }

    static let stories: [Story] = [
        Story(scenario: "proposal-within-3-hours", seed: 0x9A0_7051, zone: "Europe/Berlin", startMinutes: (9 * 60)...(12 * 60 + 50),
              runsPerMonth: { _ in 8...10 },
              context: ["request_channel": ["Website form", "Website form", "Sales e-mail"],
                        "sales_office": ["Munich", "Munich", "Nuremberg"]],
              waits: { step, _ in step == "submit" ? Behaviour(median: 2 * 3600 + 15 * 60, unanswered: 0.1, giveUp: 12 * 3600) : nil },
              blocking: ["submit": ["proposal-arrives", "proposal-review"]], lateBarrier: ["submit": "proposal-late"], answeredItem: [:]),
        Story(scenario: "out-of-office-reply", seed: 0x00F_0FF1CE, zone: "Europe/Berlin", startMinutes: (8 * 60 + 40)...(15 * 60 + 30),
              runsPerMonth: { _ in 8...10 },
              context: ["account_manager": ["Julia Brandt", "Markus Lehmann", "Sabine Roth"],
                        "mail_client": ["Outlook", "Outlook", "Gmail (web)", "Apple Mail"]],
              waits: { step, _ in
                  switch step {
                  case "auto-reply": Behaviour(median: 70, spread: 0.7, unanswered: 0.08, giveUp: 3600)
                  case "deputy-response": Behaviour(median: 3 * 3600, spread: 0.7, unanswered: 0.1, giveUp: 16 * 3600)
                  default: nil
                  }
              },
              blocking: ["auto-reply": ["deputy-response"]], lateBarrier: ["auto-reply": "no-auto-reply"], answeredItem: [:]),
        Story(scenario: "hotline-after-hours", seed: 0x407_120, zone: "Europe/Moscow", startMinutes: (18 * 60 + 5)...(20 * 60 + 40),
              runsPerMonth: { $0 == 11 ? 12...14 : 9...11 },
              context: ["location": ["moscow-call-centre"], "phone_operator": ["МТС", "Билайн", "МегаФон", "Т2"]],
              waits: { step, month in
                  switch step {
                  case "call": Behaviour(median: 40, spread: 0.5, unanswered: 0.15, giveUp: 300)
                  case "callback": month == 11 ? Behaviour(median: 6 * 3600, spread: 0.6, unanswered: 0.4, giveUp: 12 * 3600)
                      : Behaviour(median: 90 * 60, spread: 0.6, unanswered: 0.06, giveUp: 12 * 3600)
                  default: nil
                  }
              },
              blocking: ["call": ["ask-callback", "callback", "callback-talk"], "callback": ["callback-talk"]], lateBarrier: ["call": "no-answer", "callback": "callback-late"],
              answeredItem: ["call": "answered-or-offered", "callback": "called-back"]),
    ]

    /// The wait scenarios' runs (none of an id in `taken`), plus one hotline run still waiting for its call-back.
    static func runs(_ scenarios: [Scenario], locations: LocationRegistry?, seed: UInt64, taken: Set<String>) -> [Run] {
        var taken = taken
        var runs: [Run] = []
        for story in stories {
            guard let scenario = scenarios.first(where: { $0.id == story.scenario }) else { continue }
            var g = Samples.sampleGenerator(scenarios)
            g.rng = SplitMix64(seed: seed &+ story.seed)
            for month in 8...11 {
                let count = g.rng.int(story.runsPerMonth(month))
                for _ in 0..<count {
                    let started = weekdayStart(story, month: month, holidays: scenario.holidays, rng: &g.rng)
                    let run = make(story, scenario, started: started, locations: locations, generator: &g)
                    if taken.insert(run.id).inserted { runs.append(run) }
                }
            }
            if story.scenario == "hotline-after-hours" {
                // Monday 30 November, 18:10 in Moscow: the call-back is still awaited.
                let run = make(story, scenario, started: Samples.date(2026, 11, 30, 15, 10), locations: locations, generator: &g,
                               status: .inProgress)
                if taken.insert(run.id).inserted { runs.append(run) }
            }
        }
        return runs
    }

    /// A working-day start (not Saturday, Sunday or a holiday) in the story's local window.
    static func weekdayStart(_ story: Story, month: Int, holidays: [CalendarDate], rng: inout SplitMix64) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: story.zone)!
        while true {
            let day = rng.int(1...28)
            let minute = rng.int(story.startMinutes)
            let date = calendar.date(from: DateComponents(year: 2026, month: month, day: day, hour: minute / 60, minute: minute % 60))!
            let weekday = calendar.component(.weekday, from: date)
            let isHoliday = holidays.contains { $0.description == String(format: "2026-%02d-%02d", month, day) }
            if weekday != 1, weekday != 7, !isHoliday { return date }
        }
    }

    /// One run: the generator's answers, then the wait steps placed on the calendar in order.
    static func make(_ story: Story, _ scenario: Scenario, started: Date, locations: LocationRegistry?,
                     generator g: inout HistoryGenerator, status: Run.Status = .completed) -> Run {
        let month = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: started).month ?? 8
        var run = g.run(scenario, started: started, tester: g.rng.pick(g.testers))
        // In the scenario's order (a dictionary's order changes from one process to the next).
        for key in scenario.context { if let values = story.context[key] { run.context[key] = g.rng.pick(values) } }
        let location = locations?.locations.first { $0.id == run.context["location"] }
        let hours = scenario.workingHours(at: location)
        var t = started.addingTimeInterval(Double(g.rng.int(40...120)))  // the briefing
        var skipped: Set<String> = []
        for index in run.steps.indices {
            let id = run.steps[index].step
            guard let step = scenario.step(id) else { continue }
            if skipped.contains(id) {
                run.steps[index] = StepRecord(step: id, touchpoint: step.touchpoint, stage: step.stage, outcome: .skipped)
                continue
            }
            guard let kind = step.wait, var behaviour = story.waits(id, month) else {
                t.addTimeInterval(run.steps[index].seconds + run.steps[index].pausedSeconds + Double(g.rng.int(20...90)))
                continue
            }
            if status == .inProgress { behaviour.unanswered = 0 }  // the run still waiting: its call got through
            var attempts: [WaitRecord.Attempt] = []
            var sent = whole(t)
            var answered = false
            for number in 1...kind.attempts {
                if number > 1 {
                    // The next evening, at least `retry_after` later.
                    sent = whole(sent.addingTimeInterval((kind.retryAfter ?? 0) + Double(g.rng.int(120...3600))))
                }
                answered = !g.rng.chance(behaviour.unanswered)
                var span = answered ? behaviour.median * exp(behaviour.spread * g.rng.normal()) : behaviour.giveUp
                // A tester watches for `giveUp` at most: an answer that would come later is never
                // seen, and the wait ends unanswered then (as a real observation window does).
                if span > behaviour.giveUp {
                    answered = false
                    span = behaviour.giveUp
                }
                let end: Date
                if kind.clock == .working, let hours {
                    end = hours.instant(after: sent, working: span.rounded()) ?? sent.addingTimeInterval(span)
                } else {
                    end = sent.addingTimeInterval(span.rounded())
                }
                attempts.append(WaitRecord.Attempt(sent: sent).ended(at: whole(end), answered: answered, hours: hours))
                if answered { break }
            }
            var record = run.steps[index]
            if status == .inProgress, id == "callback" {
                // Sent a few minutes after the call; still open.
                record = StepRecord(step: id, touchpoint: step.touchpoint, stage: step.stage, outcome: .started,
                                    wait: WaitRecord(sent: sent))
                run.steps[index] = record
                run.steps.removeSubrange((index + 1)...)
                run.survey = [:]
                run.status = .inProgress
                run.finished = nil
                return run
            }
            record.wait = WaitRecord(attempts: attempts)
            record.outcome = answered ? .done : .failed
            record.seconds = 0
            record.pausedSeconds = 0
            record.notes = []
            let last = attempts[attempts.count - 1]
            let late = !answered || (step.target.map { (kind.clock == .working ? last.responseWorkingSeconds : last.responseSeconds) ?? 0 > $0 } ?? false)
            record.barriers = record.barriers.filter { $0.id != story.lateBarrier[id] }.map { var b = $0; b.at = 0; return b }
            if let barrier = story.lateBarrier[id], late, g.rng.chance(answered ? 0.7 : 1),
               let known = scenario.barriers.first(where: { $0.id == barrier }) {
                record.barriers.append(BarrierRecord(id: known.id, text: known.text, severity: answered ? .major : .blocker, at: 0))
            }
            if let item = story.answeredItem[id] { record.checklist[item] = answered ? .yes : .no }
            if !answered, id == "auto-reply" {
                for item in ["return-date", "deputy-name", "deputy-contacts", "forwarding", "urgent-route"] { record.checklist[item] = .no }
            }
            if let score = record.score { record.score = max(0, min(10, score - (late ? 2 : 0) - (answered ? 0 : 3))) }
            run.steps[index] = record
            t = (last.answered ?? last.sent.addingTimeInterval(last.responseSeconds ?? 0)).addingTimeInterval(Double(g.rng.int(30...150)))
            if !answered { skipped.formUnion(story.blocking[id] ?? []) }
        }
        run.finished = t.addingTimeInterval(60)
        return run
    }

    /// Whole seconds, as the runner records `sent` and `answered`.
    static func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }
}
