import ShopperCore

/// The machine contract of `shopper report --format json`, documented field by field in
/// `docs/report.md`. Documented keys come first and in the documented order; keys added
/// later only ever follow them.
public enum JSONRenderer {
    public static func render(_ report: Report) -> String {
        value(report).serialized() + "\n"
    }

    static func value(_ report: Report) -> JSONValue {
        [
            "scenarios": .array(report.listed.map(listed)),
            "touchpoints": .array(report.touchpoints.map(touchpoint)),
            "unit": .string(report.unit.rawValue),
            "touchpoint_period": .string(report.touchpointPeriod?.label),
            "runs_counted": .int(report.countedRuns),
            "runs_in_progress": .int(report.inProgressRuns),
            "tests": .array(report.tests.map(test)),
            "actions": actions(report),
        ]
    }

    static func scenario(_ s: ScenarioReport) -> JSONValue {
        [
            "scenario": .string(s.scenario),
            "title": .string(s.title),
            "periods": .array(s.periods.map(periodWithLeague)),
            "changes": .array(s.changes.map(change)),
            "comparison": s.comparison.map { c in
                ["baseline": .string(c.baseline.label), "current": .string(c.current.label),
                 "note": .string(c.note ?? c.missingRuns),
                 "baseline_runs": .int(c.baselineRuns), "current_runs": .int(c.currentRuns)]
            } ?? .null,
        ]
    }

    static func period(_ p: PeriodStats) -> JSONValue {
        [
            "period": .string(p.period.label),
            "runs": .int(p.runs),
            "completion": completion(p.completion),
            "time": time(p.time),
            "nps": nps(p.nps),
            "csat": p.csat.map { ["score": .number($0.share), "n": .int($0.n)] } ?? ["score": .null, "n": .int(0)],
            "ces": p.ces.map { ["mean": .number($0.mean), "n": .int($0.n)] } ?? ["mean": .null, "n": .int(0)],
            "steps": .array(p.steps.map(step)),
            "versions": .array(p.versions.map { .int($0) }),
            "untimed": .int(p.untimed),
            "shop": shop(p.shop),
            "pass": completion(p.pass),
            "critical_failures": .int(p.criticalFailures),
            "critical_items": .array(p.criticalItems.map { c in
                ["step": .string(c.step), "item": .string(c.item), "failed": .int(c.failed), "n": .int(c.n)]
            }),
            "target": .number(p.target),
            "within_target": completion(p.withinTarget),
            "verbatims": .array(p.verbatims.map(verbatim)),
        ]
    }

    static func step(_ s: StepStats) -> JSONValue {
        [
            "step": .string(s.step),
            "touchpoint": .string(s.touchpoint),
            "attempts": .int(s.attempts),
            "completion": completion(s.completion),
            "time": time(s.time),
            "score": mean(s.score),
            "checklist": s.checklist.map { ["compliance": .number($0.compliance), "n": .int($0.n),
                                            "low": .number($0.low), "high": .number($0.high)] }
                ?? ["compliance": .null, "n": .int(0), "low": .null, "high": .null],
            "barriers": .array(s.barriers.map { b in
                ["id": .string(b.id), "text": .string(b.text), "runs": .int(b.runs),
                 "max_severity": .int(b.maxSeverity.rawValue)]
            }),
            "title": .string(s.title),
            "questions": .array(s.questions.map { q in
                ["question": .string(q.question), "type": .string(q.type), "mean": .number(q.mean.mean),
                 "low": .number(q.mean.low), "high": .number(q.mean.high), "n": .int(q.mean.n)]
            }),
            "untimed": .int(s.untimed),
            "target": .number(s.target),
            "within_target": completion(s.withinTarget),
            "response": response(s.response),
        ]
    }

    // A statistic without data keeps its shape: the same keys, values null, n 0, so readers of
    // the contract can always index into it.

    static func completion(_ c: CompletionRate?) -> JSONValue {
        guard let c else { return ["rate": .null, "low": .null, "high": .null, "n": .int(0)] }
        return ["rate": .number(c.rate), "low": .number(c.low), "high": .number(c.high), "n": .int(c.n)]
    }

    static func nps(_ nps: NPS?) -> JSONValue {
        guard let nps else {
            return ["score": .null, "moe": .null, "n": .int(0), "low": .null, "high": .null, "small_sample": .null,
                    "one_group": .null]
        }
        return ["score": .number(nps.score), "moe": .number(nps.marginOfError), "n": .int(nps.n), "low": .number(nps.low),
                "high": .number(nps.high), "small_sample": .bool(nps.isSmallSample),
                "one_group": .string(nps.oneGroup?.rawValue)]
    }

    static func shop(_ shop: ShopScore?) -> JSONValue {
        guard let shop else { return ["mean": .null, "low": .null, "high": .null, "n": .int(0)] }
        return ["mean": .number(shop.mean), "low": .number(shop.low), "high": .number(shop.high), "n": .int(shop.n)]
    }

    static func time(_ t: GeometricMean?) -> JSONValue {
        guard let t else { return ["geomean": .null, "low": .null, "high": .null, "median": .null, "n": .int(0)] }
        return ["geomean": .number(t.value), "low": .number(t.low), "high": .number(t.high),
                "median": .number(t.median), "n": .int(t.n)]
    }

    static func mean(_ m: MeanInterval?) -> JSONValue {
        guard let m else { return ["mean": .null, "low": .null, "high": .null, "n": .int(0)] }
        return ["mean": .number(m.mean), "low": .number(m.low), "high": .number(m.high), "n": .int(m.n)]
    }

    static func change(_ c: Change) -> JSONValue {
        [
            "metric": .string(c.metric.rawValue),
            "step": .string(c.step),
            "kind": .string(c.kind.rawValue),
            "baseline": .number(c.baseline),
            "current": .number(c.current),
            "p": .number(c.p),
            "barrier": .string(c.barrier),
            "note": .string(c.note),
            "q": .number(c.q),
            "question": .string(c.question),
        ]
    }

    static func test(_ t: ChangeTest) -> JSONValue {
        [
            "scenario": .string(t.scenario),
            "metric": .string(t.metric.rawValue),
            "step": .string(t.step),
            "question": .string(t.question),
            "baseline": .number(t.baseline),
            "current": .number(t.current),
            "p": .number(t.p),
            "q": .number(t.q),
        ]
    }

    static func touchpoint(_ t: TouchpointScore) -> JSONValue {
        [
            "id": .string(t.id),
            "name": .string(t.name),
            "owner": .string(t.owner),
            "score": .number(t.score),
            "n": .int(t.n),
            "importance": t.importance.map { ["customer": .int($0.customer), "business": .int($0.business)] }
                ?? .null,
            "focus": .int(t.focus),
            "priority": .number(t.priority),
            "trend": .array(t.trend.map { ["period": .string($0.period.label), "score": .number($0.value)] }),
        ]
    }
}

extension JSONValue {
    /// `null` for an absent value.
    static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    static func int(_ value: Int?) -> JSONValue { value.map { .int($0) } ?? .null }
    static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
}
