import Foundation
import Testing
@testable import ShopperCore

/// `ActionPlanEdit` over a grid of the layouts people write: block or `{…}` items, indented or
/// not, a comment after the list, plain, quoted or literal texts, LF or CRLF, with or without a
/// final line break. Every edit must read back as the registry plus the one change, and leave
/// every line but the edited ones as it was.
@Suite struct ActionPlanEditLayoutTests {
    struct Layout: CustomStringConvertible {
        var flowItems: Bool, indentless: Bool, trailingComment: Bool, text: Int, crlf: Bool, finalBreak: Bool
        var description: String { "flow \(flowItems) indentless \(indentless) comment \(trailingComment) text \(text) crlf \(crlf) final \(finalBreak)" }

        var yaml: String {
            let texts = ["Fix the card form", "'Fix: the card form'", "|\n          Fix the card\n          form"]
            let dash = indentless ? "    " : "      ", key = dash + "  "
            var lines = ["# Registry", "touchpoints:", "  - id: pay", "    name: Оплата  # name", "    channel: app", "    stage: purchase",
                         "    importance: {customer: 5, business: 5}", "    actions:"]
            for (i, status) in ["planned", "doing"].enumerated() {
                if flowItems {
                    lines.append(dash + "- {id: a\(i), text: \(text == 1 ? "'Fix: it'" : "Fix it"), status: \(status)}")
                } else {
                    lines.append(dash + "- id: a\(i)")
                    lines.append(key + "status: \(status)")
                    lines.append(key + "text: " + texts[text].replacingOccurrences(of: "\n          ", with: "\n" + key + "  "))
                }
            }
            if trailingComment { lines.append("    # after the list") }
            lines += ["", "  - id: door", "    name: Door", "    channel: store", "    stage: purchase", "    importance: {customer: 1, business: 1}"]
            let nl = crlf ? "\r\n" : "\n"
            return lines.joined(separator: "\n").replacingOccurrences(of: "\n", with: nl) + (finalBreak ? nl : "")
        }
    }

    static let layouts: [Layout] = {
        var out: [Layout] = []
        for flow in [false, true] { for indentless in [false, true] { for comment in [false, true] {
            for text in 0..<3 { for crlf in [false, true] { for final in [false, true] {
                if flow && text == 2 { continue }
                out.append(Layout(flowItems: flow, indentless: indentless, trailingComment: comment, text: text, crlf: crlf, finalBreak: final))
            } } }
        } } }
        return out
    }()

    static let day = CalendarDate(year: 2026, month: 11, day: 30)!
    static let changes: [(ActionPlanEdit.Change, String)] = [
        (.add(.init(id: "new", text: "Новое: действие, с запятой", owner: "Анна", due: day, status: .planned, barrier: "card-declined")), "pay"),
        (.add(.init(id: "first", text: "Первое", status: .idea)), "door"),
        (.status(action: "a0", to: .done, doneOn: day), "pay"),
        (.status(action: "a1", to: .dropped, doneOn: nil), "pay"),
        (.status(action: "a0", to: .doing, doneOn: nil), "pay"),
    ]

    @Test(arguments: layouts)
    func everyEditReadsBackAsTheRegistryPlusTheChange(_ layout: Layout) throws {
        let old = layout.yaml
        let before = try #require(ActionPlanEditor.decode(old), "\(old)")
        for (change, id) in Self.changes {
            var expected = before
            let t = expected.touchpoints.firstIndex { $0.id == id }!
            switch change {
            case .add(let a): expected.touchpoints[t].actions.append(a)
            case .status(let action, let status, let doneOn):
                let i = expected.touchpoints[t].actions.firstIndex { $0.id == action }!
                expected.touchpoints[t].actions[i].status = status
                expected.touchpoints[t].actions[i].doneOn = doneOn
            }
            let (new, _) = try ActionPlanEdit.apply(change, touchpoint: id, to: old).get()
            #expect(ActionPlanEditor.decode(new) == expected, "\(change)\n\(new)")
            // Every line of the old text is still there, in order, but the edited one.
            let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
            var newLines = new.split(separator: "\n", omittingEmptySubsequences: false)[...]
            var missing = 0
            for line in oldLines {
                if let i = newLines.firstIndex(of: line) { newLines = newLines[(i + 1)...] } else { missing += 1 }
            }
            #expect(missing <= 1, "\(change)\n\(new)")
            #expect(!layout.crlf || !new.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        }
    }
}
