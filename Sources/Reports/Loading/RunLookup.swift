import Foundation
import ShopperCore

/// Finds the run `shopper show` names, among run files by path (`<runs>/<scenario>/<run-id>.yaml`):
/// by its id, by a prefix of the id that only one run has (`20261103T0915`), or by the tester's name
/// with the UTC date it started (`"Eva Novak 2026-11-03"`, `eva-novak 2026-11-03`; a name in any
/// case or script, as `RunListFilter.testerKey` compares them). Pure: file names in, an answer out.
public enum RunLookup {
    public enum Answer: Equatable, Sendable {
        case found(path: String)
        case none
        /// More than one run fits: their ids with their paths, sorted.
        case ambiguous([(id: String, path: String)])

        public static func == (a: Answer, b: Answer) -> Bool {
            switch (a, b) {
            case let (.found(x), .found(y)): x == y
            case (.none, .none): true
            case let (.ambiguous(x), .ambiguous(y)): x.map(\.path) == y.map(\.path)
            default: false
            }
        }
    }

    public static func find(_ query: String, in paths: [String]) -> Answer {
        let runs = paths.map { (id: runID(ofPath: $0), path: $0) }
        let text = query.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .none }
        let exact = runs.filter { $0.id == text }
        if !exact.isEmpty { return answer(exact) }
        let prefixed = runs.filter { $0.id.hasPrefix(text) }
        if !prefixed.isEmpty { return answer(prefixed) }
        guard let (tester, day) = testerAndDay(text) else { return .none }
        return answer(runs.filter { run in
            let parts = run.id.split(separator: "-", maxSplits: 1).map(String.init)
            guard parts.count == 2, parts[0].hasPrefix(day) else { return false }
            return parts[1] == tester || isNumberedCandidate(parts[1], of: tester)
        })
    }

    /// `tester-2`, `tester-3`…: the id a second run started in the same second by the same tester gets.
    static func isNumberedCandidate(_ slug: String, of tester: String) -> Bool {
        guard slug.hasPrefix(tester + "-") else { return false }
        let rest = slug.dropFirst(tester.count + 1)
        return !rest.isEmpty && rest.allSatisfy(\.isASCII) && rest.allSatisfy(\.isNumber)
    }

    /// A `YYYY-MM-DD` word anywhere in `text` and the rest as a tester key: `("eva-novak", "20261103")`.
    static func testerAndDay(_ text: String) -> (String, String)? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let dayIndex = words.firstIndex(where: { ReportOptions.parseDay($0) != nil }), words.count > 1 else { return nil }
        let day = words[dayIndex].replacingOccurrences(of: "-", with: "")
        let name = words.enumerated().filter { $0.offset != dayIndex }.map(\.element).joined(separator: " ")
        return (RunListFilter.testerKey(name), day)
    }

    static func runID(ofPath path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        for suffix in [".yaml", ".yml"] where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    private static func answer(_ runs: [(id: String, path: String)]) -> Answer {
        if runs.isEmpty { return .none }
        return runs.count == 1 ? .found(path: runs[0].path) : .ambiguous(runs.sorted { ($0.id, $0.path) < ($1.id, $1.path) })
    }
}
