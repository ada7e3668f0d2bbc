/// The escape sequences TerminalUI writes. Nothing else in the module spells out ESC codes.
enum ANSI {
    static let resetStyle = "\u{1B}[0m"
    static let hideCursor = "\u{1B}[?25l"
    static let showCursor = "\u{1B}[?25h"
    static let enterAlternateScreen = "\u{1B}[?1049h"
    static let leaveAlternateScreen = "\u{1B}[?1049l"
    static let home = "\u{1B}[H"
    static let clearLine = "\u{1B}[2K"
    static let clearBelow = "\u{1B}[J"
    /// Moves the cursor to a 1-based row and column.
    static func moveTo(row: Int, column: Int) -> String { "\u{1B}[\(max(1, row));\(max(1, column))H" }
}
