/// One key press decoded from terminal input by `KeyDecoder`.
public enum Key: Sendable, Hashable {
    /// Return: CR or LF (a LF right after a CR is the same press).
    case enter
    /// A printable character, decoded from UTF-8 (e.g. "ы", "日").
    case char(Character)
    /// DEL (0x7F) or BS (0x08).
    case backspace
    case tab
    /// ESC on its own (reported by `KeyDecoder.flush()` once no sequence follows).
    case escape
    /// 0x03; arrives as a key because raw mode turns ISIG off.
    case ctrlC
    /// 0x04.
    case ctrlD
    /// 0x1A; raw mode turns ISIG off, so suspending is up to the caller (`TerminalGuard.suspend()`).
    case ctrlZ
    case up, down, left, right
    /// Anything else: other control bytes, unknown escape sequences, invalid UTF-8.
    case other
}
