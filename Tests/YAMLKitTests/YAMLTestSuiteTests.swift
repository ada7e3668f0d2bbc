import Foundation
import Testing
@testable import YAMLKit

/// Runs the official YAML test suite through the parser. Its folder is `$YAML_TEST_SUITE`, by default
/// `../shared/yaml-test-suite` beside the repository. When it is not there the suite is skipped with a
/// note saying how to enable it, except under CI (`CI` set), where it is required and fails.
@Suite(.enabled(if: SuiteLocation.current.shouldRun, Comment(rawValue: SuiteLocation.current.skipNote)))
struct YAMLTestSuiteTests {
    /// Valid cases that libyaml 0.2.5 itself rejects (known libyaml deviations from YAML 1.2).
    static let libyamlRejectsValid: [String: String] = [
        "2LFX": "Spec Example 6.13. Reserved Directives [1.3]: libyaml says \"found unknown directive name\"",
        "2SXE": "Anchors With Colon in Name: libyaml says \"mapping values are not allowed in this context\"",
        "4MUZ/00": "Flow mapping colon on line after key: libyaml says \"did not find expected ',' or '}'\"",
        "4MUZ/01": "Flow mapping colon on line after key: libyaml says \"did not find expected ',' or '}'\"",
        "4MUZ/02": "Flow mapping colon on line after key: libyaml says \"did not find expected ',' or '}'\"",
        "58MP": "Flow mapping edge cases: libyaml says \"did not find expected node content while parsing a flow node\"",
        "5MUD": "Colon and adjacent value on next line: libyaml says \"did not find expected ',' or '}'\"",
        "5T43": "Colon at the beginning of adjacent flow scalar: libyaml says \"did not find expected node content while parsing a flow node\"",
        "6BCT": "Spec Example 6.3. Separation Spaces: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "6CA3": "Tab indented top flow: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "6LVF": "Spec Example 6.13. Reserved Directives: libyaml says \"found unknown directive name\"",
        "7Z25": "Bare document after document end marker: libyaml says \"did not find expected <document start>\"",
        "8XYN": "Anchor with unicode character: libyaml says \"did not find expected alphabetic or numeric character\"",
        "96NN/00": "Leading tab content in literals: libyaml says \"found a tab character where an indentation space is expected\"",
        "96NN/01": "Leading tab content in literals: libyaml says \"found a tab character where an indentation space is expected\"",
        "9SA2": "Multiline double quoted flow mapping key: libyaml says \"did not find expected ',' or '}'\"",
        "A2M4": "Spec Example 6.2. Indentation Indicators: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "BEC7": "Spec Example 6.14. “YAML” directive: libyaml says \"found incompatible YAML document\"",
        "DBG4": "Spec Example 7.10. Plain Characters: libyaml says \"did not find expected node content while parsing a flow node\"",
        "DK3J": "Zero indented block scalar with line that looks like a comment: libyaml says \"did not find expected <document start>\"",
        "DK95/00": "Tabs that look like indentation: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "DK95/03": "Tabs that look like indentation: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "DK95/04": "Tabs that look like indentation: libyaml says \"found a tab character that violates indentation\"",
        "FP8R": "Zero indented block scalar: libyaml says \"did not find expected <document start>\"",
        "HM87/00": "Scalars in flow start with syntax char: libyaml says \"did not find expected node content while parsing a flow node\"",
        "HWV9": "Document-end marker: libyaml says \"did not find expected node content while parsing a block node\"",
        "K3WX": "Colon and adjacent value after comment on next line: libyaml says \"did not find expected ',' or '}'\"",
        "M7A3": "Spec Example 9.3. Bare Documents: libyaml says \"did not find expected <document start>\"",
        "MUS6/05": "Directive variants: libyaml says \"found unknown directive name\"",
        "MUS6/06": "Directive variants: libyaml says \"found unknown directive name\"",
        "NJ66": "Multiline plain flow mapping key: libyaml says \"did not find expected ',' or '}'\"",
        "Q5MG": "Tab at beginning of line followed by a flow mapping: libyaml says \"found character that cannot start any token while scanning for the next token\"",
        "QT73": "Comment and document-end marker: libyaml says \"did not find expected node content while parsing a block node\"",
        "R4YG": "Spec Example 8.2. Block Indentation Indicator: libyaml says \"found a tab character where an indentation space is expected\"",
        "UT92": "Spec Example 9.4. Explicit Documents: libyaml says \"did not find expected ',' or '}'\"",
        "VJP3/01": "Flow collections over many lines: libyaml says \"did not find expected ',' or '}'\"",
        "W4TN": "Spec Example 9.5. Directives Documents: libyaml says \"could not find expected directive name\"",
        "W5VH": "Allowed characters in alias: libyaml says \"did not find expected alphabetic or numeric character\"",
        "Y79Y/001": "Tabs in various contexts: libyaml says \"found a tab character where an indentation space is expected\"",
        "Y79Y/010": "Tabs in various contexts: libyaml says \"found character that cannot start any token while scanning for the next token\"",
    ]
    /// Invalid cases that libyaml 0.2.5 accepts without an error.
    static let libyamlAcceptsInvalid: [String: String] = [
        "9C9N": "Wrong indented flow sequence: libyaml accepts it",
        "9HCY": "Need document footer before directives: libyaml accepts it",
        "9JBA": "Invalid comment after end of flow sequence: libyaml accepts it",
        "CVW2": "Invalid comment after comma: libyaml accepts it",
        "DK95/01": "Tabs that look like indentation: libyaml accepts it",
        "EB22": "Missing document-end marker before directive: libyaml accepts it",
        "G5U8": "Plain dashes in flow sequence: libyaml accepts it",
        "MUS6/00": "Directive variants: libyaml accepts it",
        "MUS6/01": "Directive variants: libyaml accepts it",
        "QB6E": "Wrong indented multiline quoted scalar: libyaml accepts it",
        "RHX7": "YAML directive without document end marker: libyaml accepts it",
        "S98Z": "Block scalar with more spaces than first content line: libyaml accepts it",
        "SU5Z": "Comment without whitespace after doublequoted scalar: libyaml accepts it",
        "X4QW": "Comment without whitespace after block scalar indicator: libyaml accepts it",
        "Y79Y/003": "Tabs in various contexts: libyaml accepts it",
        "YJV2": "Dash in flow sequence: libyaml accepts it",
    ]
    /// Valid cases that libyaml parses but whose value differs from in.json.
    static let libyamlDiffers: [String: String] = [
        "652Z": "Question mark at start of flow key: libyaml reads it differently",
        "HM87/01": "Scalars in flow start with syntax char: libyaml reads it differently",
        "JEF9/02": "Trailing whitespace in streams: libyaml reads it differently",
        "L24T/01": "Trailing line of spaces: libyaml reads it differently",
        "Y2GN": "Anchor with colon in the middle: libyaml reads it differently",
    ]

