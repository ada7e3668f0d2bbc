/// A problem found while reading or writing YAML, with the position it concerns.
public struct YAMLError: Error, Sendable, Hashable, CustomStringConvertible {
    public struct Note: Sendable, Hashable {
        public var message: String
        public var mark: Mark
        public init(message: String, mark: Mark) {
            self.message = message
            self.mark = mark
        }
    }

    public var message: String
    public var mark: Mark
    public var notes: [Note]

    public init(_ message: String, at mark: Mark, notes: [Note] = []) {
        self.message = message
        self.mark = mark
        self.notes = notes
    }

    public var description: String { "\(mark): \(message)" }
}
