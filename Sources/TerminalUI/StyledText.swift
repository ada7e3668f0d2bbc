import ShopperCore

/// Text made of styled spans. Rendering is pure: escapes appear only in `render(colour: true)`.
/// Span text is written as given: sanitize untrusted text first (`Screen` does this for frames).
public struct StyledText: Sendable, Hashable, ExpressibleByStringLiteral {
    public struct Span: Sendable, Hashable {
        public var text: String
        public var style: Style

        public init(_ text: String, style: Style = .plain) {
            self.text = text
            self.style = style
        }
    }

    /// Non-empty spans; neighbours never share a style.
    public private(set) var spans: [Span] = []

    public init() {}

    public init(_ text: String, style: Style = .plain) {
        append(text, style: style)
    }

    public init(spans: [Span]) {
        for span in spans { append(span.text, style: span.style) }
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    public mutating func append(_ text: String, style: Style = .plain) {
        guard !text.isEmpty else { return }
        if let last = spans.indices.last, spans[last].style == style {
            spans[last].text += text
        } else {
            spans.append(Span(text, style: style))
        }
    }

    public mutating func append(_ other: StyledText) {
        for span in other.spans { append(span.text, style: span.style) }
    }

    public static func + (lhs: StyledText, rhs: StyledText) -> StyledText {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// The text without any styling.
    public var plainText: String { spans.map(\.text).joined() }

    /// Display width in terminal columns.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.width(of: $1.text) } }

    /// The text with SGR escapes around each styled span when `colour` is true (each styled span
    /// ends with a reset), or the plain text when it is false.
    public func render(colour: Bool) -> String {
        guard colour else { return plainText }
        var result = ""
        for span in spans {
            if span.style.isPlain {
                result += span.text
            } else {
                result += span.style.sgr + span.text + ANSI.resetStyle
            }
        }
        return result
    }

    /// At most `width` columns; when cut, ends with `ellipsis` in the style of the cut span.
    public func truncated(to width: Int, ellipsis: String = "…") -> StyledText {
        guard self.width > width else { return self }
        guard width > 0 else { return StyledText() }
        let ellipsisWidth = DisplayWidth.width(of: ellipsis)
        let useEllipsis = ellipsisWidth <= width
        var budget = useEllipsis ? width - ellipsisWidth : width
        var result = StyledText()
        for span in spans {
            let spanWidth = DisplayWidth.width(of: span.text)
            if spanWidth <= budget {
                result.append(span.text, style: span.style)
                budget -= spanWidth
                continue
            }
            result.append(TextWrap.prefix(of: span.text, fitting: budget), style: span.style)
            if useEllipsis { result.append(ellipsis, style: span.style) }
            break
        }
        return result
    }

    /// Filled with plain spaces on the right to `width` columns (unchanged when already wider).
    public func padded(to width: Int) -> StyledText {
        var result = self
        let missing = width - self.width
        if missing > 0 { result.append(String(repeating: " ", count: missing)) }
        return result
    }

    /// Each span's text passed through `transform` (e.g. a `Sanitizer`), styles kept.
    public func mapText(_ transform: (String) -> String) -> StyledText {
        StyledText(spans: spans.map { Span(transform($0.text), style: $0.style) })
    }
}
