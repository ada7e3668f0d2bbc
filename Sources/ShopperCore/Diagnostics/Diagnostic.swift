import YAMLKit

/// A problem in an input file, at a position, in the style of swiftc:
/// `PATH:LINE:COLUMN: error: message`, optionally followed by `note:` lines.
public struct Diagnostic: Error, Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning
    }

    public struct Note: Sendable, Hashable {
        public var message: String
        public var mark: Mark

        public init(_ message: String, at mark: Mark) {
            self.message = message
            self.mark = mark
        }
    }

    public var severity: Severity
    public var message: String
    public var mark: Mark
    public var notes: [Note]

    public init(_ severity: Severity = .error, _ message: String, at mark: Mark, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.mark = mark
        self.notes = notes
    }

    public init(_ error: YAMLError) {
        self.init(.error, error.message, at: error.mark, notes: error.notes.map { Note($0.message, at: $0.mark) })
    }

    /// The diagnostic and its notes as lines: `PATH:LINE:COLUMN: error: message`. Messages quote
    /// text from the file, so they are sanitised: one line each, no escape sequences.
    public func formatted(path: String) -> String {
        let clean = Sanitizer(keepNewlines: false)
        var lines = ["\(clean.sanitize(path)):\(mark.line):\(mark.column): \(severity.rawValue): \(clean.sanitize(message))"]
        for note in notes {
            lines.append("\(clean.sanitize(path)):\(note.mark.line):\(note.mark.column): note: \(clean.sanitize(note.message))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by position, the order they are shown in.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            a.element.mark == b.element.mark ? a.offset < b.offset : a.element.mark < b.element.mark
        }.map(\.element)
    }

    public var hasErrors: Bool {
        contains { $0.severity == .error }
    }
}
