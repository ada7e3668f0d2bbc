import Foundation
import ShopperCore

/// Checks typed answers. Each function returns the value, or the reason it was refused
/// (in the interface language) so the runner can say why and ask again.
public struct AnswerParser: Sendable {
    public struct Refusal: Error, Sendable, Hashable {
        public var reason: String
    }

    public var strings: Strings

    public init(_ strings: Strings) {
        self.strings = strings
    }

    public init(language: Language) {
        strings = Strings(language)
    }

    /// An answer to `question`: ratings and scales as whole numbers in range; yes/no; a choice by
    /// number or text (case-insensitive, stored as the option's text); a number in range (a decimal
    /// comma is accepted); text. An empty answer to a question that is not required is `.none`.
    public func answer(_ input: String, for question: Question) -> Result<Answer, Refusal> {
        let text = input.trimmingWhitespace
        if text.isEmpty {
            return question.required ? .failure(Refusal(reason: strings.required)) : .success(.none)
        }
        switch question.kind {
        case .nps, .csat, .ces, .seq, .scale:
            return integer(text, in: question.kind.range!).map { .number(Double($0)) }
        case .yesno:
            return yesNo(text).map { .bool($0) }
        case .choice(let options):
            if let n = Int(text) {
                guard (1...options.count).contains(n) else { return .failure(Refusal(reason: strings.unknownOption(text, count: options.count))) }
                return .success(.text(options[n - 1]))
            }
            let folded = text.lowercased()
            if let option = options.first(where: { $0.trimmingWhitespace.lowercased() == folded }) {
                return .success(.text(option))
            }
            return .failure(Refusal(reason: strings.unknownOption(text, count: options.count)))
        case .number(let min, let max, _):
            guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite,
                  text.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.,eE".contains($0)) }) else {
                return .failure(Refusal(reason: strings.notNumber(text)))
            }
            if let lo = min, value < lo {
                return .failure(Refusal(reason: strings.outOfRange(text, min: min.map(strings.number), max: max.map(strings.number))))
            }
            if let hi = max, value > hi {
                return .failure(Refusal(reason: strings.outOfRange(text, min: min.map(strings.number), max: max.map(strings.number))))
            }
            return .success(.number(value))
        case .text:
            return .success(.text(text))
        }
    }

    /// The 0 to 10 score of a step.
    public func score(_ input: String) -> Result<Int, Refusal> {
        let text = input.trimmingWhitespace
        if text.isEmpty { return .failure(Refusal(reason: strings.required)) }
        return integer(text, in: 0...10)
    }

    /// A checklist answer: `y`/`yes`/`д`/`да`, `n`/`no`/`н`/`нет`, `-`/`n/a`/`na`/`н/п`.
    public func checklist(_ input: String) -> Result<ChecklistAnswer, Refusal> {
        let text = input.trimmingWhitespace.lowercased()
        if text.isEmpty { return .failure(Refusal(reason: strings.required)) }
        if Self.yes.contains(text) { return .success(.yes) }
        if Self.no.contains(text) { return .success(.no) }
        if ["-", "n/a", "na", "н/п", "н/д", "нп"].contains(text) { return .success(.na) }
        return .failure(Refusal(reason: strings.notChecklist(input.trimmingWhitespace)))
    }

    /// Yes or no: `y`, `yes`, `n`, `no`, `д`, `да`, `н`, `нет` (any case).
    public func yesNo(_ input: String) -> Result<Bool, Refusal> {
        let text = input.trimmingWhitespace.lowercased()
        if text.isEmpty { return .failure(Refusal(reason: strings.required)) }
        if Self.yes.contains(text) { return .success(true) }
        if Self.no.contains(text) { return .success(false) }
        return .failure(Refusal(reason: strings.notYesNo(input.trimmingWhitespace)))
    }

    /// A barrier severity: 1 to 4, or the word the prompt prints for it in either language
    /// (`cosmetic`, `minor`, `major`, `blocker`, `косметический`…; any case, ё or е).
    public func severity(_ input: String) -> Result<BarrierRecord.Severity, Refusal> {
        let text = input.trimmingWhitespace
        if text.isEmpty { return .failure(Refusal(reason: strings.required)) }
        let fold = { (s: String) in s.lowercased().replacingOccurrences(of: "ё", with: "е") }
        let word = fold(text)
        for severity in BarrierRecord.Severity.allCases
        where Language.allCases.contains(where: { fold(Strings($0).severityName(severity)) == word }) {
            return .success(severity)
        }
        guard Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) != nil else {
            return .failure(Refusal(reason: strings.notSeverity(text)))
        }
        return integer(text, in: 1...4).map { BarrierRecord.Severity(rawValue: $0)! }
    }

    static let yes: Set<String> = ["y", "yes", "д", "да"]
    static let no: Set<String> = ["n", "no", "н", "нет"]

    private func integer(_ text: String, in range: ClosedRange<Int>) -> Result<Int, Refusal> {
        guard let n = Int(text.hasPrefix("+") ? String(text.dropFirst()) : text) else {
            return .failure(Refusal(reason: strings.notWholeNumber(text)))
        }
        guard range.contains(n) else {
            return .failure(Refusal(reason: strings.outOfRange(text, min: String(range.lowerBound), max: String(range.upperBound))))
        }
        return .success(n)
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
