import ShopperCore

/// What `shopper action` says, in English and Russian (errors are English `error:` lines, as for
/// every command).
enum ActionMessages {
    static func t(_ en: String, _ ru: String, _ language: Language) -> String { language == .ru ? ru : en }

    static func status(_ s: Touchpoint.Action.Status, _ language: Language) -> String {
        switch s {
        case .idea: t("idea", "идея", language)
        case .planned: t("planned", "запланировано", language)
        case .doing: t("doing", "в работе", language)
        case .done: t("done", "сделано", language)
        case .dropped: t("dropped", "отменено", language)
        }
    }

    /// `added action 'x' to touchpoint 'y' in scenarios/touchpoints.yaml:123`.
    static func done(_ d: ActionPlanEditor.Done, change: ActionPlanEdit.Change, language: Language) -> String {
        let id = Echo.quoted(d.action.id), tp = Echo.quoted(d.touchpoint), place = "\(d.path):\(d.line)"
        switch (change, d.action.status) {
        case (.add, _):
            return t("added action \(id) (\(status(d.action.status, .en))) to touchpoint \(tp) in \(place)",
                     "действие \(id) (\(status(d.action.status, .ru))) добавлено в план точки контакта \(tp): \(place)", language)
        case (_, .done):
            let day = d.action.doneOn.map(\.description) ?? ""
            return t("marked action \(id) of touchpoint \(tp) done on \(day) in \(place)",
                     "действие \(id) точки контакта \(tp) отмечено сделанным \(day): \(place)", language)
        case (_, .dropped):
            return t("dropped action \(id) of touchpoint \(tp) in \(place)",
                     "действие \(id) точки контакта \(tp) отменено: \(place)", language)
        default:
            return t("action \(id) of touchpoint \(tp) is now \(status(d.action.status, .en)) in \(place)",
                     "действие \(id) точки контакта \(tp) теперь «\(status(d.action.status, .ru))»: \(place)", language)
        }
    }

    /// The error lines of a failure.
    static func lines(_ failure: ActionPlanEditor.Failure) -> [String] {
        switch failure {
        case .registry(let problems):
            return problems.map(\.formatted) + ["error: the registry has errors; fix them before editing the plan"]
        case .unknownTouchpoint(let id, let suggestion):
            return ["error: unknown touchpoint \(Echo.quoted(id))"
                + (suggestion.map { "; did you mean \(Echo.quoted($0))?" } ?? "; `shopper touchpoints` lists them")]
        case .unknownAction(let id, let tp, let suggestion):
            return ["error: touchpoint \(Echo.quoted(tp)) has no action \(Echo.quoted(id))"
                + (suggestion.map { "; did you mean \(Echo.quoted($0))?" } ?? "; `shopper action list \(tp)` lists them")]
        case .duplicateAction(let id, let tp):
            return ["error: action id \(Echo.quoted(id)) is already used by touchpoint \(Echo.quoted(tp)); action ids are unique across the registry: give another with --id"]
        case .status(let id, let current, let doneOn, let wanted):
            let state = current.rawValue + (current == .done ? doneOn.map { " (on \($0))" } ?? "" : "")
            if current == wanted { return ["error: action \(Echo.quoted(id)) is already \(state)"] }
            return ["error: action \(Echo.quoted(id)) is \(state), so it cannot be marked \(wanted.rawValue): only idea, planned and doing actions change with `shopper action` (to reopen it, edit its status in the registry by hand)"]
        case .noID(let text):
            return ["error: no id can be made from the text \(Echo.quoted(text)); give one with --id"]
        case .refused(let path, let mark, let reason):
            return ["\(path):\(mark): error: cannot edit the plan in place: \(reason); nothing was written. Edit the file by hand (docs/scenario-format.md, actions)"]
        case .write(let reason):
            return ["error: \(reason)"]
        }
    }
}
