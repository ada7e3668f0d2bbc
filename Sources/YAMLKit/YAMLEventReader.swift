internal import CLibYAML

/// A streaming reader: runs libyaml over a byte buffer and hands each event to a handler as a
/// lightweight view, building nothing. For callers that want a few values out of many files
/// without a `Node` tree; `YAMLParser` remains the reader with duplicate-key, depth and
/// alias-expansion checks and positioned diagnostics.
///
/// Like `YAMLParser`, the input is first checked to be UTF-8 without NUL bytes (the error
/// names the line and column); libyaml's own errors come through the same funnel as
/// `YAMLParser`'s. Nothing else is checked: duplicate keys, nesting depth and alias
/// expansion are the handler's business.
public enum YAMLEventReader {
    public enum Kind: Sendable, Hashable {
        case documentStart, documentEnd
        case mappingStart, mappingEnd
        case sequenceStart, sequenceEnd
        case scalar
        case alias
    }

    /// What the handler wants next.
    public enum Next: Sendable {
        case proceed
        case stop
    }

    /// One event. It cannot be copied out of the handler, and `bytes` points into libyaml's
    /// event, so it is valid only during the call: copy what you keep.
    public struct Event: ~Copyable {
        public let kind: Kind
        /// The scalar's UTF-8 text (empty for every other kind). Valid only during the call.
        public let bytes: UnsafeRawBufferPointer
        /// The scalar's style (`.plain` for every other kind).
        public let style: Node.Scalar.Style
        /// Whether the node has an explicit tag (`!!str`, `!local`, `!`).
        public let hasTag: Bool
        /// Whether the node has an anchor (`&name`). Aliases report the alias kind instead.
        public let hasAnchor: Bool
        /// Where the event starts (1-based line and column).
        public let mark: Mark

        /// The scalar's text as a `String`.
        public var string: String { String(decoding: bytes, as: UTF8.self) }

        /// Whether the scalar's text is exactly `text` (byte for byte).
        public func equals(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard bytes.count == count else { return false }
            let expected = text.utf8Start
            for i in 0..<count where bytes[i] != expected[i] { return false }
            return true
        }

        /// A plain scalar that reads as null (`~`, `null`, `Null`, `NULL` or nothing).
        public var isPlainNull: Bool {
            kind == .scalar && style == .plain && ResolvedScalar.plainIsNull(bytes)
        }

        /// What the scalar means, as `Node.resolved` gives it for an untagged scalar of this
        /// style and text: quoted and block scalars are strings, plain ones are resolved.
        /// The tag, if any, is not taken into account (see `hasTag`).
        public var resolved: ResolvedScalar {
            style == .plain ? ResolvedScalar.plain(bytes) : .string(string)
        }

        /// The kind of `resolved`, without making a `String` for strings.
        public var resolvedKind: ResolvedScalar.Kind {
            style == .plain ? ResolvedScalar.plainKind(bytes) : .string
        }
    }

    /// Runs libyaml over `bytes`, calling `handle` for every event until the stream ends or
    /// the handler returns `.stop`. Returns true when the whole stream was read.
    @discardableResult
    public static func read(_ bytes: [UInt8], _ handle: (borrowing Event) -> Next) throws(YAMLError) -> Bool {
        let result: Result<Bool, YAMLError> = bytes.withUnsafeBytes { buffer in
            do throws(YAMLError) {
                return .success(try read(buffer, handle))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Runs libyaml over `buffer`, which must stay valid and unchanged during the call.
    @discardableResult
    public static func read(_ buffer: UnsafeRawBufferPointer, _ handle: (borrowing Event) -> Next) throws(YAMLError) -> Bool {
        if !UTF8Check.isValid(buffer) {
            // Positioned error from the reference check.
            try UTF8Check.validate(Array(buffer))
        }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError("could not initialise the YAML parser", at: .start)
        }
        defer { yaml_parser_delete(&parser) }
        // An empty buffer may have no base address; libyaml wants a pointer all the same.
        let input = buffer.baseAddress?.assumingMemoryBound(to: UInt8.self) ?? UnsafePointer(emptyInput)
        do {
            // A UTF-8 byte order mark is skipped here: with the encoding set, libyaml would read
            // it as content.
            let skip = UTF8Check.byteOrderMarkLength(UnsafeBufferPointer(start: input, count: buffer.count))
            yaml_parser_set_input_string(&parser, input + skip, buffer.count - skip)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    throw LibYAMLEvents.error(of: parser)
                }
                defer { yaml_event_delete(&event) }
                let mark = Mark(line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                let view: Event
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return true
                case YAML_DOCUMENT_START_EVENT:
                    view = Event(.documentStart, mark: mark)
                case YAML_DOCUMENT_END_EVENT:
                    view = Event(.documentEnd, mark: mark)
                case YAML_ALIAS_EVENT:
                    view = Event(.alias, mark: mark)
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    view = Event(.scalar, bytes: UnsafeRawBufferPointer(start: s.value, count: s.length),
                                 style: LibYAMLEvents.style(s.style), hasTag: s.tag != nil, hasAnchor: s.anchor != nil,
                                 mark: mark)
                case YAML_SEQUENCE_START_EVENT:
                    let s = event.data.sequence_start
                    view = Event(.sequenceStart, hasTag: s.tag != nil, hasAnchor: s.anchor != nil, mark: mark)
                case YAML_SEQUENCE_END_EVENT:
                    view = Event(.sequenceEnd, mark: mark)
                case YAML_MAPPING_START_EVENT:
                    let m = event.data.mapping_start
                    view = Event(.mappingStart, hasTag: m.tag != nil, hasAnchor: m.anchor != nil, mark: mark)
                case YAML_MAPPING_END_EVENT:
                    view = Event(.mappingEnd, mark: mark)
                default:
                    continue
                }
                if handle(view) == .stop { return false }
            }
        }
    }
}

/// A valid address for empty input (never written).
nonisolated(unsafe) private let emptyInput = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)

extension YAMLEventReader.Event {
    init(_ kind: YAMLEventReader.Kind, bytes: UnsafeRawBufferPointer = UnsafeRawBufferPointer(start: nil, count: 0),
         style: Node.Scalar.Style = .plain, hasTag: Bool = false, hasAnchor: Bool = false, mark: Mark) {
        self.kind = kind
        self.bytes = bytes
        self.style = style
        self.hasTag = hasTag
        self.hasAnchor = hasAnchor
        self.mark = mark
    }
}
