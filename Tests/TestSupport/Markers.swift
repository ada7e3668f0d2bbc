import YAMLKit

/// Fixture text with position markers (1️⃣, 2️⃣, …) in the style of swift-format's tests: the
/// text without them and each marker's 1-based line and column (columns count Unicode scalars,
/// as YAML marks do).
public func marked(_ text: String) -> (text: String, marks: [String: Mark]) {
    let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟"]
    var clean = ""
    var marks: [String: Mark] = [:]
    var line = 1, column = 1
    var rest = Substring(text)
    outer: while let ch = rest.first {
        for m in markers where rest.hasPrefix(m) {
            marks[m] = Mark(line: line, column: column)
            rest = rest.dropFirst(m.count)
            continue outer
        }
        clean.append(ch)
        if ch == "\n" { line += 1; column = 1 } else { column += ch.unicodeScalars.count }
        rest = rest.dropFirst()
    }
    return (clean, marks)
}
