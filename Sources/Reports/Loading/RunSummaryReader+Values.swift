import Foundation
import ShopperCore
import YAMLKit

/// Turning event scalars into the values a summary keeps, by `RunDecoder`'s rules.
extension RunSummaryReader {
    // MARK: Values

    /// `RunDecoder`'s time in seconds: a number within `RunLimits` (0 to one year).
    static func seconds(_ e: borrowing YAMLEventReader.Event) -> Double? {
        guard let value = number(e), value >= 0, value <= RunLimits.maxSeconds else { return nil }
        return value
    }

    static func number(_ e: borrowing YAMLEventReader.Event) -> Double? {
        guard e.style == .plain else { return nil }
        switch e.resolved {
        case .int(let i): return Double(i)
        case .double(let d) where d.isFinite: return d
        default: return nil
        }
    }

    /// Whether a number answer does not fit (`AnswerScales`), as `RunDecoder` would report.
    static func misfits(_ answer: RunSummary.NumericAnswer, _ rating: Question?) -> Bool {
        AnswerScales.problem(answer.value, shown: "", question: answer.question, rating: rating) != nil
    }

    /// `RunDecoder`'s checklist answer.
    static func checklistAnswer(_ e: borrowing YAMLEventReader.Event) -> ChecklistAnswer? {
        ChecklistAnswer(e.resolved)
    }

    /// Not empty once white space is trimmed (as `RunDecoder` requires of `tester`).
    static func hasContent(_ bytes: UnsafeRawBufferPointer, _ text: String) -> Bool {
        for b in bytes where b < 0x80 {
            switch b {
            case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D: continue
            default: return true
            }
        }
        return !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }
}
