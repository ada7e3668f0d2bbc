extension Node {
    /// The scalar text, or nil for collections.
    public var scalar: Scalar? {
        if case .scalar(let s) = content { return s }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: [Pair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value for a string key in a mapping (the first one, keys are unique after parsing).
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.scalar?.value == key }?.value
    }

    /// A short name of the node's kind for messages: "a mapping", "a list", "a string", "a number"…
    public var kindDescription: String {
        switch content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar:
            switch resolved {
            case .null: return "null"
            case .bool: return "a boolean"
            case .int, .double: return "a number"
            case .string: return "a string"
            }
        }
    }

    /// Whether two trees hold the same values, ignoring positions and presentation (a scalar's
    /// style matters only through what it resolves to).
    public func hasSameValue(as other: Node) -> Bool {
        switch (content, other.content) {
        case (.scalar, .scalar):
            let x = resolved, y = other.resolved
            if case .double(let p) = x, case .double(let q) = y, p.isNaN, q.isNaN { return true }
            return x == y
        case (.sequence(let a), .sequence(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.hasSameValue(as: $1) }
        case (.mapping(let a), .mapping(let b)):
            return a.count == b.count
                && zip(a, b).allSatisfy { $0.key.hasSameValue(as: $1.key) && $0.value.hasSameValue(as: $1.value) }
        default:
            return false
        }
    }
}
