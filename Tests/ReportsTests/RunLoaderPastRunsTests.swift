import Foundation
import Reports
import ShopperCore
import Testing

/// `shopper run` reads past runs through the streaming summariser: it must keep exactly what
/// decoding every file in full keeps.
@Suite struct RunLoaderPastRunsTests {
    @Test func pastRunsMatchTheFullDecoderOnTheSampleHistoryInSmallSlices() throws {
        let root = "\(RunSummaryReaderTests.repository)/reports/runs"
        let store = RunStore(root: root)
        let scenarios = RunSummaryReaderTests.workspace.scenarios
        for id in try FileManager.default.contentsOfDirectory(atPath: root).sorted() {
            let full = PastRun.all(in: store, scenario: id)
            let fast = RunLoader(scenarios: scenarios).pastRuns(in: store, scenario: id, slice: 7)
            #expect(!full.isEmpty)
            #expect(fast == full, "scenario \(id)")
            #expect(full.contains { !$0.steps.isEmpty }, "the sample history has barriers in \(id)")
        }
    }

    @Test func aFileThatDoesNotReadIsLeftOutAsTheFullDecoderLeavesItOut() throws {
        let root = NSTemporaryDirectory() + "past-runs-" + UUID().uuidString
        let store = RunStore(root: root)
        try FileManager.default.createDirectory(atPath: "\(root)/s", withIntermediateDirectories: true)
        try Data("run: [broken\n".utf8).write(to: URL(fileURLWithPath: "\(root)/s/20260101T000000Z-x.yaml"))
        #expect(RunLoader().pastRuns(in: store, scenario: "s").isEmpty)
        #expect(PastRun.all(in: store, scenario: "s").isEmpty)
    }
}
