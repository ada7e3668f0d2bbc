/// The outcome of one `Terminal.read(timeout:)`.
public enum TerminalInput: Sendable, Hashable {
    /// Bytes as read (feed them to a `KeyDecoder`).
    case bytes([UInt8])
    /// Nothing arrived in time.
    case timedOut
    /// The window size changed, or the process was continued after a suspend: redraw.
    case resized
    /// Input is closed.
    case endOfInput
}
