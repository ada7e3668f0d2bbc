import ShopperCore

extension RunFilter {
    /// A clause whose value no run has, with the values the runs do have: a typo such as
    /// `app_version=5.2` must not read as "no runs".
    public struct Unmatched: Sendable, Hashable {
        public var clause: Clause
        /// The distinct values seen, sorted; at most `limit` of them.
        public var seen: [String]
        /// How many distinct values there are in all (more than `seen.count` when cut).
        public var total: Int

        public init(clause: Clause, seen: [String], total: Int) {
            self.clause = clause
            self.seen = seen
            self.total = total
        }

        /// `note: ...` for standard error.
        public var note: String {
            let key = clause.key.description
            let head = "note: --where \(key)=\(clause.value) matches no run"
            guard total > 0 else { return "\(head); no run records \(key)" }
            let more = total > seen.count ? ", … (\(total) in all)" : ""
            return "\(head); values seen: \(seen.map { Echo.quoted($0) }.joined(separator: ", "))\(more)"
        }
    }

    /// The clauses whose value no run in `runs` has, each with the values seen (up to `limit`).
    /// Only the keys whose values come from the runs (the tester, context keys): the values of a
    /// registry field, and a location with a registry, were checked against the registry.
    /// Each clause is judged alone, over all the runs, not after the other clauses.
    public func unmatched(in runs: [RunSummary], limit: Int = 20) -> [Unmatched] {
        var result: [Unmatched] = []
        for clause in clauses where resolver.registryValues(clause.key) == nil {
            let single = RunFilter(clauses: [clause], resolver: resolver)
            guard !runs.contains(where: single.matches) else { continue }
            var seen: Set<String> = []
            if clause.key == .tester {
                // One name per tester, as they are matched: by slug.
                var keys: Set<String> = []
                for run in runs where keys.insert(RunListFilter.testerKey(run.tester)).inserted { seen.insert(run.tester) }
            } else {
                for run in runs { seen.formUnion(resolver.values(clause.key, of: run)) }
            }
            let sorted = seen.sorted()
            result.append(Unmatched(clause: clause, seen: Array(sorted.prefix(limit)), total: sorted.count))
        }
        return result
    }

    /// `note: ...` for standard error when the clauses together keep none of `runs` although each
    /// value is found in some run (else `unmatched` has said which value is missing); nil otherwise.
    public func noMatchNote(in runs: [RunSummary]) -> String? {
        guard !isEmpty, !runs.isEmpty, !runs.contains(where: matches), unmatched(in: runs).isEmpty else { return nil }
        return "note: no run matches --where \(summary) (a key given more than once matches any of its values; different keys must all hold)"
    }
}
