import ShopperCore

/// The owners' action list (`ActionList`) in the JSON contract: ids, not texts, like the rest
/// of the JSON; documented in docs/report.md.
extension JSONRenderer {
    static func actions(_ report: Report) -> JSONValue {
        .array(ActionList.of(report).groups.map { group in
            ["owner": .string(group.owner), "items": .array(group.items.map(action))]
        })
    }

    static func action(_ a: ActionItem) -> JSONValue {
        let change = a.finding?.change
        // Runs with the barrier or the failed item, of the period's runs or task attempts.
        let count: Int? = a.critical?.failed ?? (a.kind == .newBarrier ? change?.current.map { TextLayout.wholeNumber($0) } : nil)
        let of: Int? = a.critical?.n ?? (a.kind == .newBarrier ? a.finding?.currentRuns : nil)
        return [
            "kind": .string(a.kind.rawValue),
            "scenario": .string(a.scenario),
            "touchpoint": .string(a.touchpoint),
            "step": .string(change?.step ?? a.critical?.step),
            "metric": .string(change?.metric.rawValue),
            "question": .string(change?.question),
            "barrier": .string(change?.barrier),
            "item": .string(a.critical?.item),
            "baseline": .number(change?.baseline),
            "current": .number(change?.current),
            "q": .number(change?.q),
            "runs": .int(count),
            "of": .int(of),
            "focus": .int(a.focus),
            "score": .number(a.score),
            "n": .int(a.n),
        ]
    }
}
