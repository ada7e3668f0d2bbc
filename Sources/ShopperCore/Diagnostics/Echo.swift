/// How a diagnostic shows a value taken from a file: in single quotes, and when it is long only
/// its first characters, an ellipsis and its length, so that a value of several megabytes
/// still gives a one-line message.
public enum Echo {
    /// The most characters of a value a message shows.
    public static let shownCharacters = 40

    /// `'value'`, or `'first 40 characters…' (N characters)` for a longer value.
    public static func quoted(_ value: some StringProtocol) -> String {
        if value.utf8.count <= shownCharacters { return "'\(value)'" }
        guard let cut = value.index(value.startIndex, offsetBy: shownCharacters, limitedBy: value.endIndex),
              cut != value.endIndex
        else { return "'\(value)'" }
        return "'\(value[..<cut])…' (\(value.count) characters)"
    }
}
