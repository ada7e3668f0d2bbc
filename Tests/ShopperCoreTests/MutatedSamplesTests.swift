import Foundation
import Testing
import YAMLKit
@testable import ShopperCore

/// Every sample scenario, broken one line at a time in many ways, must give diagnostics,
/// never a crash: the decoders meet whatever an author (or a merge) leaves in a file.
@Suite struct MutatedSamplesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let replacements = ["[]", "{}", "-1", "99999999999999999999", "\"\"", "~", "yes", "1.5", "'x: y'",
                               "[1, {a: b}]", "*a", "!!binary AAAA", "0x7FFFFFFFFFFFFFFF"]

    /// Variants of the text: each chosen line deleted, or its value replaced by each of the
    /// replacements. `stride` picks every n-th line, to keep the debug-build test quick.
    func mutations(of text: String, stride: Int = 1) -> [String] {
        let lines = text.components(separatedBy: "\n")
        var result: [String] = []
        for (i, line) in lines.enumerated() where i % stride == 0 {
            var deleted = lines
            deleted.remove(at: i)
            result.append(deleted.joined(separator: "\n"))
            guard let colon = line.range(of: ": ") else { continue }
            for replacement in Self.replacements {
                var changed = lines
                changed[i] = String(line[..<colon.upperBound]) + replacement
                result.append(changed.joined(separator: "\n"))
            }
        }
        return result
    }

    @Test func brokenSamplesGiveDiagnosticsNotCrashes() throws {
        let folder = Self.root.appendingPathComponent("scenarios")
        let registryText = try String(contentsOf: folder.appendingPathComponent("touchpoints.yaml"), encoding: .utf8)
        let registry = TouchpointsDecoder.decode(try #require(try YAMLParser().parse(registryText))).0
        var decoded = 0, rejected = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        where name.hasSuffix(".yaml") && name != "touchpoints.yaml" {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for variant in mutations(of: text, stride: 5) {
                switch SourceFile.parse(bytes: Array(variant.utf8)) {
                case .failure(let d):
                    #expect(d.mark.line >= 1)
                    rejected += 1
                case .success(let node):
                    let (scenario, diagnostics) = ScenarioDecoder.decode(node, registry: registry)
                    #expect((scenario == nil) == diagnostics.hasErrors)
                    #expect(diagnostics.allSatisfy { $0.mark.line >= 1 && $0.mark.column >= 1 })
                    if scenario == nil { rejected += 1 }
                    decoded += 1
                }
            }
        }
        #expect(decoded > 500)
        #expect(rejected > 500)
    }

    @Test func brokenRunFilesGiveDiagnosticsNotCrashes() throws {
        let folder = Self.root.appendingPathComponent("reports/runs/bus-tickets-prague")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().first)
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        var rejected = 0
        for variant in mutations(of: text, stride: 3) {
            if case .success(let node) = SourceFile.parse(bytes: Array(variant.utf8)) {
                let (run, diagnostics) = RunDecoder.decode(node)
                #expect((run == nil) == diagnostics.hasErrors)
                if run == nil { rejected += 1 }
            } else {
                rejected += 1
            }
        }
        #expect(rejected > 50)
    }
}
