/// One node of a YAML document. Every node, mapping keys included, carries its source position.
public struct Node: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    public var content: Content
    public var mark: Mark
    /// The explicit tag as written (resolved to its full form, e.g. `tag:yaml.org,2002:str`), if any.
    public var tag: String?

    public init(_ content: Content, mark: Mark = .start, tag: String? = nil) {
        self.content = content
        self.mark = mark
        self.tag = tag
    }
}

extension Node {
    public struct Scalar: Sendable, Hashable {
        public enum Style: Sendable, Hashable {
            case plain, singleQuoted, doubleQuoted, literal, folded
        }

        public var value: String
        public var style: Style

        public init(_ value: String, style: Style = .plain) {
            self.value = value
            self.style = style
        }
    }

    public struct Pair: Sendable, Hashable {
        public var key: Node
        public var value: Node

        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }
}