    static var suiteRoot: URL { SuiteLocation.current.root }


    struct Case: CustomStringConvertible {
        var id: String
        var folder: URL
        var description: String { id }
        var isError: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path) }
        var json: URL? {
            let url = folder.appendingPathComponent("in.json")
            return FileManager.default.fileExists(atPath: url.path) ? url : nil
        }
    }

    static func cases() -> [Case] {
        let fm = FileManager.default
        guard let top = try? fm.contentsOfDirectory(atPath: suiteRoot.path) else { return [] }
        var result: [Case] = []
        for name in top.sorted() where !name.hasPrefix(".") {
            let folder = suiteRoot.appendingPathComponent(name)
            if fm.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                result.append(Case(id: name, folder: folder))
            } else if let subs = try? fm.contentsOfDirectory(atPath: folder.path) {
                for sub in subs.sorted() where fm.fileExists(atPath: folder.appendingPathComponent("\(sub)/in.yaml").path) {
                    result.append(Case(id: "\(name)/\(sub)", folder: folder.appendingPathComponent(sub)))
                }
            }
        }
        return result
    }

    @Test func suiteIsPresent() {
        #expect(Self.cases().count > 300, "the YAML test suite was not found at \(Self.suiteRoot.path)")
    }

    @Test func validCasesLoadEqualToTheirJSON() throws {
        var failures: [String] = []
        var checked = 0
        for c in Self.cases() where !c.isError {
            guard let jsonURL = c.json else { continue }
            if Self.libyamlRejectsValid[c.id] != nil || Self.libyamlDiffers[c.id] != nil { continue }
            let bytes = try [UInt8](Data(contentsOf: c.folder.appendingPathComponent("in.yaml")))
            let expected = try JSONValue.parseStream(String(decoding: try Data(contentsOf: jsonURL), as: UTF8.self))
            do {
                let documents = try YAMLParser().parseAll(bytes: bytes)
                let actual = documents.map(Self.json)
                if actual != expected { failures.append("\(c.id): loaded \(actual), expected \(expected)") }
            } catch {
                failures.append("\(c.id): rejected: \(error)")
            }
            checked += 1
        }
        #expect(checked > 200)
        #expect(failures.isEmpty, "\(failures.count) cases:\n\(failures.joined(separator: "\n"))")
    }

    @Test func errorCasesGivePositionedErrors() throws {
        var accepted: [String] = []
        var checked = 0
        for c in Self.cases() where c.isError {
            if Self.libyamlAcceptsInvalid[c.id] != nil { continue }
            let bytes = try [UInt8](Data(contentsOf: c.folder.appendingPathComponent("in.yaml")))
            do {
                _ = try YAMLParser().parseAll(bytes: bytes)
                accepted.append(c.id)
            } catch {
                #expect(error.mark.line >= 1 && error.mark.column >= 1, "\(c.id)")
                #expect(!error.message.isEmpty)
            }
            checked += 1
        }
        #expect(checked > 50)
        #expect(accepted.isEmpty, "accepted invalid cases: \(accepted.joined(separator: " "))")
    }

    @Test func listedDeviationsStillDeviate() throws {
        // If libyaml (or our layer) starts getting one of these right, the list must shrink.
        for c in Self.cases() {
            let bytes = try [UInt8](Data(contentsOf: c.folder.appendingPathComponent("in.yaml")))
            let result = Result { try YAMLParser().parseAll(bytes: bytes) }
            if Self.libyamlRejectsValid[c.id] != nil {
                #expect(throws: (any Error).self, "\(c.id) is now accepted") { try result.get() }
            }
            if Self.libyamlAcceptsInvalid[c.id] != nil {
                #expect(throws: Never.self, "\(c.id) is now rejected") { try result.get() }
            }
            if Self.libyamlDiffers[c.id] != nil, let jsonURL = c.json, let docs = try? result.get() {
                let expected = try JSONValue.parseStream(String(decoding: try Data(contentsOf: jsonURL), as: UTF8.self))
                #expect(docs.map(Self.json) != expected, "\(c.id) now loads equal")
            }
        }
    }

    /// The node as JSON under the strict YAML 1.2 core schema (no yes/no booleans).
    static func json(_ node: Node) -> JSONValue {
        switch node.content {
        case .sequence(let items): return .array(items.map(json))
        case .mapping(let pairs):
            var object: [String: JSONValue] = [:]
            for pair in pairs { object[pair.key.scalar?.value ?? "\(pair.key)"] = json(pair.value) }
            return .object(object)
        case .scalar(let s):
            if node.tag == "tag:yaml.org,2002:str" || node.tag == "!" || s.style != .plain { return .string(s.value) }
            if ["yes", "Yes", "YES", "no", "No", "NO"].contains(s.value) { return .string(s.value) }
            switch node.resolved {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .number(Double(i))
            case .double(let d): return .number(d)
            case .string(let t): return .string(t)
            }
        }
    }
}
