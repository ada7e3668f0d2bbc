import ShopperCore

/// `--by-segment`: each period's `segments` (the league table, in display order: ranked values worst
/// first, then those with too few runs) and `runs_without_segment`, after the period's other keys.
extension JSONRenderer {
    static func periodWithLeague(_ p: PeriodStats) -> JSONValue {
        let value = period(p)
        guard let table = p.league, case .object(var members) = value else { return value }
        members.append(JSONValue.Member("segments", .array(table.rows.map(segment))))
        members.append(JSONValue.Member("runs_without_segment", .int(table.runsWithoutValue)))
        members.append(JSONValue.Member("ranked_by", .array((table.byShop ? ["shop", "pass"] : ["completion", "score"]).map { .string($0) })))
        return .object(members)
    }

    static func segment(_ r: SegmentRow) -> JSONValue {
        [
            "key": .string(r.key),
            "value": .string(r.value),
            "name": .string(r.name),
            "runs": .int(r.runs),
            "pass": completion(r.pass),
            "shop": shop(r.shop),
            "completion": completion(r.completion),
            "time": time(r.time),
            "nps": nps(r.nps),
            "rank": .int(r.rank),
            "rank_change": .int(r.rankChange),
            "below_programme": .bool(r.belowProgramme),
            "q": .number(r.q),
            "too_few": .bool(r.tooFew),
            "manager": .string(r.manager),
            "score": mean(r.score),
            "tests": .array(r.tests.map { t in
                ["metric": .string(t.metric.rawValue), "value": .number(t.value), "rest": .number(t.rest),
                 "p": .number(t.p), "q": .number(t.q)]
            }),
        ]
    }
}
