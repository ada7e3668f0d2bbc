import Dispatch
import Foundation
import ShopperCore

/// Reads again, with the full decoder, only the runs of each scenario's current period, to
/// collect what the testers said (`Verbatim`): run summaries keep no free text, so 100,000 of
/// them stay small, and the current period is a small part of a long history. Used by
/// `shopper report` for the formats that show verbatims (Markdown, HTML, JSON). A file that
/// cannot be read now is skipped: the first load reported it.
public struct VerbatimLoader: Sendable {
    public var scenarios: [String: Scenario]
    public var concurrency: Int
    /// Whether files are first read with the streaming `VerbatimReader` (the full decoder still
    /// reads every file it does not recognise). Off only to compare the two paths.
    public var fastPath = true

    public init(scenarios: [String: Scenario] = [:],
                concurrency: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.scenarios = scenarios
        self.concurrency = max(1, concurrency)
    }

    /// `report` with each scenario's current period (`ScenarioReport.currentPeriod`) given its
    /// verbatims, newest first. `runs` and `options` are the ones the report was built from.
    public func attach(to report: Report, runs: [RunSummary], options: ReportOptions) -> Report {
        var report = report
        let filter = ReportBuilder(options: options)
        // Per scenario: the current period and its new barriers.
        var targets: [String: (index: Int, period: Period, newBarriers: [String: Set<String>])] = [:]
        for (index, s) in report.scenarios.enumerated() {
            guard let current = s.currentPeriod else { continue }
            let baseline = s.comparison.flatMap { $0.current == current.period ? s.stats(for: $0.baseline) : nil }
            targets[s.scenario] = (index, current.period,
                                   VerbatimCollector.newBarriers(current: current, baseline: baseline))
        }
        // Positions in `runs` of the current periods' runs.
        var jobs: [Int] = []
        for (position, run) in runs.enumerated() where run.isCounted {
            guard let target = targets[run.scenario], target.period.contains(run.started), filter.matches(run) else { continue }
            jobs.append(position)
        }
        guard !jobs.isEmpty else { return report }
        let chunks = min(jobs.count, concurrency * 8)
        let slots = Slots<[(String, [Verbatim])]>(count: chunks)
        let scenarios = self.scenarios
        let frozenTargets = targets.mapValues(\.newBarriers)
        let frozenJobs = jobs
        let fastPath = self.fastPath
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let buffer = FileBuffer()
            var reader = VerbatimReader()
            var found: [(String, [Verbatim])] = []
            for index in (chunk * frozenJobs.count / chunks)..<((chunk + 1) * frozenJobs.count / chunks) {
                let summary = runs[frozenJobs[index]]
                let texts: VerbatimCollector.Said
                if fastPath, let bytes = buffer.read(summary.path), let read = reader.read(bytes) {
                    texts = read
                } else if case .run(let run) = RunLoader.decode(summary.path, scenarios: scenarios) {
                    texts = VerbatimCollector.Said(run)
                } else {
                    continue
                }
                let said = VerbatimCollector.verbatims(of: texts, run: summary.id, tester: summary.tester,
                                                       started: summary.started, scenario: scenarios[summary.scenario],
                                                       newBarriers: frozenTargets[summary.scenario] ?? [:])
                if !said.isEmpty { found.append((summary.scenario, said)) }
            }
            slots[chunk] = found
        }
        var byScenario: [String: [Verbatim]] = [:]
        for (scenario, said) in slots.values.joined() { byScenario[scenario, default: []] += said }
        for (scenario, said) in byScenario {
            guard let target = targets[scenario],
                  let p = report.scenarios[target.index].periods.firstIndex(where: { $0.period == target.period }) else { continue }
            report.scenarios[target.index].periods[p].verbatims = VerbatimCollector.newestFirst(said)
        }
        return report
    }
}
