import Foundation

/// A small workspace with one wait step (`clock: working`, target 3 h) and two months of run
/// files, some waits unanswered and one still open in an abandoned run: for the report's
/// response figures read from real files (`WaitReportCommandTests`) and in the browser.
enum WaitReportWorkspace {
    static let scenario = """
    scenario: proposal
    title: Commercial proposal within 3 working hours
    version: 1
    language: en
    brief: Ask for a proposal and wait for it.
    hours: {mon-fri: "09:00-18:00"}
    timezone: Europe/Berlin
    steps:
      - id: ask
        title: The proposal arrives
        do: Send the request, then wait.
        touchpoint: sales-email
        stage: intent
        wait: reply
        clock: working
        target: 3h

    """

    static let touchpoints = """
    touchpoints:
      - id: sales-email
        name: Sales e-mail
        channel: email
        stage: intent
        owner: Head of sales
        importance: {customer: 5, business: 5}

    """

    /// (working seconds, answered) per run; wall seconds are twice the working ones.
    static let october: [(Double, Bool)] = [(1800, true), (3600, true), (5400, true), (7200, true), (9000, true),
                                            (10800, true), (14400, true), (28800, false), (2700, true), (6300, true)]
    static let november: [(Double, Bool)] = [(7200, true), (14400, true), (21600, true), (28800, false), (36000, true),
                                             (43200, false), (18000, true), (25200, true), (32400, true), (50400, false)]

    static func run(month: Int, index: Int, working: Double, answered: Bool) -> (String, String) {
        let day = String(format: "%02d", index + 2)
        let id = "2026\(month)\(day)T090000Z-tess"
        let started = "2026-\(month)-\(day)T09:00:00Z"
        let sent = Date(timeIntervalSince1970: ISO8601DateFormatter().date(from: started)!.timeIntervalSince1970 + 60)
        let wall = working * 2
        let format = ISO8601DateFormatter()
        let answer = answered ? "\"\(format.string(from: sent.addingTimeInterval(wall)))\"" : "null"
        return (id, """
        format: 1
        run: \(id)
        scenario: proposal
        scenario_version: 1
        tester: Tess
        started: \(started)
        status: completed
        steps:
        - step: ask
          touchpoint: sales-email
          stage: intent
          outcome: \(answered ? "done" : "failed")
          seconds: \(90 + index)
          score: 7
          sent: "\(format.string(from: sent))"
          answered: \(answer)
          response_seconds: \(Int(wall))
          response_working_seconds: \(Int(working))

        """)
    }

    /// Writes the workspace into `folder`: `scenarios/` and `runs/proposal/`.
    static func write(to folder: URL) throws {
        let fm = FileManager.default
        let scenarios = folder.appendingPathComponent("scenarios"), runs = folder.appendingPathComponent("runs/proposal")
        try fm.createDirectory(at: scenarios, withIntermediateDirectories: true)
        try fm.createDirectory(at: runs, withIntermediateDirectories: true)
        try scenario.write(to: scenarios.appendingPathComponent("proposal.yaml"), atomically: true, encoding: .utf8)
        try touchpoints.write(to: scenarios.appendingPathComponent("touchpoints.yaml"), atomically: true, encoding: .utf8)
        for (month, waits) in [(10, october), (11, november)] {
            for (i, w) in waits.enumerated() {
                let (id, text) = run(month: month, index: i, working: w.0, answered: w.1)
                try text.write(to: runs.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8)
            }
        }
        // An abandoned run whose wait is still open: left out of the figures, counted in left_out.
        let open = """
        format: 1
        run: 20261125T090000Z-tess
        scenario: proposal
        scenario_version: 1
        tester: Tess
        started: 2026-11-25T09:00:00Z
        status: abandoned
        steps:
        - step: ask
          touchpoint: sales-email
          stage: intent
          outcome: skipped
          seconds: 80
          sent: "2026-11-25T09:01:00Z"

        """
        try open.write(to: runs.appendingPathComponent("20261125T090000Z-tess.yaml"), atomically: true, encoding: .utf8)
    }
}
