import ShopperCore

extension RunLoader {
    /// The runs of `scenario` in `store` reduced to what `shopper run` keeps of them, read by
    /// the streaming summariser (the full decoder only for files it does not recognise) in
    /// slices of `slice` files, so only one slice of summaries is held at a time. Files that
    /// do not read are left out, as `PastRun.all` leaves them out.
    public func pastRuns(in store: RunStore, scenario: String, slice: Int = 4096) -> [PastRun] {
        let paths = store.files(scenario: scenario)
        var result: [PastRun] = []
        result.reserveCapacity(paths.count)
        var start = 0
        while start < paths.count {
            let end = min(paths.count, start + max(1, slice))
            for summary in load(paths: Array(paths[start..<end])).runs { result.append(PastRun(summary)) }
            start = end
        }
        return result
    }
}

extension PastRun {
    /// A run summary, reduced.
    public init(_ summary: RunSummary) {
        self.init(id: summary.id, path: summary.path, scenario: summary.scenario, tester: summary.tester,
                  started: summary.started, status: summary.status,
                  steps: Self.steps(summary.steps.lazy.map { ($0.step, $0.barriers) }))
    }
}
