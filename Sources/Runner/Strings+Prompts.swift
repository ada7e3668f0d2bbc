import ShopperCore

/// Texts of the barrier, severity, rating and context prompts (English and Russian).
extension Strings {

    // MARK: Barriers without a list, and barriers already recorded in the step

    public var describeBarrier: String {
        t("Barrier: describe it (empty: none):", "Барьер: опишите его (пусто: нет):")
    }
    public var describeFailBarrier: String {
        t("Describe what stopped you (empty: skip):", "Опишите, что помешало (пусто: пропустить):")
    }
    /// A bare number typed at the barrier prompt when there is no list to pick from.
    public func numberWithoutList(_ text: String) -> String {
        t("\(text) is a number, but there is no list to pick from: describe the barrier in words",
           "\(text) — число, а списка для выбора нет: опишите барьер словами")
    }
    /// After a menu entry already recorded in this step.
    public func recordedInThisStep(at seconds: Double) -> String {
        t("(recorded in this step at \(clock(seconds)))", "(уже записан в этом шаге в \(clock(seconds)))")
    }
    /// The severity prompt for a barrier already recorded in this step: Enter keeps its severity.
    public func askSeverityKeeping(_ current: BarrierRecord.Severity) -> String {
        t("\(askSeverity.dropLast()) (Enter: keep \(current.rawValue) \(severityName(current))):",
           "\(askSeverity.dropLast()) (Enter — оставить \(current.rawValue) \(severityName(current))):")
    }
    /// `f` picked a barrier already recorded in this step: it is the cause, not a second entry.
    public func barrierIsCause(_ id: String, at: Double, severity: BarrierRecord.Severity, raised: Bool) -> String {
        let level = severityChange(severity, raised: raised)
        return t("Barrier '\(id)', recorded at \(clock(at)), is the cause of the failure (not recorded twice); \(level).",
                  "Барьер «\(id)», записанный в \(clock(at)), — причина неудачи (второй раз не записан); \(level).")
    }
    /// "severity raised to 4 blocker" / "severity stays 2 minor", after a barrier picked again.
    private func severityChange(_ severity: BarrierRecord.Severity, raised: Bool) -> String {
        let named = "\(severity.rawValue) \(severityName(severity))"
        return raised ? t("severity raised to \(named)", "серьёзность повышена до \(named)")
            : t("severity stays \(named)", "серьёзность остаётся \(named)")
    }

    /// `b` picked a barrier already recorded in this step.
    public func barrierAlreadyRecorded(_ id: String, at: Double, severity: BarrierRecord.Severity, raised: Bool) -> String {
        let level = severityChange(severity, raised: raised)
        return t("Barrier '\(id)' is already recorded in this step at \(clock(at)) (not recorded twice); \(level).",
                  "Барьер «\(id)» уже записан в этом шаге в \(clock(at)) (второй раз не записан); \(level).")
    }

    // MARK: Severity words

    /// The word the severity prompt prints for `severity`.
    public func severityName(_ severity: BarrierRecord.Severity) -> String {
        switch severity {
        case .cosmetic: t("cosmetic", "косметический")
        case .minor: t("minor", "незначительный")
        case .major: t("major", "серьёзный")
        case .blocker: t("blocker", "блокирующий")
        }
    }
    public func notSeverity(_ text: String) -> String {
        t("'\(text)' is not a severity: answer 1 to 4, or cosmetic, minor, major or blocker",
           "«\(text)» — не серьёзность: ответьте от 1 до 4 или словом: косметический, незначительный, серьёзный, блокирующий")
    }

    // MARK: Rating anchors

    /// The range of a rating question with what its ends mean: `(1 very difficult … 7 very easy)`;
    /// a `scale` shows its labels.
    public func ratingHint(_ kind: Question.Kind) -> String? {
        switch kind {
        case .seq: return anchors(1, t("very difficult", "очень сложно"), 7, t("very easy", "очень легко"))
        case .ces: return anchors(1, t("strongly disagree", "совершенно не согласен"), 7, t("strongly agree", "полностью согласен"))
        case .csat: return anchors(1, t("very dissatisfied", "совсем не доволен"), 5, t("very satisfied", "очень доволен"))
        case .nps: return anchors(0, t("not at all likely", "совсем маловероятно"), 10, t("extremely likely", "наверняка"))
        case .scale(let lo, let hi, let labels):
            guard !labels.isEmpty else { return rangeHint(lo...hi) }
            if labels.count == 2, let a = labels[lo], let b = labels[hi] { return anchors(lo, a, hi, b) }
            let named = labels.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return t("(\(lo) to \(hi): \(named))", "(от \(lo) до \(hi): \(named))")
        default: return nil
        }
    }

    private func anchors(_ lo: Int, _ low: String, _ hi: Int, _ high: String) -> String {
        "(\(lo) \(low) … \(hi) \(high))"
    }

    // MARK: Context

    /// Heads the numbered list of the locations registry at the `location` prompt.
    public var knownLocations: String { t("Locations (a number, an id, or - if unknown):", "Места (номер, id или - если неизвестно):") }

    public func unknownLocation(_ text: String, suggestion: String?, count: Int) -> String {
        let hint = suggestion.map { t("; did you mean '\($0)'?", "; может быть, «\($0)»?") } ?? ""
        return t("'\(text)' is not a location of locations.yaml\(hint) (a number 1 to \(count), an id, or -)",
                 "«\(text)» нет среди мест locations.yaml\(hint) (номер от 1 до \(count), id или -)")
    }

    /// The prompt for a context field: the scenario's text, else the key with spaces for
    /// underscores; `-` answers "unknown".
    public func askContext(_ key: String, prompt: String?) -> String {
        let shown = prompt?.trimmingWhitespace.nonEmpty ?? key.replacingOccurrences(of: "_", with: " ")
        let colon = shown.last.map { "?:.!".contains($0) } == true ? "" : ":"
        return t("\(shown) (- if unknown)\(colon)", "\(shown) (- если неизвестно)\(colon)")
    }
    /// A typed context value with a control character in it.
    public func valueHasControl(_ scalar: Unicode.Scalar) -> String {
        let code = ControlCharacters.code(scalar)
        return t("a value is one line of printable text; this one contains the control character \(code)",
                  "значение — одна строка печатаемых символов; здесь есть управляющий символ \(code)")
    }
    /// A typed tester's name with a control character in it (`ControlCharacters.describe`).
    public func nameHasControl(_ scalar: Unicode.Scalar) -> String {
        let code = ControlCharacters.code(scalar)
        return t("a name is one line of printable text; this one contains the control character \(code)",
                  "имя — одна строка печатаемых символов; здесь есть управляющий символ \(code)")
    }

    /// Shown before the tester's name: which scenario is starting.
    public func startingScenario(_ title: String, id: String) -> String {
        t("Starting scenario: \(title) (\(id))", "Начинается сценарий: \(title) (\(id))")
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
