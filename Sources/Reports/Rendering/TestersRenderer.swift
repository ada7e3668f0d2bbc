import ShopperCore

/// The output formats of `shopper testers`.
public enum TestersFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case csv
    case json

    /// The calibration in this format. `width` and `language` apply to text (Markdown takes the
    /// language too); CSV and JSON are the same in every language.
    public func render(_ calibration: TesterCalibration, width: Int = 80, language: Language = .en) -> String {
        switch self {
        case .text: TestersTextRenderer(width: width, language: language).render(calibration)
        case .markdown: TestersRenderer.markdown(calibration, language: language)
        case .csv: TestersRenderer.csv(calibration)
        case .json: TestersRenderer.json(calibration)
        }
    }
}

/// `shopper testers` as Markdown, CSV and JSON (the text form is `TestersTextRenderer`).
public enum TestersRenderer {
    // MARK: Markdown

    /// A heading, the legend, and per scenario a table of testers with a flag column; testers who
    /// never record a barrier are listed under their scenario's table.
    public static func markdown(_ calibration: TesterCalibration, language: Language = .en) -> String {
        let strings = ReportStrings(language)
        var out = ["# \(strings.testersTitle)", "",
                   strings.testersSummary(runs: calibration.countedRuns, unit: calibration.unit) + ".", ""]
        guard !calibration.rows.isEmpty else {
            out.append(strings.noMatchingRuns)
            return out.joined(separator: "\n") + "\n"
        }
        out += [strings.testersLegend(alpha: calibration.alpha), ""]
        for scenario in calibration.scenarios {
            let rows = calibration.rows.filter { $0.scenario == scenario }
            out += ["## \(MarkdownRenderer.code(scenario))", ""]
            out.append(MarkdownRenderer.row(strings.testerColumns + [strings.testerFlagColumn]))
            out.append("|---|---:|---:|---:|---:|---:|---|")
            for row in rows {
                let flag = row.flagged.map { "\(strings.testerFlag($0)), \(TextLayout.qValue(row.q))" } ?? ""
                out.append(MarkdownRenderer.row([MarkdownRenderer.cell(row.tester)] + TestersTextRenderer().cells(row) + [flag]))
            }
            let barrierless = rows.filter(\.neverRecordsBarriers)
            if !barrierless.isEmpty {
                out.append("")
                for row in barrierless {
                    out.append("- \(MarkdownRenderer.cell(row.tester)): \(strings.neverRecordedBarrier(runs: row.runs))")
                }
            }
            out.append("")
        }
        return out.joined(separator: "\n")
    }

    // MARK: CSV

    public static let csvHeader = [
        "tester", "scenario", "runs",
        "leniency", "leniency_low", "leniency_high", "leniency_n",
        "shop_leniency", "shop_leniency_low", "shop_leniency_high", "shop_leniency_n",
        "flagged", "q", "notes_share", "barriers_share",
    ]

    /// One row per tester and scenario, with a header row; RFC 4180 quoting and CRLF line ends as
    /// the report's CSV (`CSVRenderer.field`). Empty cells for absent values.
    public static func csv(_ calibration: TesterCalibration) -> String {
        var rows = [csvHeader]
        for row in calibration.rows {
            var cells = [row.tester, row.scenario, String(row.runs)]
            for l in [row.leniency, row.shopLeniency] {
                cells += [CSVRenderer.number(l?.mean), CSVRenderer.number(l?.low), CSVRenderer.number(l?.high),
                          String(l?.n ?? 0)]
            }
            cells += [row.flagged?.rawValue ?? "", CSVRenderer.number(row.q), CSVRenderer.number(row.notesShare),
                      CSVRenderer.number(row.barriersShare)]
            rows.append(cells)
        }
        return rows.map { $0.map(CSVRenderer.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    // MARK: JSON

    /// `{"testers": [{tester, scenario, runs, leniency: {mean, low, high, n}, shop_leniency: {…},
    /// flagged, q, notes_share, barriers_share}]}`, documented in docs/report.md. A leniency
    /// without data keeps its shape (values null, n 0); no NaN or infinity is ever written.
    public static func json(_ calibration: TesterCalibration) -> String {
        value(calibration).serialized() + "\n"
    }

    static func value(_ calibration: TesterCalibration) -> JSONValue {
        ["testers": .array(calibration.rows.map { row in
            [
                "tester": .string(row.tester),
                "scenario": .string(row.scenario),
                "runs": .int(row.runs),
                "leniency": leniency(row.leniency),
                "shop_leniency": leniency(row.shopLeniency),
                "flagged": JSONValue.string(row.flagged?.rawValue),
                "q": JSONValue.number(row.q),
                "notes_share": JSONValue.number(row.notesShare),
                "barriers_share": JSONValue.number(row.barriersShare),
            ]
        })]
    }

    static func leniency(_ l: Leniency?) -> JSONValue {
        guard let l else { return ["mean": .null, "low": .null, "high": .null, "n": .int(0)] }
        return ["mean": JSONValue.number(l.mean), "low": JSONValue.number(l.low),
                "high": JSONValue.number(l.high), "n": .int(l.n)]
    }
}
