import ArgumentParser

@main
struct Shopper: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shopper",
        abstract: "Mystery shopping and scenario tests of customer touchpoints, from the terminal.",
        discussion: """
        Scenarios are YAML files in scenarios/; runs are recorded in reports/runs/. \
        Start with `shopper check`, walk a scenario with `shopper run ID`, compare runs with `shopper report`.
        """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, RunCommand.self, ReportCommand.self, RunsCommand.self, ShowCommand.self,
            TouchpointsGroup.self, WeeklyCommand.self, ActionGroup.self, TestersCommand.self, NewCommand.self, SchemaCommand.self,
            WaitingCommand.self, ReplyCommand.self,
        ]
    )
}
