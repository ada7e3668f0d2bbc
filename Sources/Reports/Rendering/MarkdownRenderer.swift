/// The report as GitHub-flavoured Markdown tables, to paste into a wiki or an issue. Text from
/// scenario, touchpoint and run files goes through `cell` or `code`, which sanitize it, so the
/// file is also safe to print to a terminal.
public enum MarkdownRenderer {
    public static func render(_ report: Report) -> String {
        var out: [String] = ["# shopper report", ""]
        out.append("By \(report.unit.rawValue); \(TextLayout.count(report.countedRuns, "run")) counted"
                   + (report.inProgressRuns > 0 ? ", \(report.inProgressRuns) in progress not counted." : "."))
        out.append("")
        out.append("## Changes")
        out.append("")
        let compared = report.scenarios.filter { $0.comparison != nil }
        if compared.isEmpty {
            out.append("Fewer than two periods: nothing to compare.")
        } else {
            out.append("| Scenario | Compared | Change | Step | What | Before → after | p |")
            out.append("|---|---|---|---|---|---|---|")
            for s in compared {
                let c = s.comparison!
                let compared = "\(c.current.label) vs \(c.baseline.label)"
                if let missing = c.missingRuns {
                    out.append("| \(cell(s.scenario)) | \(compared) | \(missing) | | | | |")
                } else if s.changes.isEmpty {
                    out.append("| \(cell(s.scenario)) | \(compared) | no significant change | | | | |")
                }
                for change in s.changes {
                    let what = change.metric == .barrier ? "barrier \(code(change.barrier ?? ""))" : change.metric.rawValue
                    out.append("| \(cell(s.scenario)) | \(compared) | **\(change.kind.rawValue)** | \(cell(change.step ?? "whole task")) | \(what) | \(cell(TextLayout.changeValues(change))) | \(TextLayout.pValue(change.p)) |")
                }
            }
            for s in compared {
                if let note = s.comparison?.note { out.append(""); out.append("> **\(cell(s.scenario))**: \(cell(note))") }
            }
        }
        for s in report.scenarios {
            out.append("")
            out.append("## \(cell(s.title)) (\(code(s.scenario)))")
            out.append("")
            out.append("| Period | Runs | Success | 95% CI | Time (geomean) | 95% CI | Median | NPS | CSAT | CES |")
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
            for p in s.periods {
                let ci = p.completion.map { "\(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
                let tci = p.time.flatMap { t in t.low.map { "\(TextLayout.seconds($0))–\(TextLayout.seconds(t.high))" } } ?? "–"
                let nps = TextLayout.nps(p.nps, spaced: true)
                out.append("| \(p.period.label) | \(p.runs) | \(TextLayout.percent(p.completion?.rate)) | \(ci) | \(TextLayout.seconds(p.time?.value)) | \(tci) | \(TextLayout.seconds(p.time?.median)) | \(nps) | \(TextLayout.percent(p.csat?.share)) | \(TextLayout.formatted(p.ces?.mean, 1)) |")
            }
            if let note = TextLayout.untimedNote(s) {
                out.append("")
                out.append("Note: \(note).")
            }
            guard let latest = s.latest else { continue }
            out.append("")
            out.append("### Steps in \(latest.period.label)")
            out.append("")
            out.append("| Step | Touchpoint | Attempts | Done | Time (geomean) | 95% CI | Score | Checklist | Barriers |")
            out.append("|---|---|--:|--:|--:|--:|--:|--:|---|")
            for step in latest.steps {
                let tci = step.time.flatMap { t in t.low.map { "\(TextLayout.seconds($0))–\(TextLayout.seconds(t.high))" } } ?? "–"
                let barriers = step.barriers.map { "\(code($0.id)) ×\($0.runs) (sev \($0.maxSeverity.rawValue))" }
                    .joined(separator: ", ")
                out.append("| \(cell(step.title)) | \(code(step.touchpoint)) | \(step.attempts) | \(TextLayout.percent(step.completion?.rate)) | \(TextLayout.seconds(step.time?.value)) | \(tci) | \(TextLayout.formatted(step.score?.mean, 1)) | \(TextLayout.percent(step.checklist?.compliance)) | \(barriers.isEmpty ? "–" : barriers) |")
            }
        }
        out.append("")
        out.append("## Touchpoints" + (report.touchpointPeriod.map { " (\($0.label))" } ?? ""))
        out.append("")
        out.append("| Focus | Touchpoint | Owner | Score | n | Importance | Priority |")
        out.append("|--:|---|---|--:|--:|--:|--:|")
        for t in report.touchpoints {
            out.append("| \(t.focus.map(String.init) ?? "") | \(cell(t.name)) (\(code(t.id))) | \(cell(t.owner ?? "–")) | \(TextLayout.formatted(t.score, 1)) | \(t.n) | \(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–") | \(TextLayout.formatted(t.priority, 0)) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text safe inside a table cell: sanitized to one line (`TextLayout.safe`), pipes escaped,
    /// HTML-significant characters neutralised.
    static func cell(_ text: String) -> String {
        var out = ""
        for ch in TextLayout.safe(text) {
            switch ch {
            case "|": out += "\\|"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(ch)
            }
        }
        return out
    }

    /// An id as a code span, safe inside a table cell: sanitized to one line, backticks
    /// (which would end the span) as `'`, pipes escaped (GitHub reads them even in code spans).
    static func code(_ text: String) -> String {
        var out = "`"
        for ch in TextLayout.safe(text) {
            switch ch {
            case "`": out += "'"
            case "|": out += "\\|"
            default: out.append(ch)
            }
        }
        return out + "`"
    }
}
