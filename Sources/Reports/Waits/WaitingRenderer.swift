import Foundation
import ShopperCore

/// `shopper waiting` as text (one line per open wait) and as JSON
/// (`{"waiting": [{run, scenario, step, tester, sent, elapsed_seconds, working_seconds, target, clock,
/// overdue}]}`: seconds rounded to whole ones, `target` in seconds on `clock`).
public enum WaitingRenderer {
    public static func json(_ waits: [OpenWait]) -> String {
        let items: [JSONValue] = waits.map { w in
            .object([
                .init("run", .string(w.run)), .init("scenario", .string(w.scenario)), .init("step", .string(w.step)),
                .init("tester", .string(w.tester)), .init("sent", .string(Timestamp.format(w.sent))),
                .init("elapsed_seconds", .number(w.elapsedSeconds.rounded())),
                .init("working_seconds", w.workingSeconds.map { .number($0.rounded()) } ?? .null),
                .init("target", w.target.map { .number($0) } ?? .null), .init("clock", .string(w.clock.rawValue)),
                .init("overdue", .bool(w.overdue)),
            ])
        }
        return JSONValue.object([.init("waiting", .array(items))]).pretty()
    }

    public static func text(_ waits: [OpenWait], language: Language) -> String {
        let ru = language == .ru
        guard !waits.isEmpty else { return (ru ? "Открытых ожиданий нет." : "No open waits.") + "\n" }
        func d(_ s: Double) -> String { DurationText.format(s, language: language) }
        return waits.map { w in
            var parts = [d(w.elapsedSeconds)]
            if let working = w.workingSeconds { parts.append(ru ? "\(d(working)) рабочего времени" : "\(d(working)) of working time") }
            if let target = w.target {
                let t = d(target) + (w.clock == .working ? (ru ? " рабочего времени" : " of working time") : "")
                parts.append(ru ? "цель \(t)" : "target \(t)")
            }
            let flag = w.overdue ? (ru ? "ПРОСРОЧЕНО " : "OVERDUE ") : ""
            let since = ru ? "ждём с" : "waiting since"
            return "\(flag)\(w.run) \(w.scenario)/\(w.step) (\(w.tester)): \(since) \(Timestamp.format(w.sent)) (\(parts.joined(separator: "; ")))"
        }.joined(separator: "\n") + "\n"
    }
}
