import ShopperCore

extension ReportBuilder {
    /// The scenarios of the scenarios folder, within `--scenario` when given, that have no
    /// counted run in the report (`reported`: the ids that have), in id order.
    func scenariosWithoutRuns(reported: Set<String>) -> [ScenarioWithoutRuns] {
        scenarios.keys
            .filter { !reported.contains($0) && (options.scenarios.isEmpty || options.scenarios.contains($0)) }
            .sorted()
            .map { ScenarioWithoutRuns(scenario: $0, title: scenarios[$0]!.title) }
    }
}
