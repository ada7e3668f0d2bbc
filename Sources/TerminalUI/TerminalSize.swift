/// A terminal's size in character cells.
public struct TerminalSize: Sendable, Hashable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// What to assume when the size cannot be read.
    public static let fallback = TerminalSize(columns: 80, rows: 24)
}
