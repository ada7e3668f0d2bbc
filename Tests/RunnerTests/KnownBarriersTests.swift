import Foundation
import Runner
import ShopperCore
import Testing

@Suite struct KnownBarriersTests {
    func run(_ barriers: [(step: String, id: String, text: String)]) -> Run {
        var run = Fixtures.newRun()
        for b in barriers {
            if let i = run.steps.firstIndex(where: { $0.step == b.step }) {
                run.steps[i].barriers.append(BarrierRecord(id: b.id, text: b.text, severity: .minor, at: 1))
            } else {
                run.steps.append(StepRecord(step: b.step, touchpoint: "t", stage: .purchase, outcome: .done,
                                            barriers: [BarrierRecord(id: b.id, text: b.text, severity: .minor, at: 1)]))
            }
        }
        return run
    }

    @Test func menuMergesScenarioAndRunsMostFrequentFirst() {
        let runs = [
            run([("search", "no-filter", "No time filter"), ("search", "app-crash", "The app crashed")]),
            run([("search", "app-crash", "App crashed again"), ("pay", "card-declined", "Card declined")]),
            run([("search", "app-crash", "crash"), ("search", "no-filter", "x")]),
        ]
        let menu = KnownBarriers.menu(step: "search", scenario: Fixtures.scenario, runs: runs)
        #expect(menu == [
            .init(id: "app-crash", text: "The app crashed", count: 3),
            .init(id: "no-filter", text: "No filter by time", count: 2),
            .init(id: "slow-search", text: "Search is slow", count: 0),
        ])
    }

    @Test func menuIgnoresOtherScenariosRuns() {
        var other = run([("search", "elsewhere", "Elsewhere")])
        other.scenario = "another"
        #expect(KnownBarriers.menu(step: "search", scenario: Fixtures.scenario, runs: [other]).map(\.id) == ["slow-search", "no-filter"])
    }

    @Test func newBarrierGetsAUniqueSlug() {
        let menu = KnownBarriers.menu(step: "search", scenario: Fixtures.scenario, runs: [])
        let taken: Set = ["page-froze", "page-froze-2", "slow-search"]
        #expect(KnownBarriers.id(forNew: "Page froze!", menu: menu, taken: taken) == "page-froze-3")
        #expect(KnownBarriers.id(forNew: "Кнопка не нажимается", menu: menu, taken: taken) == "knopka-ne-nazhimaetsya")
        // Text with nothing to spell in ASCII gets the stable hash slug, so two testers' different
        // barriers never share an id after their runs are merged.
        let angry = KnownBarriers.id(forNew: "😡", menu: menu, taken: [])
        #expect(angry == Slug.make(from: "😡"))
        #expect(angry != KnownBarriers.id(forNew: "支付失败", menu: menu, taken: []))
        #expect(KnownBarriers.id(forNew: "😡", menu: menu, taken: [angry]) == "\(angry)-2")
        #expect(KnownBarriers.id(forNew: "...", menu: menu, taken: []) == "barrier")
    }

    @Test func typingAKnownBarriersTextReusesItsID() {
        let menu = KnownBarriers.menu(step: "search", scenario: Fixtures.scenario, runs: [])
        #expect(KnownBarriers.id(forNew: "  search is SLOW ", menu: menu, taken: ["slow-search"]) == "slow-search")
    }

    @Test func runsAreReadFromTheStore() throws {
        let store = RunStore(root: Fixtures.temporaryFolder())
        try store.save(run([("search", "app-crash", "The app crashed")]))
        let runs = KnownBarriers.runs(in: store, scenario: Fixtures.scenario.id)
        #expect(runs.count == 1)
        #expect(KnownBarriers.menu(step: "search", scenario: Fixtures.scenario, runs: runs).first?.id == "app-crash")
    }
}
