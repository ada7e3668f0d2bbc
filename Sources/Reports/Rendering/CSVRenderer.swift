import ShopperCore

/// One row per scenario and period (the task row, `step` empty) and per step, with a header row; RFC 4180 quoting, CRLF line
/// ends. Empty cells for absent values. Text is sanitized (escape sequences dropped, controls
/// other than newline and tab made visible) before quoting, so the file is safe to print.
public enum CSVRenderer {
    public static let header = [
        "scenario", "period", "step", "touchpoint", "runs", "attempts",
        "completion_rate", "completion_low", "completion_high",
        "time_geomean", "time_low", "time_high", "time_median", "time_n",
        "score_mean", "score_low", "score_high", "score_n",
        "checklist_compliance", "checklist_n", "barriers", "time_untimed",
        "target", "within_target_rate", "within_target_low", "within_target_high", "within_target_n",
        "compliance_low", "compliance_high",
        "shop_mean", "shop_low", "shop_high", "shop_n", "pass_rate", "pass_low", "pass_high", "pass_n",
        "critical_failures", "nps", "nps_n", "csat", "csat_n", "ces", "ces_n",
    ]

    /// Columns of the task-level figures, empty on step rows.
    static let taskOnly = 15

    public static func render(_ report: Report) -> String {
        let added = segmentColumns(report)
        let waits = responseColumns(report)
        var rows = [header + added + waits]
        for s in report.scenarios {
            for p in s.periods {
                // The task row (step empty) first, carrying the task-level figures.
                rows.append([
                    s.scenario, p.period.label, "", "", String(p.runs), p.completion.map { String($0.n) } ?? "0",
                    number(p.completion?.rate), number(p.completion?.low), number(p.completion?.high),
                    number(p.time?.value), number(p.time?.low), number(p.time?.high),
                    number(p.time?.median), p.time.map { String($0.n) } ?? "",
                    "", "", "", "", "", "", "", String(p.untimed),
                    number(p.target), number(p.withinTarget?.rate), number(p.withinTarget?.low),
                    number(p.withinTarget?.high), p.withinTarget.map { String($0.n) } ?? "", "", "",
                    number(p.shop?.mean), number(p.shop?.low), number(p.shop?.high), p.shop.map { String($0.n) } ?? "",
                    number(p.pass?.rate), number(p.pass?.low), number(p.pass?.high), p.pass.map { String($0.n) } ?? "",
                    String(p.criticalFailures), number(p.nps?.score), p.nps.map { String($0.n) } ?? "",
                    number(p.csat?.share), p.csat.map { String($0.n) } ?? "", number(p.ces?.mean),
                    p.ces.map { String($0.n) } ?? "",
                ])
                for step in p.steps {
                    let barriers = step.barriers.map { "\($0.id):\($0.runs):\($0.maxSeverity.rawValue)" }
                        .joined(separator: " ")
                    rows.append([
                        s.scenario, p.period.label, step.step, step.touchpoint, String(p.runs), String(step.attempts),
                        number(step.completion?.rate), number(step.completion?.low), number(step.completion?.high),
                        number(step.time?.value), number(step.time?.low), number(step.time?.high),
                        number(step.time?.median), step.time.map { String($0.n) } ?? "",
                        number(step.score?.mean), number(step.score?.low), number(step.score?.high),
                        step.score.map { String($0.n) } ?? "",
                        number(step.checklist?.compliance), step.checklist.map { String($0.n) } ?? "", barriers,
                        String(step.untimed),
                        number(step.target), number(step.withinTarget?.rate), number(step.withinTarget?.low),
                        number(step.withinTarget?.high), step.withinTarget.map { String($0.n) } ?? "",
                        number(step.checklist?.low), number(step.checklist?.high),
                    ] + Array(repeating: "", count: taskOnly)
                        + (waits.isEmpty ? [] : Array(repeating: "", count: added.count) + responseCells(step)))
                }
                rows += segmentRows(s, p)
            }
        }
        // A scenario without counted runs: one row with its id, every other cell empty.
        for s in report.scenariosWithoutRuns {
            rows.append([s.scenario] + Array(repeating: "", count: header.count - 1))
        }
        let columns = rows[0].count
        return rows.map { ($0 + Array(repeating: "", count: columns - $0.count)).map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static let sanitizer = Sanitizer(tabWidth: nil)

    /// A field sanitized, then quoted when it holds a comma, quote, CR or LF; quotes doubled. A
    /// leading `=`, `+`, `-` or `@` is prefixed with `'` so spreadsheets do not run it as a formula.
    static func field(_ text: String) -> String {
        var value = sanitizer.sanitize(text)
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        return JSONValue.format(value)
    }
}
