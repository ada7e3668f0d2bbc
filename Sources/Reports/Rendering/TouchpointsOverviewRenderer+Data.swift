import ShopperCore

/// `shopper touchpoints --format csv|json`: the machine contract, the same in every language.
extension TouchpointsOverviewRenderer {
    public static let csvColumns = ["id", "name", "stage", "owner", "score", "n", "team", "gap", "priority", "focus",
                                    "last_checked", "review_every", "recheck_due", "actions_open", "actions_overdue"]

    public static func csv(_ o: TouchpointsOverview) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for t in o.touchpoints {
            let fields: [String] = [
                CSVRenderer.field(t.id), CSVRenderer.field(t.name), t.stage?.rawValue ?? "", CSVRenderer.field(t.owner ?? ""),
                CSVRenderer.number(t.measured.score), String(t.measured.n), CSVRenderer.number(t.team), CSVRenderer.number(t.gap),
                CSVRenderer.number(t.measured.priority), t.measured.focus.map(String.init) ?? "",
                t.lastChecked.map(String.init(describing:)) ?? "", t.reviewEvery.description, t.recheckDue ? "true" : "false",
                String(t.openActions), String(t.overdueActions),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"today", "period", "touchpoints": [...]}`: each touchpoint as in `shopper report --format json`
    /// plus `stage`, `team`, `gap`, `last_checked`, `review_every`, `recheck_due` and `actions: {open, overdue}`.
    public static func json(_ o: TouchpointsOverview) -> String {
        let value: JSONValue = [
            "today": .string(o.today.description),
            "touchpoint_period": .string(o.period?.label),
            "touchpoints": .array(o.touchpoints.map(touchpoint)),
            "focus": .array(o.focus.map { .string($0.id) }),
        ]
        return value.pretty()
    }

    static func touchpoint(_ t: TouchpointStatus) -> JSONValue {
        guard case .object(var members) = JSONRenderer.touchpoint(t.measured) else { return .null }
        members += [
            .init("stage", .string(t.stage?.rawValue)),
            .init("team", .number(t.team)),
            .init("gap", .number(t.gap)),
            .init("last_checked", .string(t.lastChecked?.description)),
            .init("review_every", .string(t.reviewEvery.description)),
            .init("recheck_due", .bool(t.recheckDue)),
            .init("actions", ["open": .int(t.openActions), "overdue": .int(t.overdueActions)]),
        ]
        return .object(members)
    }
}
