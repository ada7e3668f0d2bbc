import ShopperCore

/// One row per scenario, period and step, with a header row; RFC 4180 quoting, CRLF line
/// ends. Empty cells for absent values. Text is sanitized (escape sequences dropped, controls
/// other than newline and tab made visible) before quoting, so the file is safe to print.
public enum CSVRenderer {
    public static let header = [
        "scenario", "period", "step", "touchpoint", "runs", "attempts",
        "completion_rate", "completion_low", "completion_high",
        "time_geomean", "time_low", "time_high", "time_median", "time_n",
        "score_mean", "score_low", "score_high", "score_n",
        "checklist_compliance", "checklist_n", "barriers", "time_untimed",
    ]

    public static func render(_ report: Report) -> String {
        var rows = [header]
        for s in report.scenarios {
            for p in s.periods {
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
                    ])
                }
            }
        }
        // A scenario without counted runs: one row with its id, every other cell empty.
        for s in report.scenariosWithoutRuns {
            rows.append([s.scenario] + Array(repeating: "", count: header.count - 1))
        }
        return rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
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
