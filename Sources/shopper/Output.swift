import ArgumentParser
import Foundation
import ShopperCore

/// The one place the executable writes text.
enum Output {
    enum Stream { case standardOutput, standardError }

    static func line(_ text: String, to stream: Stream = .standardOutput) {
        write(text + "\n", to: stream)
    }

    static func write(_ text: String, to stream: Stream = .standardOutput) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }

    /// `text` to the file `path` (atomically, then "wrote PATH" on standard error), or to standard
    /// output when there is no path. A failed write is an error naming why, exit status 1.
    static func deliver(_ text: String, toFile path: String?) throws {
        guard let path else { return write(text) }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            line("error: \(error)", to: .standardError)
            throw ExitCode(1)
        }
        line("wrote \(path)", to: .standardError)
    }
}
