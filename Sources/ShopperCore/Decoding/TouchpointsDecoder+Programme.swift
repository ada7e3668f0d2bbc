import YAMLKit

/// The programme keys of a touchpoint: `assessments`, `actions` and `review_every`.
struct ProgrammeFields {
    static let assessmentKeys = ["score", "date", "by"]
    static let actionKeys = ["id", "text", "owner", "due", "status", "done_on", "barrier"]

    var assessments: [Touchpoint.Assessment] = []
    var actions: [Touchpoint.Action] = []
    var reviewEvery = Touchpoint.ReviewInterval.default
    /// Action ids with their marks, for the registry-wide uniqueness check.
    var actionMarks: [(String, Mark)] = []
    var ok = true

    static func decode(_ t: NodeDecoder.Fields, in name: String, _ d: NodeDecoder) -> ProgrammeFields {
        var p = ProgrammeFields()
        let before = d.diagnostics.count
        if let items = d.list(t["assessments"], "assessments") {
            for (i, item) in items.enumerated() {
                guard let a = d.fields(item, what: "assessment \(i + 1) of \(name)", known: assessmentKeys,
                                       required: assessmentKeys) else { continue }
                let score = d.number(a["score"], "score").flatMap { value -> Double? in
                    guard (0...10).contains(value) else {
                        d.error("'score' must be from 0 to 10, found \(d.describe(a["score"]!))", at: a["score"]!.mark)
                        return nil
                    }
                    return value
                }
                let date = date(a["date"], "date", d)
                let by = d.string(a["by"], "by")
                if let score, let date, let by { p.assessments.append(.init(score: score, date: date, by: by)) }
            }
        }
        if let items = d.list(t["actions"], "actions") {
            for (i, item) in items.enumerated() {
                let what = item["id"]?.scalar.map { "action \(Echo.quoted($0.value)) of \(name)" } ?? "action \(i + 1) of \(name)"
                guard let a = d.fields(item, what: what, known: actionKeys, required: ["id", "text", "status"]) else { continue }
                let id = d.slug(a["id"], "id")
                let text = d.string(a["text"], "text")
                let owner = d.string(a["owner"], "owner")
                let due = date(a["due"], "due", d)
                let status = d.choice(a["status"], "status", as: Touchpoint.Action.Status.self,
                                      allowed: Touchpoint.Action.Status.allCases)
                let doneOn = date(a["done_on"], "done_on", d)
                let barrier = d.slug(a["barrier"], "barrier", allowUnderscore: true)
                if status == .done, a["done_on"] == nil {
                    d.error("missing 'done_on' in \(what): a done action says when it was done (YYYY-MM-DD)",
                            at: a["status"]?.mark ?? item.mark)
                } else if let status, status != .done, let node = a["done_on"] {
                    d.error("'done_on' is only for done actions; \(what) is \(status.rawValue) (set status: done, or remove done_on)",
                            at: a.keyMarks["done_on"] ?? node.mark)
                }
                if let id, let node = a.values["id"] { p.actionMarks.append((id, node.mark)) }
                if let id, let text, let status {
                    p.actions.append(.init(id: id, text: text, owner: owner, due: due, status: status, doneOn: doneOn,
                                           barrier: barrier))
                }
            }
        }
        if let node = t["review_every"], let text = d.string(node, "review_every") {
            if let interval = Touchpoint.ReviewInterval(parsing: text) {
                p.reviewEvery = interval
            } else {
                d.error("'review_every' must be a whole number of days, weeks, months or years such as 90 days or 12 months, found \(d.describe(node))",
                        at: node.mark)
            }
        }
        p.ok = d.diagnostics.count == before
        return p
    }

    static func date(_ node: Node?, _ name: String, _ d: NodeDecoder) -> CalendarDate? {
        guard let node, let text = d.string(node, name) else { return nil }
        guard let date = CalendarDate(parsing: text) else {
            d.error("'\(name)' must be a date written YYYY-MM-DD, such as 2026-11-23, found \(d.describe(node))", at: node.mark)
            return nil
        }
        return date
    }
}
