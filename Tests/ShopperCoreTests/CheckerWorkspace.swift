import Foundation
@testable import ShopperCore

/// A temporary workspace with a two-touchpoint registry and the `trip` scenario
/// (`RunScenarioCheckTests.scenarioText`), for the tests that run `Checker` over files.
enum CheckerWorkspace {
    /// Makes the workspace under a new temporary folder named with `prefix`; returns its root.
    static func make(_ prefix: String) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try AtomicFile.write("""
            touchpoints:
              - {id: till, name: Till, channel: store, stage: purchase, owner: Shop, importance: {customer: 3, business: 3}}
              - {id: door, name: Door, channel: store, stage: post-purchase, owner: Shop, importance: {customer: 2, business: 2}}

            """, to: "\(root)/scenarios/touchpoints.yaml")
        try AtomicFile.write(RunScenarioCheckTests.scenarioText + "\n", to: "\(root)/scenarios/trip.yaml")
        return root
    }
}
