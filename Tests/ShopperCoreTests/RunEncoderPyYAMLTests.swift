import Foundation
import ShopperCore
import TestSupport
import Testing
import YAMLKit

/// Run files as shopper writes them mean the same to a YAML 1.1 reader (PyYAML) as to shopper.
@Suite struct RunEncoderPyYAMLTests {
    @Test(.enabled(if: PyYAML.shouldRun, "PyYAML not found (python3 -c 'import yaml' fails): the YAML 1.1 read-back is not checked here"))
    func everySampleRunRewrittenReadsTheSameInPyYAML() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("reports/runs")
        let store = RunStore(root: root.path)
        var texts: [String] = []
        for path in store.files() {
            guard case .success(var run) = store.load(path: path) else { continue }
            // Context values a tester might type that YAML 1.1 reads as something else.
            run.context["arrival"] = "10:48"
            run.context["when"] = "2026-11-23"
            texts.append(try RunEncoder.yaml(run))
        }
        try #require(!texts.isEmpty)
        let shopper = try texts.map { PyYAML.canonical(try #require(try YAMLParser().parse($0))) }
        let python = try PyYAML.read(texts)
        #expect(python.count == texts.count)
        for (i, (mine, theirs)) in zip(shopper, python).enumerated() where mine != theirs {
            Issue.record("PyYAML reads differently:\n\(texts[i])")
        }
    }
}
