/// Builds node trees from parser events with an explicit stack (no recursion), enforcing the
/// depth and node-count limits and rejecting duplicate mapping keys.
struct TreeBuilder {
    private struct Frame {
        var mark: Mark
        var tag: String?
        var anchor: String?
        var isMapping: Bool
        var items: [Node] = []
        var weight = 1
    }

    let limits: YAMLParser.Limits
    private(set) var documents: [Node] = []
    /// Duplicate mapping keys met so far, in the order their mappings closed.
    private(set) var duplicates: [YAMLError] = []
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var nodeCount = 0
    /// Whether the document has used an alias: only then does the node limit's message speak of them.
    private var usedAlias = false
    private var root: (node: Node, weight: Int)?
    private var documentMark = Mark.start

    init(limits: YAMLParser.Limits) {
        self.limits = limits
    }

    mutating func handle(_ event: LibYAMLEvents.Event) throws(YAMLError) {
        switch event {
        case .documentStart(let mark):
            anchors = [:]
            nodeCount = 0
            usedAlias = false
            root = nil
            documentMark = mark
        case .documentEnd:
            documents.append(root?.node ?? Node(.scalar(.init("")), mark: documentMark))
        case .alias(let name, let mark):
            guard let target = anchors[name] else {
                throw YAMLError("unknown alias '\(name)'", at: mark)
            }
            var node = target.node
            node.mark = mark
            usedAlias = true
            // An alias expands to a copy of its target: every node of it counts again.
            try add(node, weight: target.weight, counting: target.weight, anchor: nil, at: mark)
        case .scalar(let value, let anchor, let tag, let style, let mark):
            try add(Node(.scalar(.init(value, style: style)), mark: mark, tag: Self.tag(tag)), weight: 1, counting: 1,
                    anchor: anchor, at: mark)
        case .sequenceStart(let anchor, let tag, let mark), .mappingStart(let anchor, let tag, let mark):
            if stack.count >= limits.maxDepth {
                throw YAMLError("nesting deeper than \(limits.maxDepth) levels", at: mark)
            }
            var isMapping = false
            if case .mappingStart = event { isMapping = true }
            stack.append(Frame(mark: mark, tag: Self.tag(tag), anchor: anchor, isMapping: isMapping))
        case .sequenceEnd:
            let frame = stack.removeLast()
            try add(Node(.sequence(frame.items), mark: frame.mark, tag: frame.tag), weight: frame.weight, counting: 1,
                    anchor: frame.anchor, at: frame.mark)
        case .mappingEnd:
            let frame = stack.removeLast()
            var pairs: [Node.Pair] = []
            pairs.reserveCapacity(frame.items.count / 2)
            var seen: [ResolvedScalar: Mark] = [:]
            var i = 0
            while i + 1 < frame.items.count {
                let key = frame.items[i]
                if key.scalar != nil {
                    let identity = key.resolved
                    if let first = seen[identity] {
                        // Recorded, not thrown, so the rest of the document is still checked;
                        // the first pair stands.
                        duplicates.append(YAMLError("duplicate key '\(key.scalar!.value)'", at: key.mark,
                                                    notes: [.init(message: "first defined here", mark: first)]))
                        i += 2
                        continue
                    }
                    seen[identity] = key.mark
                }
                pairs.append(Node.Pair(key: key, value: frame.items[i + 1]))
                i += 2
            }
            try add(Node(.mapping(pairs), mark: frame.mark, tag: frame.tag), weight: frame.weight, counting: 1,
                    anchor: frame.anchor, at: frame.mark)
        }
    }

    /// Adds a finished node. `weight` is the number of nodes it stands for (its whole subtree,
    /// expansions included), kept so an alias to it can count them; `counting` is how many are
    /// new here: 1 for a scalar or a collection (its items were counted as they came), the
    /// target's weight for an alias.
    private mutating func add(_ node: Node, weight: Int, counting: Int, anchor: String?, at mark: Mark) throws(YAMLError) {
        nodeCount += counting
        if nodeCount > limits.maxNodes {
            // A large legitimate file reaches this too, so the message states the limit, not a suspicion.
            let aliases = usedAlias ? " (counting every alias expansion)" : ""
            throw YAMLError("document has more than \(Self.grouped(limits.maxNodes)) nodes\(aliases)", at: mark)
        }
        if let anchor { anchors[anchor] = (node, weight) }
        if stack.isEmpty {
            root = (node, weight)
        } else {
            stack[stack.count - 1].items.append(node)
            stack[stack.count - 1].weight += weight
        }
    }

    /// `1000000` as `1,000,000`, the same in every locale.
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude)
        var groups: [Substring] = []
        while digits.count > 3 {
            groups.insert(digits.suffix(3), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(Substring(digits), at: 0)
        return (n < 0 ? "-" : "") + groups.joined(separator: ",")
    }

    private static func tag(_ tag: String?) -> String? {
        tag
    }
}
