/// Where each node of a YAML document lies in its text, from libyaml's start and end marks: for
/// editing a file in place (`shopper action`) without emitting it again, so its comments and
/// layout stay as they are. Read the file with `YAMLParser` first: the outline does no checks of
/// its own beyond libyaml's.
public struct YAMLOutline: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case scalar(String, Node.Scalar.Style)
        case sequence
        case mapping
        case alias
    }

    public var kind: Kind
    /// The first character of the node (a quote, `[`, `{`, the first key of a block mapping, the
    /// first `-` of a block sequence).
    public var start: Mark
    /// Just past the node's text for scalars, aliases and flow collections. For a block
    /// collection libyaml's end is the next token (past trailing comments), so use `contentEnd`.
    public var end: Mark
    /// `[…]` or `{…}`.
    public var isFlow: Bool
    /// An anchor or a tag on the node.
    public var isDecorated: Bool
    /// A sequence's items; a mapping's keys and values in turn (key, value, key, value…).
    public var children: [YAMLOutline]

    public var scalar: String? {
        if case .scalar(let value, _) = kind { return value }
        return nil
    }

    /// A mapping's pairs.
    public var pairs: [(key: YAMLOutline, value: YAMLOutline)] {
        guard kind == .mapping else { return [] }
        return stride(from: 0, to: children.count - 1, by: 2).map { (children[$0], children[$0 + 1]) }
    }

    /// The value of the key `name` in a mapping.
    public subscript(key name: String) -> YAMLOutline? {
        pairs.first { $0.key.scalar == name }?.value
    }

    /// Just past the node's own text: for a block collection, the end of its last item's text
    /// (comments and blank lines after it are not part of it).
    public var contentEnd: Mark {
        guard !isFlow, kind == .sequence || kind == .mapping, let last = children.last else { return end }
        return last.contentEnd
    }

    /// The first document's root; nil for an empty stream.
    public static func parse(_ text: String) throws(YAMLError) -> YAMLOutline? {
        var stack: [YAMLOutline] = []
        var root: YAMLOutline?
        func add(_ node: YAMLOutline) {
            if stack.isEmpty { if root == nil { root = node } } else { stack[stack.count - 1].children.append(node) }
        }
        try LibYAMLEvents.scan(Array(text.utf8)) { (event: LibYAMLEvents.Event, extent: LibYAMLEvents.Extent) throws(YAMLError) in
            switch event {
            case .documentStart, .documentEnd:
                break
            case .alias:
                add(YAMLOutline(kind: .alias, start: extent.start, end: extent.end, isFlow: false, isDecorated: true, children: []))
            case .scalar(let value, let anchor, let tag, let style, _):
                add(YAMLOutline(kind: .scalar(value, style), start: extent.start, end: extent.end, isFlow: false,
                                isDecorated: anchor != nil || tag != nil, children: []))
            case .sequenceStart(let anchor, let tag, _):
                stack.append(YAMLOutline(kind: .sequence, start: extent.start, end: extent.end, isFlow: extent.flow,
                                         isDecorated: anchor != nil || tag != nil, children: []))
            case .mappingStart(let anchor, let tag, _):
                stack.append(YAMLOutline(kind: .mapping, start: extent.start, end: extent.end, isFlow: extent.flow,
                                         isDecorated: anchor != nil || tag != nil, children: []))
            case .sequenceEnd, .mappingEnd:
                var node = stack.removeLast()
                node.end = extent.end
                add(node)
            }
        }
        return root
    }
}
