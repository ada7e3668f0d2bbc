import ShopperCore

extension JSONRenderer {
    /// A scenario of the listing: reported, or without counted runs (`periods` and `changes`
    /// empty, `comparison` null).
    static func listed(_ listed: Report.Listed) -> JSONValue {
        switch listed {
        case .reported(let s): scenario(s)
        case .noRuns(let s):
            scenario(ScenarioReport(scenario: s.scenario, title: s.title, periods: [], comparison: nil, changes: []))
        }
    }

    static func verbatim(_ v: Verbatim) -> JSONValue {
        [
            "run": .string(v.run),
            "tester": .string(v.tester),
            "at": .string(Timestamp.format(v.at)),
            "kind": .string(v.kind.rawValue),
            "question": .string(v.question),
            "text": .string(v.text),
            "step": .string(v.step),
            "barrier": .string(v.barrier),
            "location": .string(v.location),
        ]
    }
}
