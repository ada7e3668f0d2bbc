import ShopperCore

/// `--by-segment` in the CSV: the one table gains the columns `segmentHeader` (empty on task and
/// step rows), and each period's task and step rows are followed by one row per segment value
/// (`step` empty, `segment_key` set), in the league table's order. Without `--by-segment` the CSV
/// is unchanged.
extension CSVRenderer {
    public static let segmentHeader = [
        "segment_key", "segment_value", "segment_name", "segment_manager", "rank", "rank_change",
        "below_programme", "q", "too_few",
    ]

    /// The added columns when some period has a league table, else none.
    static func segmentColumns(_ report: Report) -> [String] {
        report.scenarios.contains { $0.periods.contains { $0.league != nil } } ? segmentHeader : []
    }

    /// One row per value of the period's league table: the shared columns it has figures for
    /// (runs, task attempts, completion, time, mean step score, shop, pass, NPS), then the segment's.
    static func segmentRows(_ s: ScenarioReport, _ p: PeriodStats) -> [[String]] {
        guard let table = p.league else { return [] }
        return table.rows.map { r in
            let cells: [String: String] = [
                "scenario": s.scenario, "period": p.period.label, "runs": String(r.runs),
                "attempts": String(r.completion?.n ?? 0),
                "completion_rate": number(r.completion?.rate), "completion_low": number(r.completion?.low),
                "completion_high": number(r.completion?.high),
                "time_geomean": number(r.time?.value), "time_low": number(r.time?.low), "time_high": number(r.time?.high),
                "time_median": number(r.time?.median), "time_n": r.time.map { String($0.n) } ?? "",
                "score_mean": number(r.score?.mean), "score_low": number(r.score?.low), "score_high": number(r.score?.high),
                "score_n": r.score.map { String($0.n) } ?? "",
                "shop_mean": number(r.shop?.mean), "shop_low": number(r.shop?.low), "shop_high": number(r.shop?.high),
                "shop_n": r.shop.map { String($0.n) } ?? "",
                "pass_rate": number(r.pass?.rate), "pass_low": number(r.pass?.low), "pass_high": number(r.pass?.high),
                "pass_n": r.pass.map { String($0.n) } ?? "",
                "nps": number(r.nps?.score), "nps_n": r.nps.map { String($0.n) } ?? "",
                "segment_key": r.key, "segment_value": r.value, "segment_name": r.name, "segment_manager": r.manager ?? "",
                "rank": r.rank.map(String.init) ?? "", "rank_change": r.rankChange.map(String.init) ?? "",
                "below_programme": r.belowProgramme ? "true" : "false", "q": number(r.q), "too_few": r.tooFew ? "true" : "false",
            ]
            return (header + segmentHeader).map { cells[$0] ?? "" }
        }
    }
}
