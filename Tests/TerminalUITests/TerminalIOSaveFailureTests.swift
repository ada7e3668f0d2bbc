import Foundation
import Runner
import ShopperCore
import Testing
import TerminalUI
#if canImport(Glibc)
import Glibc
#endif

/// A save that fails in full screen: the reason and the r/q question appear on the screen, the
/// note typed is kept, and `r` saves it once the disk has room again.
@Suite struct TerminalIOSaveFailureTests {
    /// Fails the first write whose text contains `marker`, as a disk that is full just then.
    final class FullOnce: @unchecked Sendable {
        let marker: String
        private let lock = NSLock()
        private var failed = false
        init(_ marker: String) { self.marker = marker }

        func store(root: String) -> RunStore {
            RunStore(root: root) { [self] bytes, path throws(AtomicFile.WriteError) in
                let fail = lock.withLock { () -> Bool in
                    guard !failed, String(decoding: bytes, as: UTF8.self).contains(marker) else { return false }
                    failed = true
                    return true
                }
                if fail { throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(ENOSPC))) }
                try AtomicFile.write(bytes, to: path)
            }
        }
    }

    @Test func aFailedSaveAsksOnTheScreenAndRetryKeepsTheNote() throws {
        let root = NSTemporaryDirectory() + "terminal-save-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let store = FullOnce("the page froze").store(root: root)
        let terminal = FakeTerminal()
        for keys in ["\r", "\r", "n", "the page froze\r", "r\r", "q"] { terminal.type(keys) }
        let clock = FakeClock()
        let io = TerminalIO(terminal: terminal, clock: clock, strings: Strings(.en), colour: false, defersTermination: false)
        let session = Session(scenario: TerminalIOFixtures.scenario, store: store, clock: clock, io: io, strings: Strings(.en))
        let outcome = try io.run { try session.run(Session.Options(tester: "Ann")) }
        #expect(outcome.ending == .quit)
        let path = try #require(outcome.path)
        #expect(io.state.log.contains("The run could not be saved: cannot write \(path): No space left on device."), "\(io.state.log)")
        #expect(io.state.log.contains { $0.hasPrefix("r: try again · q: quit (\(path) keeps the run as last saved") && $0.hasSuffix("[r/q]: r") })
        let run = try store.load(path: path).get()
        #expect(run.record(for: "find")?.notes.map(\.text) == ["the page froze"])
    }
}
