/// The foreground colours the UI uses (the basic ANSI palette, plus bright black as gray).
public enum Colour: String, Sendable, Hashable, CaseIterable {
    case red, green, yellow, blue, magenta, cyan, gray

    /// The SGR parameter selecting this colour as foreground.
    var sgrForeground: Int {
        switch self {
        case .red: 31
        case .green: 32
        case .yellow: 33
        case .blue: 34
        case .magenta: 35
        case .cyan: 36
        case .gray: 90
        }
    }
}
