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
    /// output when there is no path. A symbolic link is written through to its file; a missing
    /// folder, or a target that is not a regular file (a FIFO, a device, a folder), is an error
    /// `error: --output: …` naming why, exit status 1, and nothing is written.
    static func deliver(_ text: String, toFile path: String?) throws {
        guard let path else { return write(text) }
        do {
            try AtomicFile.write(text, to: path, makingFolders: false)
        } catch {
            line("error: --output: \(error)\(error.reason.contains("not a regular file") ? " (leave out --output to write to standard output)" : "")",
                 to: .standardError)
            throw ExitCode(1)
        }
        line("wrote \(path)", to: .standardError)
    }
}
