internal import CLibYAML

/// The one owner of a `yaml_parser_t`: runs libyaml over a byte buffer and hands each event,
/// converted to Swift values, to a callback. Every event is freed however the loop exits.
enum LibYAMLEvents {
    enum Event {
        case documentStart(Mark)
        case documentEnd
        case alias(anchor: String, mark: Mark)
        case scalar(value: String, anchor: String?, tag: String?, style: Node.Scalar.Style, mark: Mark)
        case sequenceStart(anchor: String?, tag: String?, mark: Mark)
        case sequenceEnd
        case mappingStart(anchor: String?, tag: String?, mark: Mark)
        case mappingEnd
    }

    /// Where an event lies in the text: libyaml's start and end marks (1-based; the end is just
    /// past the event's text), and whether a collection is in flow style (`[…]`, `{…}`).
    struct Extent {
        var start: Mark
        var end: Mark
        var flow: Bool
    }

    static func scan(_ bytes: [UInt8], _ handle: (Event) throws(YAMLError) -> Void) throws(YAMLError) {
        try scan(bytes) { (event: Event, _: Extent) throws(YAMLError) in try handle(event) }
    }

    static func scan(_ bytes: [UInt8], _ handle: (Event, Extent) throws(YAMLError) -> Void) throws(YAMLError) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw YAMLError("could not initialise the YAML parser", at: .start)
        }
        defer { yaml_parser_delete(&parser) }
        let result: Result<Void, YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            // A UTF-8 byte order mark is skipped here: with the encoding set, libyaml would read
            // it as content.
            let skip = UTF8Check.byteOrderMarkLength(buffer)
            yaml_parser_set_input_string(&parser, buffer.baseAddress.map { $0 + skip }, buffer.count - skip)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    return .failure(error(of: parser))
                }
                defer { yaml_event_delete(&event) }
                let converted: Event?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return .success(())
                case YAML_DOCUMENT_START_EVENT:
                    converted = .documentStart(mark(event.start_mark))
                case YAML_DOCUMENT_END_EVENT:
                    converted = .documentEnd
                case YAML_ALIAS_EVENT:
                    converted = .alias(anchor: string(event.data.alias.anchor) ?? "", mark: mark(event.start_mark))
                case YAML_SCALAR_EVENT:
                    let s = event.data.scalar
                    let value = s.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: s.length), as: UTF8.self) } ?? ""
                    converted = .scalar(value: value, anchor: string(s.anchor), tag: string(s.tag),
                                        style: style(s.style), mark: mark(event.start_mark))
                case YAML_SEQUENCE_START_EVENT:
                    let s = event.data.sequence_start
                    converted = .sequenceStart(anchor: string(s.anchor), tag: string(s.tag), mark: mark(event.start_mark))
                case YAML_SEQUENCE_END_EVENT:
                    converted = .sequenceEnd
                case YAML_MAPPING_START_EVENT:
                    let m = event.data.mapping_start
                    converted = .mappingStart(anchor: string(m.anchor), tag: string(m.tag), mark: mark(event.start_mark))
                case YAML_MAPPING_END_EVENT:
                    converted = .mappingEnd
                default:
                    converted = nil
                }
                if let converted {
                    let flow = (event.type == YAML_SEQUENCE_START_EVENT && event.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE)
                        || (event.type == YAML_MAPPING_START_EVENT && event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE)
                    let extent = Extent(start: mark(event.start_mark), end: mark(event.end_mark), flow: flow)
                    do throws(YAMLError) {
                        try handle(converted, extent)
                    } catch {
                        return .failure(error)
                    }
                }
            }
        }
        try result.get()
    }

    /// The funnel from libyaml's error state to a positioned `YAMLError`.
    static func error(of parser: yaml_parser_t) -> YAMLError {
        let problem = string(parser.problem) ?? "unknown YAML error"
        var message = problem
        if let context = string(parser.context) {
            message = "\(problem) \(context)"
        }
        var at = mark(parser.problem_mark)
        if parser.error == YAML_READER_ERROR {
            // The reader reports a byte offset only; the input was checked as UTF-8 before,
            // so this is rare (e.g. a control character). Point at the start of the input.
            at = .start
            if parser.problem_value != -1 {
                message += " (byte 0x\(String(parser.problem_value, radix: 16, uppercase: true)) at offset \(parser.problem_offset))"
            }
        }
        var notes: [YAMLError.Note] = []
        if parser.context != nil, parser.context_mark.line != parser.problem_mark.line || parser.context_mark.column != parser.problem_mark.column {
            notes.append(.init(message: string(parser.context) ?? "", mark: mark(parser.context_mark)))
            message = problem
        }
        message += hint(problem: problem, context: string(parser.context))
        if !message.contains(tabHint), parser.error != YAML_READER_ERROR,
           character(at: Int(parser.problem_mark.index), from: parser.input.string.start, to: parser.input.string.end) == 0x09 {
            message += tabHint
        }
        return YAMLError(message, at: at, notes: notes)
    }

    static let tabHint = "; YAML indents with spaces only: replace the tab with spaces"

    /// The first byte of the `index`th character (code point) of the input, if it is there.
    static func character(at index: Int, from start: UnsafePointer<UInt8>?, to end: UnsafePointer<UInt8>?) -> UInt8? {
        guard let start, let end, index >= 0 else { return nil }
        var p = start
        var seen = -1
        while p < end {
            if p.pointee & 0xC0 != 0x80 {
                seen += 1
                if seen == index { return p.pointee }
            }
            p += 1
        }
        return nil
    }

    /// What usually causes libyaml's terser problems in a hand-written file, as `; ...` to append
    /// (empty when there is nothing useful to add).
    static func hint(problem: String, context: String?) -> String {
        switch problem {
        case "found a tab character where an indentation space is expected", "found a tab character that violates indentation":
            return tabHint
        case "mapping values are not allowed in this context":
            return "; check the indentation, or quote a value that contains ': '"
        case "did not find expected key" where context == nil || context == "while parsing a block mapping",
             "did not find expected '-' indicator":
            // Either a key or a list item out of line with its siblings.
            return "; check the indentation: the keys of one mapping, and the '- ' of the items of one list, each start in the same column"
        case "could not find expected ':'" where context == "while scanning a simple key":
            return "; check the indentation, or write the line as 'key: value'"
        default:
            return ""
        }
    }

    static func mark(_ m: yaml_mark_t) -> Mark {
        Mark(line: Int(m.line) + 1, column: Int(m.column) + 1)
    }

    static func string(_ p: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    static func string(_ p: UnsafePointer<CChar>?) -> String? {
        guard let p else { return nil }
        return String(cString: p)
    }

    static func style(_ s: yaml_scalar_style_t) -> Node.Scalar.Style {
        switch s {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
