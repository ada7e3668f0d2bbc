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

    /// One line per wait; `sent` as the runner shows it, in the tester's `zone`: `10:42 Tue 2026-11-24`.
    public static func text(_ waits: [OpenWait], language: Language, zone: TimeZone = TimeZone(identifier: "UTC")!) -> String {
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
            return "\(flag)\(w.run) \(w.scenario)/\(w.step) (\(w.tester)): \(since) \(local(w.sent, zone: zone, language: language)) (\(parts.joined(separator: "; ")))"
        }.joined(separator: "\n") + "\n"
    }

    /// `10:42 Tue 2026-11-24` / `10:42 вт 2026-11-24` in `zone` (the runner's waiting screen's form).
    static func local(_ date: Date, zone: TimeZone, language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .weekday], from: date)
        let en = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"], ru = ["вс", "пн", "вт", "ср", "чт", "пт", "сб"]
        let day = (language == .ru ? ru : en)[(c.weekday ?? 1) - 1]
        func pad(_ n: Int?) -> String { String(format: "%02d", n ?? 0) }
        return "\(pad(c.hour)):\(pad(c.minute)) \(day) \(c.year ?? 0)-\(pad(c.month))-\(pad(c.day))"
    }
}
