import YAMLKit

/// One change to a touchpoint's action plan, made in the text of the registry file that defines
/// the touchpoint (`shopper action`): a new item in its `actions` list (or a new `actions:` key),
/// or a new `status` (with `done_on` for done). Only those characters change; everything else,
/// comments included, stays byte for byte. The caller checks the result decodes to the registry
/// it expects (`ActionPlanEditor`).
public enum ActionPlanEdit {
    public enum Change: Sendable, Hashable {
        case add(Touchpoint.Action)
        /// The action's new status; `doneOn` for done.
        case status(action: String, to: Touchpoint.Action.Status, doneOn: CalendarDate?)
    }

    /// Why a file cannot be edited in place: where, and what to do by hand.
    public struct Refusal: Error, Sendable, Hashable {
        public var mark: Mark
        public var reason: String
    }

    /// The edited text and the line the change is on.
    public static func apply(_ change: Change, touchpoint id: String, to text: String) -> Result<(text: String, line: Int), Refusal> {
        guard var file = RegistryText(text) else {
            return .failure(Refusal(mark: .start, reason: "the file has unusual line breaks (a lone CR, NEL, LS or PS)"))
        }
        let outline: YAMLOutline?
        do { outline = try YAMLOutline.parse(file.text(0..<file.scalars.count)) } catch {
            return .failure(Refusal(mark: error.mark, reason: error.message))
        }
        guard let items = outline?[key: "touchpoints"], items.kind == .sequence,
              let tp = items.children.first(where: { $0[key: "id"]?.scalar == id }) else {
            return .failure(Refusal(mark: .start, reason: "touchpoint '\(id)' is not found in the file's layout"))
        }
        guard tp.kind == .mapping, !tp.isFlow, !tp.isDecorated else {
            return .failure(Refusal(mark: tp.start, reason: "touchpoint '\(id)' is written in flow style ({…}) or with an anchor or tag"))
        }
        switch change {
        case .add(let action):
            return add(action, to: tp, in: &file).map { (file.result(), $0) }
        case .status(let actionID, let status, let doneOn):
            return setStatus(actionID, status, doneOn, in: tp, &file).map { (file.result(), $0) }
        }
    }

    static func add(_ a: Touchpoint.Action, to tp: YAMLOutline, in file: inout RegistryText) -> Result<Int, Refusal> {
        func fields(flow: Bool) -> [(String, String)] {
            // Ids too: `123` or `no` written plain would read back as a number or a boolean.
            var out = [("id", RegistryText.scalar(a.id, flow: flow)), ("text", RegistryText.scalar(a.text, flow: flow))]
            if let owner = a.owner { out.append(("owner", RegistryText.scalar(owner, flow: flow))) }
            if let due = a.due { out.append(("due", due.description)) }
            out.append(("status", a.status.rawValue))
            if let doneOn = a.doneOn { out.append(("done_on", doneOn.description)) }
            if let barrier = a.barrier { out.append(("barrier", RegistryText.scalar(barrier, flow: flow))) }
            return out
        }
        let flowItem = "{" + fields(flow: true).map { "\($0.0): \($0.1)" }.joined(separator: ", ") + "}"
        func blockItem(dash: Int, key: Int) -> [String] {
            fields(flow: false).enumerated().map { i, f in
                (i == 0 ? String(repeating: " ", count: dash - 1) + "-" + String(repeating: " ", count: max(1, key - dash - 1))
                        : String(repeating: " ", count: key - 1)) + "\(f.0): \(f.1)"
            }
        }
        guard let actions = tp[key: "actions"] else {
            // A new `actions:` key after the touchpoint's last line, at its keys' column.
            let column = tp.start.column
            let lines = [String(repeating: " ", count: column - 1) + "actions:"] + blockItem(dash: column + 2, key: column + 4)
            guard let line = file.insertLines(lines, after: tp.contentEnd) else { return .failure(Refusal(mark: tp.start, reason: "no room after the touchpoint")) }
            return .success(line + 1)
        }
        guard actions.kind == .sequence, !actions.isDecorated else {
            return .failure(Refusal(mark: actions.start, reason: "'actions' is not a plain list (an alias, an anchor or a tag)"))
        }
        if actions.isFlow {
            // `[…]`: the item goes before the closing bracket.
            guard let close = file.offset(actions.end).map({ $0 - 1 }), close >= 0, file.scalars[close] == "]" else {
                return .failure(Refusal(mark: actions.start, reason: "the end of the 'actions' list is not found"))
            }
            let at = actions.children.last.flatMap { file.offset($0.end) } ?? close
            file.insert(actions.children.isEmpty ? flowItem : ", " + flowItem, at: at)
            return .success(file.line(of: at))
        }
        guard let last = actions.children.last else { return .failure(Refusal(mark: actions.start, reason: "'actions' is empty")) }
        let dash = actions.start.column
        let lines: [String]
        // In the style of the list's last item: `- {…}` or a block of keys.
        if last.kind == .mapping, last.isFlow {
            lines = [String(repeating: " ", count: dash - 1) + "- " + flowItem]
        } else {
            lines = blockItem(dash: dash, key: last.kind == .mapping ? last.start.column : dash + 2)
        }
        guard let line = file.insertLines(lines, after: actions.contentEnd) else {
            return .failure(Refusal(mark: actions.start, reason: "no room after the 'actions' list"))
        }
        return .success(line)
    }

    static func setStatus(_ actionID: String, _ status: Touchpoint.Action.Status, _ doneOn: CalendarDate?,
                          in tp: YAMLOutline, _ file: inout RegistryText) -> Result<Int, Refusal> {
        if let actions = tp[key: "actions"], actions.kind != .sequence || actions.isDecorated {
            return .failure(Refusal(mark: actions.start, reason: "'actions' is not a plain list (an alias, an anchor or a tag)"))
        }
        guard let actions = tp[key: "actions"], let item = actions.children.first(where: { $0[key: "id"]?.scalar == actionID }) else {
            return .failure(Refusal(mark: tp.start, reason: "action '\(actionID)' is not found in the file's layout"))
        }
        guard item.kind == .mapping, !item.isDecorated, let node = item[key: "status"], node.scalar != nil, !node.isDecorated,
              let from = file.offset(node.start), let to = file.offset(node.end), from < to, node.start.line == node.end.line else {
            return .failure(Refusal(mark: item.start, reason: "the status of action '\(actionID)' is not a one-line value"))
        }
        file.replace(from..<to, with: status.rawValue)
        let line = node.start.line
        if let doneOn {
            if item.isFlow {
                guard let lastValue = item.children.last, let at = file.offset(lastValue.end) else {
                    return .failure(Refusal(mark: item.start, reason: "the end of action '\(actionID)' is not found"))
                }
                file.insert(", done_on: \(doneOn)", at: at)
            } else {
                // A new key line after the action's last line, at its keys' column.
                guard file.insertLines([String(repeating: " ", count: item.start.column - 1) + "done_on: \(doneOn)"],
                                       after: item.contentEnd) != nil else {
                    return .failure(Refusal(mark: item.start, reason: "no room after action '\(actionID)'"))
                }
            }
        }
        return .success(line)
    }
}
