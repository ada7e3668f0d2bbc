import Foundation
#if canImport(Glibc)
import Glibc
#endif
import YAMLKit

/// `shopper action`: one change to a touchpoint's plan, written into the registry file that
/// defines the touchpoint (`touchpoints.yaml` or a `touchpoints.d/` file) by `ActionPlanEdit`.
///
/// The merge guarantee: the new text is read back and must decode to exactly the registry file
/// it was plus the one change (every other entry equal, and, by construction, every character
/// outside the edited lines unchanged); else nothing is written and the error says what to edit
/// by hand. The whole read, edit and write holds an exclusive lock on the registry's folder
/// (`.touchpoints.lock`), so two commands at once both land; the file is replaced atomically.
public enum ActionPlanEditor {
    public enum Failure: Error, Sendable, Hashable {
        /// The registry has errors (or is missing): fix them first.
        case registry([FileDiagnostic])
        case unknownTouchpoint(String, suggestion: String?)
        case unknownAction(String, touchpoint: String, suggestion: String?)
        /// An action id already used (action ids are unique across the registry), where.
        case duplicateAction(String, at: String)
        /// The action's status does not allow the change (already done, dropped…).
        case status(action: String, is: Touchpoint.Action.Status, doneOn: CalendarDate?, wanted: Touchpoint.Action.Status)
        /// No id can be made from the text (only punctuation).
        case noID(String)
        /// The file cannot be edited in place safely: where, why.
        case refused(path: String, mark: Mark, reason: String)
        case write(String)
    }

    /// What was done.
    public struct Done: Sendable, Hashable {
        public var path: String
        public var line: Int
        public var touchpoint: String
        public var action: Touchpoint.Action
    }

    /// The action id to use for a new action: `id`, or one made from the text as barrier ids
    /// are (whole words, at most 40 characters), made unique across the registry (`-2`, `-3`…).
    public static func newID(for text: String, in registry: TouchpointRegistry) -> String? {
        guard var base = Slug.make(from: text, maxLength: 200) else { return nil }
        // Whole words up to 40 characters (`show-the-total-price-before-the-card`).
        if base.count > 40 {
            let cut = base.prefix(41)
            base = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? base.prefix(40))
        }
        let taken = Set(registry.touchpoints.flatMap { $0.actions.map(\.id) })
        var id = base, n = 2
        while taken.contains(id) { id = "\(base)-\(n)"; n += 1 }
        return id
    }

    /// Applies `change` to touchpoint `touchpoint` of the registry at `registryPath`. For an
    /// added action without an id (empty `id`), the id is made from its text.
    public static func apply(_ change: ActionPlanEdit.Change, touchpoint: String, registryPath: String) -> Result<Done, Failure> {
        let folder = (registryPath as NSString).deletingLastPathComponent
        let lock = open("\(folder.isEmpty ? "." : folder)/.touchpoints.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lock >= 0 else { return .failure(.write("cannot lock \(folder): \(String(cString: strerror(errno)))")) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { return .failure(.write("cannot lock \(folder): \(String(cString: strerror(errno)))")) }
        }
        defer { flock(lock, LOCK_UN) }
        return locked(change, touchpoint: touchpoint, registryPath: registryPath)
    }

    static func locked(_ change: ActionPlanEdit.Change, touchpoint id: String, registryPath: String) -> Result<Done, Failure> {
        let (loaded, problems) = ScenarioLoader.loadRegistry(registryPath)
        guard let registry = loaded else { return .failure(.registry(problems.filter { $0.diagnostic.severity == .error })) }
        guard let tp = registry[id] else {
            return .failure(.unknownTouchpoint(id, suggestion: Suggestion.closest(to: id, in: registry.touchpoints.map(\.id))))
        }
        // The change as the model sees it, checked against the touchpoint.
        var change = change
        let action: Touchpoint.Action
        switch change {
        case .add(var a):
            if a.id.isEmpty {
                guard let made = newID(for: a.text, in: registry) else { return .failure(.noID(a.text)) }
                a.id = made
                change = .add(a)
            }
            if let other = registry.touchpoints.first(where: { $0.actions.contains { $0.id == a.id } }) {
                return .failure(.duplicateAction(a.id, at: other.id))
            }
            action = a
        case .status(let actionID, let status, let doneOn):
            guard var a = tp.actions.first(where: { $0.id == actionID }) else {
                return .failure(.unknownAction(actionID, touchpoint: id, suggestion: Suggestion.closest(to: actionID, in: tp.actions.map(\.id))))
            }
            guard a.status.isOpen, a.status != status else {
                return .failure(.status(action: actionID, is: a.status, doneOn: a.doneOn, wanted: status))
            }
            a.status = status
            a.doneOn = doneOn
            action = a
        }

        // The file that defines the touchpoint, and that file's registry before and after.
        for path in [registryPath] + RegistryParts.extraFiles(of: registryPath) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(bytes: data, encoding: .utf8),
                  let before = decode(text), let index = before.touchpoints.firstIndex(where: { $0.id == id }) else { continue }
            var expected = before
            switch change {
            case .add(let a): expected.touchpoints[index].actions.append(a)
            case .status(let actionID, _, _):
                let i = expected.touchpoints[index].actions.firstIndex { $0.id == actionID }!
                expected.touchpoints[index].actions[i] = action
            }
            let edited: (text: String, line: Int)
            switch ActionPlanEdit.apply(change, touchpoint: id, to: text) {
            case .failure(let r): return .failure(.refused(path: path, mark: r.mark, reason: r.reason))
            case .success(let e): edited = e
            }
            guard decode(edited.text) == expected else {
                return .failure(.refused(path: path, mark: .start,
                                         reason: "the edited file would not read back as the registry plus this one change (an unusual layout)"))
            }
            do { try AtomicFile.write(edited.text, to: path) } catch { return .failure(.write(error.description)) }
            return .success(Done(path: path, line: edited.line, touchpoint: id, action: action))
        }
        return .failure(.refused(path: registryPath, mark: .start, reason: "no registry file defines touchpoint '\(id)'"))
    }

    /// The registry one file holds; nil when it has any problem.
    static func decode(_ text: String) -> TouchpointRegistry? {
        guard case .success(let loaded) = SourceFile.load(bytes: Array(text.utf8)), loaded.problems.isEmpty else { return nil }
        let (registry, diagnostics) = TouchpointsDecoder.decode(loaded.node)
        return diagnostics.contains { $0.severity == .error } ? nil : registry
    }
}
