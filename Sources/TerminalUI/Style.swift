/// Text attributes for a span of `StyledText`. Turned into SGR escapes only when rendered with
/// colour allowed.
public struct Style: Sendable, Hashable {
    public var bold: Bool
    public var dim: Bool
    public var underline: Bool
    public var reverse: Bool
    public var foreground: Colour?

    public init(
        bold: Bool = false, dim: Bool = false, underline: Bool = false, reverse: Bool = false,
        foreground: Colour? = nil
    ) {
        self.bold = bold
        self.dim = dim
        self.underline = underline
        self.reverse = reverse
        self.foreground = foreground
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let underline = Style(underline: true)
    public static let reverse = Style(reverse: true)

    /// A style with only a foreground colour.
    public static func foreground(_ colour: Colour) -> Style {
        Style(foreground: colour)
    }

    /// This style with the foreground colour replaced.
    public func foreground(_ colour: Colour?) -> Style {
        var copy = self
        copy.foreground = colour
        return copy
    }

    /// This style made bold as well.
    public func bolded() -> Style {
        var copy = self
        copy.bold = true
        return copy
    }

    public var isPlain: Bool { self == .plain }

    /// SGR parameters in a fixed order: attributes, then colour.
    var sgrParameters: [Int] {
        var parameters: [Int] = []
        if bold { parameters.append(1) }
        if dim { parameters.append(2) }
        if underline { parameters.append(4) }
        if reverse { parameters.append(7) }
        if let foreground { parameters.append(foreground.sgrForeground) }
        return parameters
    }

    /// The escape that switches this style on, e.g. "\u{1B}[1;31m"; empty for `.plain`.
    var sgr: String {
        let parameters = sgrParameters
        guard !parameters.isEmpty else { return "" }
        return "\u{1B}[" + parameters.map(String.init).joined(separator: ";") + "m"
    }
}
