import Foundation
import Runner
import ShopperCore

/// A small scenario with every kind of after-step input and a survey.
enum Fixtures {
    static let scenario = Scenario(
        id: "buy-ticket", title: "Buy a ticket", version: 2, language: .en,
        persona: "Anna, 34, \u{1B}]0;pwned\u{07}travels often",
        brief: "Buy a bus ticket from A to B.",
        context: ["device", "city"],
        target: 600,
        steps: [
            Step(id: "search", title: "Find the route", instruction: "Search for a route.", touchpoint: "app-search",
                 stage: .consideration, expect: ["Results within 2 seconds"], target: 60,
                 checklist: [ChecklistItem(id: "prices-shown", text: "Prices are shown"),
                             ChecklistItem(id: "dates-shown", text: "Dates are shown", critical: true)],
                 questions: [Question(id: "ease", ask: "How easy was it?", kind: .seq),
                             Question(id: "comment", ask: "Anything else?", kind: .text, required: false)]),
            Step(id: "pay", title: "Pay", instruction: "Pay with a card.", touchpoint: "app-pay", stage: .purchase,
                 score: false,
                 questions: [Question(id: "method", ask: "How did you pay?", kind: .choice(options: ["Card", "Apple Pay", "Cash"]))]),
            Step(id: "receipt", title: "Get the receipt", instruction: "Find the receipt.", touchpoint: "app-pay", stage: .postPurchase),
        ],
        survey: [Question(id: "nps", ask: "Would you recommend us?", kind: .nps),
                 Question(id: "again", ask: "Would you buy here again?", kind: .yesno)],
        barriers: [KnownBarrier(id: "slow-search", step: "search", text: "Search is slow"),
                   KnownBarrier(id: "no-filter", step: "search", text: "No filter by time"),
                   KnownBarrier(id: "card-declined", step: "pay", text: "Card declined")]
    )

    static let started = Date(timeIntervalSince1970: 1_795_428_900)  // 2026-11-22T...Z

    static func newRun(tester: String = "Anna Petrova") -> Run {
        Run(id: RunID.make(started: started, tester: tester), scenario: scenario.id, scenarioVersion: scenario.version,
            tester: tester, started: started, context: ["device": "phone", "city": "Prague"])
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "runner-tests-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
