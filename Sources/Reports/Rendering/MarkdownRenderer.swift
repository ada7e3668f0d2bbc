import ShopperCore

/// The report as GitHub-flavoured Markdown tables, to paste into a wiki or an issue. Text from
/// scenario, touchpoint and run files goes through `cell` or `code`, which sanitize it, so the
/// file is also safe to print to a terminal.
public enum MarkdownRenderer {
    public static func render(_ report: Report, language: Language = .en) -> String {
        let strings = ReportStrings(language)
        var out: [String] = ["# \(strings.reportTitle)", ""]
        out.append(strings.meta(unit: report.unit, counted: report.countedRuns, inProgress: report.inProgressRuns) + ".")
        out.append("")
        out += summary(report, strings)
        out.append("## \(strings.changes)")
        out.append("")
        let compared = report.scenarios.filter { $0.comparison != nil }
        if compared.isEmpty {
            out.append(strings.fewerThanTwoPeriods)
        } else {
            out.append(row(strings.changeColumns))
            out.append("|---|---|---|---|---|---|---|")
            for s in compared {
                let c = s.comparison!
                let compared = strings.versus(c.current.label, c.baseline.label)
                if let missing = strings.missingRuns(c) {
                    out.append("| \(cell(s.scenario)) | \(compared) | \(missing) | | | | |")
                } else if s.changes.isEmpty {
                    out.append("| \(cell(s.scenario)) | \(compared) | \(strings.noSignificantChange) | | | | |")
                }
                for f in ScenarioSummary.of(s).findings {
                    // Names, not ids, as in the HTML: the step's title, the barrier's text, counts with denominators.
                    let change = f.change
                    let what = change.metric == .barrier ? "\(strings.metric(.barrier)): \(cell(f.barrierText ?? change.barrier ?? ""))" : cell(strings.changeSubject(change))
                    let values = change.metric == .barrier ? strings.localised(strings.barrierCounts(f)) : strings.changeValues(change)
                    out.append("| \(cell(s.scenario)) | \(compared) | **\(strings.kind(change.kind))** | \(cell(f.stepTitle ?? strings.wholeTask)) | \(what) | \(cell(values)) | \(strings.q(change.q)) |")
                }
            }
            for s in compared {
                if let note = strings.comparisonNote(s) { out.append(""); out.append("> **\(cell(s.scenario))**: \(cell(note))") }
            }
        }
        for listed in report.listed {
            guard case .reported(let s) = listed else {
                if case .noRuns(let s) = listed { out += noRuns(s, strings) }
                continue
            }
            out.append("")
            out.append("## \(cell(s.title)) (\(code(s.scenario)))")
            out.append("")
            out.append(row(strings.periodTableColumns))
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
            for p in s.periods {
                let ci = p.completion.map { "\(TextLayout.percent($0.low))–\(TextLayout.percent($0.high))" } ?? "–"
                let tci = p.time.flatMap { t in t.low.map { strings.timeRange($0, t.high) } } ?? "–"
                let nps = strings.localised(TextLayout.nps(p.nps, spaced: true, all: strings.npsAll))
                out.append("| \(p.period.label) | \(p.runs) | \(TextLayout.percent(p.completion?.rate)) | \(ci) | \(strings.seconds(p.time?.value)) | \(tci) | \(strings.seconds(p.time?.median)) | \(nps) | \(TextLayout.percent(p.csat?.share)) | \(strings.decimal(p.ces?.mean, 1)) |")
            }
            if let note = strings.untimedNote(s) {
                out.append("")
                out.append("\(strings.noteTitle): \(note).")
            }
            guard let latest = s.latest else { continue }
            if s.periods.contains(where: { $0.shop != nil || $0.target != nil || $0.criticalFailures > 0 }) {
                out.append("")
                out.append("### \(strings.taskTitle)")
                out.append("")
                out.append(row(strings.taskTableColumns))
                out.append("|---|--:|--:|---|--:|--:|")
                for p in s.periods { out.append("| " + strings.taskRow(p).map(cell).joined(separator: " | ") + " |") }
            }
            let targeted = latest.steps.filter { $0.target != nil || $0.checklist != nil }
            if !targeted.isEmpty {
                out.append("")
                out.append(row(strings.targetTableColumns))
                out.append("|---|--:|--:|--:|")
                for step in targeted { out.append("| " + strings.targetRow(step).map(cell).joined(separator: " | ") + " |") }
            }
            out.append("")
            out.append("### \(strings.stepsInTitle(latest.period.label))")
            out.append("")
            out.append(row(strings.stepTableColumns))
            out.append("|---|---|--:|--:|--:|--:|--:|--:|---|")
            for step in latest.steps {
                let tci = step.time.flatMap { t in t.low.map { strings.timeRange($0, t.high) } } ?? "–"
                let barriers = step.barriers.map { "\(code($0.id)) ×\($0.runs) (\(strings.severityShort($0.maxSeverity.rawValue)))" }
                    .joined(separator: ", ")
                out.append("| \(cell(step.title)) | \(code(step.touchpoint)) | \(step.attempts) | \(TextLayout.percent(step.completion?.rate)) | \(strings.seconds(step.time?.value)) | \(tci) | \(strings.decimal(step.score?.mean, 1)) | \(TextLayout.percent(step.checklist?.compliance)) | \(barriers.isEmpty ? "–" : barriers) |")
            }
            out += responses(latest, strings)
            out += league(s, strings)
            out += verbatims(s, strings)
        }
        out.append("")
        out.append("## \(strings.touchpointsTitle)" + (report.touchpointPeriod.map { " (\($0.label))" } ?? ""))
        out.append("")
        out.append(row(strings.touchpointTableColumns))
        out.append("|--:|---|---|--:|--:|--:|--:|")
        for t in report.touchpoints {
            out.append("| \(t.focus.map(String.init) ?? "") | \(cell(t.name)) (\(code(t.id))) | \(cell(t.owner ?? "–")) | \(strings.decimal(t.score, 1)) | \(t.n) | \(t.importance.map { "\($0.customer)×\($0.business)" } ?? "–") | \(TextLayout.formatted(t.priority, 0)) |")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A table row of column heads (plain labels, no data text).
    static func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |"
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
