/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The closest candidate within a distance that suggests a typo, if any.
    /// Words longer than this many bytes get no suggestion: no typo of a key or an id is that
    /// long, and the edit distance costs the product of the two lengths.
    public static let longestWord = 128

    public static func closest(to word: String, in candidates: [String]) -> String? {
        guard word.utf8.count <= longestWord else { return nil }
        let word = word.lowercased()
        let length = word.count
        let limit = max(1, min(3, length / 3 + 1))
        var best: (String, Int)?
        for candidate in candidates {
            // The distance is at least the difference in length: skip what cannot be near.
            guard candidate.utf8.count <= longestWord * 4 else { continue }
            let folded = candidate.lowercased()
            guard abs(folded.count - length) <= limit else { continue }
            let d = distance(word, folded)
            if d <= limit, d < (best?.1 ?? .max) {
                best = (candidate, d)
            }
        }
        return best?.0
    }

    /// The Damerau–Levenshtein distance (optimal string alignment) between two strings.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = Swift.min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }

    /// `; did you mean 'x'?` or an empty string.
    static func hint(for word: String, in candidates: [String]) -> String {
        guard let match = closest(to: word, in: candidates) else { return "" }
        return "; did you mean '\(match)'?"
    }
}
