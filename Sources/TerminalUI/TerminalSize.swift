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

extension TerminalSize {
    /// The width to lay text out for: `COLUMNS` when it is a positive number, else the terminal's
    /// columns when there is a terminal, else 80; kept within 40…1000.
    public static func textColumns(columnsVariable: String?, terminalColumns: Int?) -> Int {
        let chosen = columnsVariable.flatMap { Int(String($0.filter { !$0.isWhitespace })) }.flatMap { $0 > 0 ? $0 : nil }
            ?? terminalColumns.flatMap { $0 > 0 ? $0 : nil } ?? fallback.columns
        return min(1000, max(40, chosen))
    }
}
