internal import CLibYAML

/// Writes `Node` trees as YAML text through libyaml's emitter, keeping Unicode readable.
public struct YAMLEmitter: Sendable {
    /// Preferred line width; longer plain and quoted scalars are folded by libyaml.
    public var width: Int
    public var indent: Int

    public init(width: Int = 100, indent: Int = 2) {
        self.width = width
        self.indent = indent
    }

    public func emit(_ node: Node) throws(YAMLError) -> String {
        let sink = Sink()
        var emitter = yaml_emitter_t()
        guard yaml_emitter_initialize(&emitter) == 1 else {
            throw YAMLError("could not initialise the YAML emitter", at: .start)
        }
        defer { yaml_emitter_delete(&emitter) }
        yaml_emitter_set_unicode(&emitter, 1)
        yaml_emitter_set_width(&emitter, Int32(width))
        yaml_emitter_set_indent(&emitter, Int32(indent))
        yaml_emitter_set_break(&emitter, YAML_LN_BREAK)
        let box = Unmanaged.passUnretained(sink).toOpaque()
        yaml_emitter_set_output(&emitter, { data, buffer, size in
            guard let data, let buffer else { return 0 }
            let sink = Unmanaged<Sink>.fromOpaque(data).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer, count: size))
            return 1
        }, box)

        var event = yaml_event_t()
        func send(_ ok: Int32) throws(YAMLError) {
            guard ok == 1, yaml_emitter_emit(&emitter, &event) == 1 else {
                let problem = emitter.problem.map { String(cString: $0) } ?? "unknown emitter error"
                throw YAMLError("cannot write YAML: \(problem)", at: .start)
            }
        }
        try send(yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING))
        try send(yaml_document_start_event_initialize(&event, nil, nil, nil, 1))
        // An explicit stack instead of recursion, so deep trees cannot exhaust the call stack.
        var work: [Step] = [.node(node)]
        while let step = work.popLast() {
            switch step {
            case .end(isMapping: true):
                try send(yaml_mapping_end_event_initialize(&event))
            case .end(isMapping: false):
                try send(yaml_sequence_end_event_initialize(&event))
            case .node(let n):
                let tag = n.tag
                switch n.content {
                case .scalar(var s):
                    // An empty plain scalar means null; libyaml would quote it into an empty string.
                    if s.style == .plain, s.value.isEmpty, tag == nil { s.value = "null" }
                    // A plain text that shopper reads as a string but another YAML reader would not
                    // (`10:48`, `on`, `2026-11-23`…) is quoted; plain values meant as numbers, booleans
                    // or null stay plain.
                    if s.style == .plain, tag == nil, case .string = Node.resolvePlain(s.value, tag: nil),
                       Node.needsQuoting(s.value) {
                        s.style = .doubleQuoted
                    }
                    let implicit: Int32 = tag == nil ? 1 : 0
                    try withOptionalCString(tag) { tagPtr throws(YAMLError) in
                        var value = Array(s.value.utf8)
                        try send(value.withUnsafeMutableBufferPointer { v in
                            yaml_scalar_event_initialize(&event, nil, tagPtr, v.baseAddress, Int32(v.count),
                                                         implicit, implicit, Self.style(s))
                        })
                    }
                case .sequence(let items):
                    try withOptionalCString(tag) { tagPtr throws(YAMLError) in
                        try send(yaml_sequence_start_event_initialize(&event, nil, tagPtr, tag == nil ? 1 : 0,
                                                                      items.isEmpty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE))
                    }
                    work.append(.end(isMapping: false))
                    for item in items.reversed() { work.append(.node(item)) }
                case .mapping(let pairs):
                    try withOptionalCString(tag) { tagPtr throws(YAMLError) in
                        try send(yaml_mapping_start_event_initialize(&event, nil, tagPtr, tag == nil ? 1 : 0,
                                                                     pairs.isEmpty ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE))
                    }
                    work.append(.end(isMapping: true))
                    for pair in pairs.reversed() {
                        work.append(.node(pair.value))
                        work.append(.node(pair.key))
                    }
                }
            }
        }
        try send(yaml_document_end_event_initialize(&event, 1))
        try send(yaml_stream_end_event_initialize(&event))
        let text = String(decoding: sink.bytes, as: UTF8.self)
        return Self.unescapingSupplementaryCharacters(text, writtenFrom: node)
    }

    /// libyaml 0.2.5 treats every character outside the Basic Multilingual Plane (emoji among
    /// them) as unprintable and writes it as a `\UXXXXXXXX` escape in a double-quoted scalar.
    /// This writes such characters as themselves, and keeps the result only if it reads back
    /// to the same values; otherwise the escaped text stands.
    static func unescapingSupplementaryCharacters(_ text: String, writtenFrom node: Node) -> String {
        guard text.contains("\\U") else { return text }
        var out = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            guard c == "\\", i + 1 < scalars.count else {
                out.append(c)
                i += 1
                continue
            }
            if scalars[i + 1] == "U", i + 10 <= scalars.count,
               let code = UInt32(String(String.UnicodeScalarView(scalars[(i + 2)..<(i + 10)])), radix: 16),
               let scalar = Unicode.Scalar(code), isReadable(scalar) {
                out.append(scalar)
                i += 10
            } else {
                // Any other escape (`\\`, `\n`, `\x07`…) is kept as written.
                out.append(c)
                out.append(scalars[i + 1])
                i += 2
            }
        }
        let candidate = String(out)
        guard let back = try? YAMLParser().parse(candidate), back.hasSameValue(as: node) else { return text }
        return candidate
    }

    /// Characters worth showing as themselves: assigned, not controls, formats or private use.
    private static func isReadable(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x10000 else { return false }
        switch scalar.properties.generalCategory {
        case .control, .format, .privateUse, .unassigned, .surrogate: return false
        default: return true
        }
    }

    private enum Step {
        case node(Node)
        case end(isMapping: Bool)
    }

    private final class Sink {
        var bytes: [UInt8] = []
    }

    private static func style(_ s: Node.Scalar) -> yaml_scalar_style_t {
        switch s.style {
        case .plain:
            // Multi-line text reads best as a literal block.
            return s.value.contains("\n") ? YAML_LITERAL_SCALAR_STYLE : YAML_PLAIN_SCALAR_STYLE
        case .singleQuoted: return YAML_SINGLE_QUOTED_SCALAR_STYLE
        case .doubleQuoted: return s.value.contains("\n") ? YAML_LITERAL_SCALAR_STYLE : YAML_DOUBLE_QUOTED_SCALAR_STYLE
        case .literal: return YAML_LITERAL_SCALAR_STYLE
        case .folded: return YAML_FOLDED_SCALAR_STYLE
        }
    }
}

private func withOptionalCString<R>(_ s: String?, _ body: (UnsafeMutablePointer<yaml_char_t>?) throws(YAMLError) -> R) throws(YAMLError) -> R {
    guard let s else { return try body(nil) }
    var bytes = Array(s.utf8) + [0]
    return try bytes.withUnsafeMutableBufferPointer { (b) throws(YAMLError) -> R in try body(b.baseAddress) }
}
