import ShopperCore

/// What the runner says on leaving with text typed but not confirmed (Ctrl-C, a signal).
extension Strings {
    private func tu(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }

    public func unfinishedInputKept(step: String) -> String {
        tu("The text you were typing is kept as a note of step '\(step)', marked [unfinished].",
           "Набранный текст сохранён как заметка шага «\(step)» с пометкой [unfinished].")
    }
    public func unfinishedInputNotKept(_ text: String) -> String {
        tu("Not recorded (you were typing): \(text)", "Не записано (вы набирали): \(text)")
    }
}
