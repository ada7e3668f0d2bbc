import Foundation
import YAMLKit

/// Reads YAML with PyYAML (a YAML 1.1 reader, `yaml.safe_load`) to check that what shopper writes
/// means the same to other tools as to shopper.
///
/// PyYAML is looked for in `.venv-test/` at the package root (CI creates it there; see
/// `.ci/run`), then in the `python3` on the path. Tests that need it skip with a note when it is
/// missing, except when the `CI` environment variable is set: there it must be present.
public enum PyYAML {
    /// The python3 that can `import yaml`, if any.
    public static let python: String? = PythonProcess.find(importing: "yaml")

    public static var isAvailable: Bool { python != nil }
    /// In CI (`CI` set) a missing PyYAML fails the tests instead of skipping them.
    public static var isRequired: Bool { ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false }
    /// Whether to run a test that needs PyYAML: when it is here, and in CI (where its absence fails).
    public static var shouldRun: Bool { isAvailable || isRequired }
    public static let skipNote = "PyYAML not found (python3 -c 'import yaml' fails): the YAML 1.1 read-back is not checked here"

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String { "PyYAML is required when CI is set; .ci/run installs it into .venv-test" }
    }

    /// Each document as PyYAML reads it, in the canonical form of `canonical(_:)`.
    public static func read(_ documents: [String]) throws -> [String] {
        guard let python else { throw Unavailable() }
        let payload = try JSONSerialization.data(withJSONObject: documents)
        let result = try PythonProcess.run(python, ["-c", script], input: String(decoding: payload, as: UTF8.self))
        guard result.status == 0 else { throw Failure(message: "python failed: \(result.stderr)") }
        guard let items = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String] else {
            throw Failure(message: "unexpected output: \(result.stdout)")
        }
        return items
    }

    /// A node's value as shopper reads it, in the same form as PyYAML's values are written by
    /// `read`: `z` null, `b:true`, `i:12`, `f:1.5` (17 significant digits), `s5:hello` (length in
    /// code points), `l2[…]`, `m1{key value}`.
    public static func canonical(_ node: Node) -> String {
        switch node.content {
        case .scalar:
            switch node.resolved {
            case .null: return "z"
            case .bool(let b): return "b:\(b)"
            case .int(let i): return "i:\(i)"
            case .double(let d): return d.isNaN ? "f:nan" : "f:" + String(format: "%.17g", d)
            case .string(let s): return "s\(s.unicodeScalars.count):\(s)"
            }
        case .sequence(let items):
            return "l\(items.count)[" + items.map(canonical).joined() + "]"
        case .mapping(let pairs):
            return "m\(pairs.count){" + pairs.map { canonical($0.key) + canonical($0.value) }.joined() + "}"
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    private static let script = #"""
        import sys, json, math, yaml
        def c(x):
            if x is None: return 'z'
            if isinstance(x, bool): return 'b:' + ('true' if x else 'false')
            if isinstance(x, int): return 'i:%d' % x
            if isinstance(x, float): return 'f:nan' if math.isnan(x) else 'f:%.17g' % x
            if isinstance(x, str): return 's%d:%s' % (len(x), x)
            if isinstance(x, list): return 'l%d[' % len(x) + ''.join(c(v) for v in x) + ']'
            if isinstance(x, dict): return 'm%d{' % len(x) + ''.join(c(k) + c(v) for k, v in x.items()) + '}'
            return 'other:%s:%s' % (type(x).__name__, x)
        out = []
        for text in json.loads(sys.stdin.read()):
            try:
                out.append(c(yaml.safe_load(text)))
            except Exception as e:
                out.append('error:' + str(e))
        print(json.dumps(out))
        """#

}
