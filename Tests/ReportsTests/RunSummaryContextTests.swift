import Foundation
@testable import Reports
import ShopperCore
import Testing
import YAMLKit

/// The context values a summary keeps (`RunLoader.contextKeys`, for `--where` and `--by-segment`)
/// must be the same by the streaming fast path and by the full decoder, whatever the value.
@Suite struct RunSummaryContextTests {
    static func fast(_ bytes: [UInt8], keys: Set<String>) -> RunSummary? {
        var reader = RunSummaryReader()
        reader.contextKeys = keys
        return bytes.withUnsafeBytes { reader.summarise($0, path: "p.yaml", scenarios: RunSummaryReaderTests.workspace.scenarios) }
    }

    static func slow(_ bytes: [UInt8], keys: Set<String>) -> RunSummary? {
        guard case .success(let node) = SourceFile.parse(bytes: bytes) else { return nil }
        let scenarios = RunSummaryReaderTests.workspace.scenarios
        let reference = RunScenarioCheck.reference(of: node)
        let scales = AnswerScales(scenario: reference.flatMap { scenarios[$0.scenario] }, version: reference?.version ?? 1)
        guard let run = RunDecoder.decode(node, scales: scales).0 else { return nil }
        return RunSummary(run, path: "p.yaml", scenario: scenarios[run.scenario], contextKeys: keys)
    }

    /// The base run file with its `context:` block replaced.
    static func file(context: String) -> [UInt8] {
        Array(RunSummaryReaderTests.variant("context:\n  city: Berlin\n", context).utf8)
    }

    /// Context blocks with odd values, and the value of `v` the decoder gives (its scalar text).
    static let odd: [(block: String, value: String?)] = [
        ("context:\n  v: Berlin\n", "Berlin"),
        ("context:\n  v: 'single quoted'\n", "single quoted"),
        ("context:\n  v: \"double \\\"quoted\\\"\"\n", "double \"quoted\""),
        ("context:\n  v: 'it''s'\n", "it's"),
        ("context:\n  v: 5.2.0\n", "5.2.0"),
        ("context:\n  v: 5.10\n", "5.10"),
        ("context:\n  v: '5.10'\n", "5.10"),
        ("context:\n  v: 42\n", "42"),
        ("context:\n  v: 0x1F\n", "0x1F"),
        ("context:\n  v: 1e3\n", "1e3"),
        ("context:\n  v: yes\n", "yes"),
        ("context:\n  v: Москва, Тверская\n", "Москва, Тверская"),
        ("context:\n  v: \"Ёлки 😀\"\n", "Ёлки 😀"),
        ("context:\n  v: null\n", "null"),
        ("context:\n  v: ~\n", "~"),
        ("context:\n  v:\n", ""),
        ("context:\n  v: ''\n", ""),
        ("context:\n  v: \"\"\n", ""),
        ("context:\n  v: |\n    two\n    lines\n", "two\nlines\n"),
        ("context:\n  v: >-\n    folded\n    text\n", "folded text"),
        ("context: {v: flow, w: other}\n", "flow"),
        ("context:\n  'v': quoted key\n", "quoted key"),
        ("context:\n  w: only another key\n", nil),
        ("context: {}\n", nil),
        ("context:\n", nil),
    ]

    @Test(arguments: odd.indices)
    func keptContextValuesAreTheSameBothWays(_ index: Int) throws {
        let (block, value) = Self.odd[index]
        let bytes = Self.file(context: block)
        let slow = try #require(Self.slow(bytes, keys: ["v"]), "fixture \(index) should be valid")
        #expect(slow.context["v"] == value, "decoder's value for fixture \(index)")
        if let fast = Self.fast(bytes, keys: ["v"]) {
            #expect(fast == slow, "fixture \(index)")
            #expect(fast.context == slow.context)
        }
        // Keys not asked for are not kept, either way.
        #expect(Self.slow(bytes, keys: [])?.context.isEmpty == true)
        #expect(Self.fast(bytes, keys: [])?.context.isEmpty ?? true)
    }

    @Test func theLoaderKeepsTheSameContextBothWays() throws {
        var files: [String: [UInt8]] = [:]
        for (index, fixture) in Self.odd.enumerated() { files["odd-\(index)"] = Self.file(context: fixture.block) }
        let root = NSTemporaryDirectory() + "shopper-context-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: "\(root)/shop", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (name, bytes) in files { FileManager.default.createFile(atPath: "\(root)/shop/\(name).yaml", contents: Data(bytes)) }
        var loader = RunLoader(scenarios: RunSummaryReaderTests.workspace.scenarios, concurrency: 2)
        loader.contextKeys = ["v", "w"]
        let fast = loader.load(root: root)
        loader.fastPath = false
        let slow = loader.load(root: root)
        #expect(fast.problems.isEmpty)
        #expect(fast.runs.count == Self.odd.count)
        #expect(fast.runs == slow.runs)
        #expect(fast.runs.contains { $0.context["w"] == "only another key" })
    }

    @Test func generatedRunsKeepTheSameContextBothWays() throws {
        var g = RunSummaryReaderTests.Generator(state: 20_261_130)
        let keys: Set<String> = ["location", "device", "app_version", "city", "crew_size", "extra_key"]
        var withContext = 0
        for index in 0..<200 {
            let run = RunSummaryReaderTests.generatedRun(&g, index: index)
            let bytes = Array(try RunEncoder.yaml(run).utf8)
            let slow = try #require(Self.slow(bytes, keys: keys))
            let fast = try #require(Self.fast(bytes, keys: keys), "fast path did not take generated run \(index)")
            #expect(fast == slow, "generated run \(index)")
            // The value is the run's own, whatever it looks like.
            for (key, value) in run.context where keys.contains(key) { #expect(slow.context[key] == value) }
            if !slow.context.isEmpty { withContext += 1 }
        }
        #expect(withContext > 100)
    }

    @Test func theSampleHistoryKeepsTheSameLocationsAndVersionsBothWays() throws {
        let paths = RunStore(root: "\(RunSummaryReaderTests.repository)/reports/runs").files()
        let keys: Set<String> = ["location", "app_version", "device"]
        for path in paths {
            let bytes = try #require(FileManager.default.contents(atPath: path)).map { $0 }
            // A wait tried several times (`attempts:`) is left to the full path by design.
            if Self.fast(bytes, keys: keys) == nil, String(decoding: bytes, as: UTF8.self).contains("\n  attempts:\n") { continue }
            let fast = try #require(Self.fast(bytes, keys: keys), "fast path did not take \(path)")
            #expect(fast == Self.slow(bytes, keys: keys), "\(path)")
        }
    }
}
