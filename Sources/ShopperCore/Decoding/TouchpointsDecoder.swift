import YAMLKit

/// Turns a `touchpoints.yaml` document into a registry, reporting every problem it finds.
public enum TouchpointsDecoder {
    public static let touchpointKeys = ["id", "name", "channel", "stage", "owner", "importance",
                                        "assessments", "actions", "review_every"]

    public static func decode(_ root: Node) -> (TouchpointRegistry?, [Diagnostic]) {
        let d = NodeDecoder()
        var touchpoints: [Touchpoint] = []
        if let f = d.fields(root, what: "touchpoints file", known: ["touchpoints"], required: ["touchpoints"]),
           let items = d.list(f["touchpoints"], "touchpoints") {
            var marks: [(String, Mark)] = []
            var actionMarks: [(String, Mark)] = []
            for (index, item) in items.enumerated() {
                let name = item["id"]?.scalar.map { "touchpoint \(Echo.quoted($0.value))" } ?? "touchpoint \(index + 1)"
                guard let t = d.fields(item, what: name, known: touchpointKeys,
                                       required: ["id", "name", "channel", "stage", "importance"]) else { continue }
                let id = d.slug(t["id"], "id")
                let title = d.name(t["name"], "name")
                let channel = d.name(t["channel"], "channel")
                let stage = d.choice(t["stage"], "stage", as: JourneyStage.self, allowed: JourneyStage.allCases)
                // No owner yet is allowed (the weekly page lists such touchpoints); an empty one is a mistake.
                let owner = d.name(t["owner"], "owner")
                let ownerOK = t["owner"] == nil || owner != nil
                var importance: Touchpoint.Importance?
                if let node = t["importance"], let i = d.fields(node, what: "importance of \(name)",
                                                               known: ["customer", "business"], required: ["customer", "business"]) {
                    // Both are read first, so a problem in each is reported.
                    let c = d.int(i["customer"], "customer", in: 1...5)
                    let b = d.int(i["business"], "business", in: 1...5)
                    if let c, let b { importance = .init(customer: c, business: b) }
                }
                let programme = ProgrammeFields.decode(t, in: name, d)
                actionMarks += programme.actionMarks
                if let id { marks.append((id, t.values["id"]!.mark)) }
                if let id, let title, let channel, let stage, ownerOK, let importance, programme.ok {
                    touchpoints.append(Touchpoint(id: id, name: title, channel: channel, stage: stage, owner: owner,
                                                  importance: importance, assessments: programme.assessments,
                                                  actions: programme.actions, reviewEvery: programme.reviewEvery))
                }
            }
            d.checkUnique(marks, what: "touchpoint id")
            d.checkUnique(actionMarks, what: "action id")
        }
        let diagnostics = d.diagnostics.sortedByPosition()
        return (diagnostics.hasErrors ? nil : TouchpointRegistry(touchpoints: touchpoints), diagnostics)
    }
}
