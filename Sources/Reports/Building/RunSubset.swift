/// Some of a list of runs, by position: the builder's groups (by scenario, by period) without
/// copies of the summaries (a copy of 100,000 summaries is 10 MB).
struct RunSubset: RandomAccessCollection {
    let all: [RunSummary]
    /// Positions in `all`, in the order of the subset.
    let positions: [Int]

    var startIndex: Int { 0 }
    var endIndex: Int { positions.count }
    subscript(index: Int) -> RunSummary { all[positions[index]] }
}
