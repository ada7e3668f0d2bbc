/// Each step's records in a list of runs, gathered in one pass (in run order, then record
/// order), so the per-step statistics cost the number of records, not steps × records. It
/// keeps positions, not copies of the records.
struct StepRecords {
    struct Entry {
        /// The position of the record's run in `runs.all`, and of the record in its steps.
        var run: Int
        var step: Int
    }

    let runs: RunSubset
    private var byStep: [String: [Entry]] = [:]

    init(_ runs: RunSubset) {
        self.runs = runs
        for position in runs.positions {
            for (index, record) in runs.all[position].steps.enumerated() {
                byStep[record.step, default: []].append(Entry(run: position, step: index))
            }
        }
    }

    /// The records of `step`, in run order.
    subscript(step: String) -> [Entry] { byStep[step] ?? [] }

    func record(_ entry: Entry) -> RunSummary.StepSummary { runs.all[entry.run].steps[entry.step] }

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
            for barrier in record(entry).barriers { ids.insert(barrier.id) }
        }
        for id in ids { result[id, default: 0] += 1 }
        return result
    }
}
