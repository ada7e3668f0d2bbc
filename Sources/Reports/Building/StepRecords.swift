/// Each step's records in a list of runs, gathered in one pass (in run order, then record
/// order), so the per-step statistics cost the number of records, not steps × records.
struct StepRecords {
    struct Entry {
        /// The index of the record's run in the list.
        var run: Int
        var record: RunSummary.StepSummary
    }

    private var byStep: [String: [Entry]] = [:]

    init(_ runs: [RunSummary]) {
        for (index, run) in runs.enumerated() {
            for record in run.steps { byStep[record.step, default: []].append(Entry(run: index, record: record)) }
        }
    }

    /// The records of `step`, in run order.
    subscript(step: String) -> [Entry] { byStep[step] ?? [] }

    /// How many runs recorded each barrier at `step`.
    func barrierRuns(step: String) -> [String: Int] {
        var result: [String: Int] = [:]
        var ids = Set<String>()
        var currentRun = -1
        for entry in self[step] {
            if entry.run != currentRun {
                for id in ids { result[id, default: 0] += 1 }
                ids.removeAll(keepingCapacity: true)
                currentRun = entry.run
            }
            for barrier in entry.record.barriers { ids.insert(barrier.id) }
        }
        for id in ids { result[id, default: 0] += 1 }
        return result
    }
}
