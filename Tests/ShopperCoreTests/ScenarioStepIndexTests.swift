import Testing
@testable import ShopperCore

/// `Scenario.step(_:)` looks steps up by an index kept with `steps` (reports and checks call it
/// once per record, so a search made them quadratic in the number of steps).
@Suite struct ScenarioStepIndexTests {
    func step(_ id: String, _ title: String = "") -> Step {
        Step(id: id, title: title.isEmpty ? id : title, instruction: "Do it.", touchpoint: "t", stage: .intent)
    }

    @Test func theIndexFollowsChangesToTheSteps() {
        var scenario = Scenario(id: "s", title: "S", brief: "B", steps: [step("a"), step("b")])
        #expect(scenario.step("b")?.id == "b")
        #expect(scenario.step("c") == nil)
        scenario.steps.append(step("c"))
        scenario.steps[0].id = "z"
        #expect(scenario.step("c")?.id == "c")
        #expect(scenario.step("z")?.id == "z")
        #expect(scenario.step("a") == nil)
        scenario.steps.removeAll()
        #expect(scenario.step("b") == nil)
    }

    @Test func aRepeatedIdFindsItsFirstStepAsTheSearchDid() {
        let scenario = Scenario(id: "s", title: "S", brief: "B", steps: [step("a", "first"), step("a", "second")])
        #expect(scenario.step("a")?.title == "first")
        #expect(scenario.step("a") == scenario.steps.first { $0.id == "a" })
    }

    @Test func equalScenariosStayEqualWhateverTheirHistory() {
        var edited = Scenario(id: "s", title: "S", brief: "B", steps: [step("x")])
        edited.steps = [step("a")]
        #expect(edited == Scenario(id: "s", title: "S", brief: "B", steps: [step("a")]))
    }
}
