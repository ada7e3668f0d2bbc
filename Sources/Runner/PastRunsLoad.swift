import Dispatch
import ShopperCore

/// The scenario's past runs, read on a background thread from the moment a session starts, so
/// the first screen shows at once however many runs there are. The first question that needs
/// them (the offer to resume, the barrier menu) waits for the read to end.
final class PastRunsLoad: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once before `group.leave()`, read only after `group.wait()`.
    private var loaded: [PastRun]

    /// Runs `read` on a background thread.
    init(_ read: @escaping @Sendable () -> [PastRun]) {
        loaded = []
        group.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            self.loaded = read()
            self.group.leave()
        }
    }

    /// Already read.
    init(ready runs: [PastRun]) {
        loaded = runs
    }

    /// The runs; waits for the read when it has not ended yet.
    var runs: [PastRun] {
        group.wait()
        return loaded
    }
}
