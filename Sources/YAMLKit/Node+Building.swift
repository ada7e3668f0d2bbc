extension Node {
    /// A plain or quoted string scalar (quoted when the text would otherwise read as another type).
    public static func string(_ value: String, mark: Mark = .start) -> Node {
        let style: Scalar.Style = Node.needsQuoting(value) ? .doubleQuoted : .plain
        return Node(.scalar(Scalar(value, style: style)), mark: mark)
    }

    public static func int(_ value: Int, mark: Mark = .start) -> Node {
        Node(.scalar(Scalar(String(value))), mark: mark)
    }

    /// A number written with at most `digits` decimals, without trailing zeros.
    public static func double(_ value: Double, digits: Int = 3, mark: Mark = .start) -> Node {
        Node(.scalar(Scalar(Node.format(value, digits: digits))), mark: mark)
    }

    public static func bool(_ value: Bool, mark: Mark = .start) -> Node {
        Node(.scalar(Scalar(value ? "true" : "false")), mark: mark)
    }

    public static let null = Node(.scalar(Scalar("null")))

    public static func sequence(_ items: [Node], mark: Mark = .start) -> Node {
        Node(.sequence(items), mark: mark)
    }

    /// A mapping from string keys, in the order given.
    public static func mapping(_ pairs: [(String, Node)], mark: Mark = .start) -> Node {
        Node(.mapping(pairs.map { Pair(key: .string($0.0), value: $0.1) }), mark: mark)
    }

    static func format(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return value.isNaN ? ".nan" : (value < 0 ? "-.inf" : ".inf") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        // `1e+20` is a string to YAML 1.1 readers (PyYAML wants a point): write `1.0e+20`.
        if let e = text.firstIndex(of: "e") {
            if !text.contains(".") { text.insert(contentsOf: ".0", at: e) }
            return text
        }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
