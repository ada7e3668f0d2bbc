internal import CLibYAML

/// Reads YAML text into `Node` trees through the system libyaml.
///
/// On top of libyaml it rejects invalid UTF-8 and NUL bytes with their position, reports
/// duplicate mapping keys, and bounds nesting depth and alias expansion, so hostile input
/// fails fast with a positioned error instead of exhausting the stack or memory.
public struct YAMLParser: Sendable {
    public struct Limits: Sendable, Hashable {
        /// Deepest nesting of collections allowed.
        public var maxDepth: Int
        /// Most nodes a document may hold, counting every expansion of an alias.
        public var maxNodes: Int

        public init(maxDepth: Int = 128, maxNodes: Int = 1_000_000) {
            self.maxDepth = maxDepth
            self.maxNodes = maxNodes
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The single document of `text`, or nil when the stream holds no document.
    public func parse(_ text: String) throws(YAMLError) -> Node? {
        try parse(bytes: Array(text.utf8))
    }

    /// The single document of `bytes`, or nil when the stream holds no document.
    public func parse(bytes: [UInt8]) throws(YAMLError) -> Node? {
        let documents = try parseAll(bytes: bytes)
        if documents.count > 1 {
            throw YAMLError("expected a single document, found \(documents.count)", at: documents[1].mark)
        }
        return documents.first
    }

    /// Every document in `bytes`; a duplicate mapping key is an error.
    public func parseAll(bytes: [UInt8]) throws(YAMLError) -> [Node] {
        let (documents, duplicates) = try parseAllCollectingDuplicates(bytes: bytes)
        if let first = duplicates.first { throw first }
        return documents
    }

    /// The single document of `bytes` (nil when there is none) and every duplicate mapping key in
    /// it, sorted by position: the first of each pair of keys stands in the tree. For callers that
    /// report all problems of a file at once.
    public func parseCollectingDuplicates(bytes: [UInt8]) throws(YAMLError) -> (Node?, [YAMLError]) {
        let (documents, duplicates) = try parseAllCollectingDuplicates(bytes: bytes)
        if documents.count > 1 {
            throw YAMLError("expected a single document, found \(documents.count)", at: documents[1].mark)
        }
        return (documents.first, duplicates)
    }

    private func parseAllCollectingDuplicates(bytes: [UInt8]) throws(YAMLError) -> ([Node], [YAMLError]) {
        try UTF8Check.validate(bytes)
        var builder = TreeBuilder(limits: limits)
        try LibYAMLEvents.scan(bytes) { (event: borrowing LibYAMLEvents.Event) throws(YAMLError) in
            try builder.handle(event)
        }
        return (builder.documents, builder.duplicates.sorted { $0.mark < $1.mark })
    }

    public func parseAll(_ text: String) throws(YAMLError) -> [Node] {
        try parseAll(bytes: Array(text.utf8))
    }
}
