import Foundation
import YAMLKit

/// Reads typed values out of a node tree, collecting every problem as a positioned diagnostic
/// instead of stopping at the first. Each reader returns nil when the value is missing or wrong.
final class NodeDecoder {
    private(set) var diagnostics: [Diagnostic] = []
    /// The touchpoints registry's file, for messages about unknown touchpoints.
    var registryPath: String?

    func error(_ message: String, at mark: Mark, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(.error, message, at: mark, notes: notes))
    }

    /// The mapping's pairs by key after checking for unknown and missing keys.
    /// `what` names the thing for messages, e.g. "step 'pay'".
    func fields(_ node: Node, what: String, known: [String], required: [String]) -> Fields? {
        guard let pairs = node.mapping else {
            error("expected \(what) to be a mapping, found \(node.kindDescription)", at: node.mark)
            return nil
        }
        var fields = Fields(node: node, what: what)
        for pair in pairs {
            guard let key = pair.key.scalar?.value, pair.key.scalar != nil else {
                error("keys in \(what) must be plain names, found \(pair.key.kindDescription)", at: pair.key.mark)
                continue
            }
            guard known.contains(key) else {
                error("unknown key \(Echo.quoted(key)) in \(what)\(Suggestion.hint(for: key, in: known.filter { fields.values[$0] == nil }))",
                      at: pair.key.mark)
                continue
            }
            fields.values[key] = pair.value
            fields.keyMarks[key] = pair.key.mark
        }
        for key in required where fields[key] == nil {
            if let mark = fields.keyMarks[key] {
                error("'\(key)' in \(what) has no value", at: mark)
            } else {
                error("missing required key '\(key)' in \(what)", at: node.mark)
            }
        }
        return fields
    }

    struct Fields {
        let node: Node
        let what: String
        var values: [String: Node] = [:]
        var keyMarks: [String: Mark] = [:]

        subscript(key: String) -> Node? {
            guard let value = values[key] else { return nil }
            // An explicit null is as good as absent for optional keys.
            if value.scalar != nil, value.resolved == .null, value.scalar?.style == .plain { return nil }
            return value
        }
    }

    // MARK: Scalars

    /// Text with ': ' in it, unquoted, reads as a one-pair mapping (`- Price: shown clearly`):
    /// the hint to quote it, with the quoted text; empty for any other node.
    static func colonHint(_ node: Node) -> String {
        guard case .mapping(let pairs) = node.content, pairs.count == 1,
              let key = pairs[0].key.scalar, key.style == .plain, pairs[0].key.mark.line == pairs[0].value.mark.line,
              let value = pairs[0].value.scalar, value.style == .plain else { return "" }
        let text = "\(key.value): \(value.value)".replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "; text containing ': ' must be quoted: \"\(text)\""
    }

    func string(_ node: Node?, _ name: String, allowEmpty: Bool = false) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            error("expected a string for '\(name)', found \(node.kindDescription)\(Self.colonHint(node))", at: node.mark)
            return nil
        }
        let value = scalar.value
        if !allowEmpty, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            error("'\(name)' must not be empty", at: node.mark)
            return nil
        }
        return value
    }

    /// A string that names someone or something: no control characters (`ControlCharacters`).
    func name(_ node: Node?, _ name: String) -> String? {
        guard let node, let value = string(node, name) else { return nil }
        if let problem = ControlCharacters.problem(inName: value) {
            error("'\(name)' \(problem)", at: node.mark)
            return nil
        }
        return value
    }

    func slug(_ node: Node?, _ name: String, allowUnderscore: Bool = false) -> String? {
        guard let node, let value = string(node, name) else { return nil }
        guard Slug.isValid(value, allowUnderscore: allowUnderscore) else {
            let rule = allowUnderscore ? "[a-z0-9][a-z0-9_-]*" : "[a-z0-9][a-z0-9-]*"
            var message = "'\(name)' must be a lowercase slug (\(rule)), found \(Echo.quoted(value))"
            if let fixed = Slug.make(from: value), fixed != value { message += "; try \(Echo.quoted(fixed))" }
            error(message, at: node.mark)
            return nil
        }
        return value
    }

    func int(_ node: Node?, _ name: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let node else { return nil }
        guard node.scalar != nil, case .int(let value) = node.resolved else {
            error("expected a whole number for '\(name)', found \(describe(node))", at: node.mark)
            return nil
        }
        if let range, !range.contains(value) {
            error("'\(name)' must be from \(range.lowerBound) to \(range.upperBound), found \(value)", at: node.mark)
            return nil
        }
        return value
    }

    /// A finite number; with `within`, one whose magnitude is at most that.
    func number(_ node: Node?, _ name: String, within bound: Double? = nil) -> Double? {
        guard let node else { return nil }
        if let bound, let value = number(node, name) {
            guard abs(value) <= bound else {
                error("'\(name)' must be from -\(RunLimits.shown(bound)) to \(RunLimits.shown(bound)), found \(describe(node))",
                      at: node.mark)
                return nil
            }
            return value
        }
        guard node.scalar != nil else {
            error("expected a number for '\(name)', found \(node.kindDescription)", at: node.mark)
            return nil
        }
        switch node.resolved {
        case .int(let i): return Double(i)
        case .double(let d) where d.isFinite: return d
        default:
            error("expected a number for '\(name)', found \(describe(node))", at: node.mark)
            return nil
        }
    }

    func bool(_ node: Node?, _ name: String) -> Bool? {
        guard let node else { return nil }
        guard node.scalar != nil, case .bool(let value) = node.resolved else {
            error("expected true or false (or yes or no) for '\(name)', found \(describe(node))", at: node.mark)
            return nil
        }
        return value
    }

    func duration(_ node: Node?, _ name: String) -> Double? {
        guard let node else { return nil }
        guard let scalar = node.scalar, let seconds = DurationText.parse(scalar.value) else {
            error("'\(name)' must be a duration such as 90s, 2m or 1h30m, found \(describe(node))", at: node.mark)
            return nil
        }
        if seconds <= 0 {
            error("'\(name)' must be longer than zero", at: node.mark)
            return nil
        }
        if seconds > RunLimits.maxSeconds {
            error("'\(name)' must be at most one year (8760h), found \(describe(node))", at: node.mark)
            return nil
        }
        return seconds
    }

    /// A pass mark: a percentage (`85%`, `92.5%`) or a fraction (`0.85`), as a fraction from 0 to 1.
    func passMark(_ node: Node?, _ name: String) -> Double? {
        guard let node else { return nil }
        let wrong = "'\(name)' must be a percentage such as 85% or a fraction from 0 to 1 such as 0.85"
        guard let scalar = node.scalar else {
            error("\(wrong), found \(node.kindDescription)", at: node.mark)
            return nil
        }
        let text = scalar.value
        if text.hasSuffix("%") {
            let digits = text.dropLast()
            guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  digits.filter({ $0 == "." }).count <= 1, digits.first != ".", digits.last != ".",
                  let percent = Double(digits) else {
                error("\(wrong), found \(describe(node))", at: node.mark)
                return nil
            }
            // The schema's pattern decides too (no `085%`), so editors and `shopper check` agree.
            guard percent <= 100 else {
                error("'\(name)' must be from 0% to 100%, found \(describe(node))", at: node.mark)
                return nil
            }
            guard let pattern = try? Regex(ScenarioSchema.percentPattern), text.wholeMatch(of: pattern) != nil else {
                error("\(wrong), found \(describe(node))", at: node.mark)
                return nil
            }
            return percent / 100
        }
        let value: Double
        switch node.resolved {
        case .int(let i): value = Double(i)
        case .double(let d) where d.isFinite: value = d
        default:
            error("\(wrong), found \(describe(node))", at: node.mark)
            return nil
        }
        guard (0...1).contains(value) else {
            let hint = (1...100).contains(value) ? " (write \(RunLimits.shown(value))% for a percentage)" : ""
            error("'\(name)' must be a fraction from 0 to 1, found \(describe(node))\(hint)", at: node.mark)
            return nil
        }
        return value
    }

    func choice<T: RawRepresentable>(_ node: Node?, _ name: String, as type: T.Type, allowed: [T]) -> T? where T.RawValue == String {
        guard let node, let value = string(node, name) else { return nil }
        if let result = T(rawValue: value) { return result }
        let names = allowed.map(\.rawValue)
        error("'\(name)' must be one of \(names.joined(separator: ", ")); found \(Echo.quoted(value))\(Suggestion.hint(for: value, in: names))",
              at: node.mark)
        return nil
    }

    // MARK: Collections

    func list(_ node: Node?, _ name: String) -> [Node]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            error("expected a list for '\(name)', found \(node.kindDescription)", at: node.mark)
            return nil
        }
        return items
    }

    func strings(_ node: Node?, _ name: String) -> [String]? {
        guard let items = list(node, name) else { return nil }
        return items.compactMap { string($0, name) }
    }

    /// Reports the second and later items whose id repeats an earlier one.
    func checkUnique(_ ids: [(String, Mark)], what: String) {
        var seen: [String: Mark] = [:]
        for (id, mark) in ids {
            if let first = seen[id] {
                error("duplicate \(what) '\(id)'", at: mark, notes: [.init("first defined here", at: first)])
            } else {
                seen[id] = mark
            }
        }
    }

    func describe(_ node: Node) -> String {
        if let scalar = node.scalar {
            return scalar.value.isEmpty ? "an empty value" : Echo.quoted(scalar.value)
        }
        return node.kindDescription
    }
}
