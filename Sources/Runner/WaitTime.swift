import Foundation

/// The time a reply arrived as a tester types it, in their own time zone: `14:05` (today),
/// `yesterday 17:40` (`вчера 17:40`), `2026-11-24 09:15`.
public enum WaitTime {
    /// The instant `text` names in `zone`, with "today" taken from `now`; nil when it is no such
    /// time (`25:00`, `2026-02-30 10:00`, anything else).
    /// A local time that does not exist (`2026-03-29 02:30` in Europe/Berlin, in the hour the
    /// clocks skip) is refused too: `skipped` tells it apart from text that is no time at all.
    public static func parse(_ text: String, now: Date, zone: TimeZone) -> Date? {
        guard case .time(let date) = read(text, now: now, zone: zone) else { return nil }
        return date
    }

    /// Whether `text` names a local time the clocks skip in `zone` (a DST gap).
    public static func skipped(_ text: String, now: Date, zone: TimeZone) -> Bool {
        if case .skipped = read(text, now: now, zone: zone) { return true }
        return false
    }

    enum Reading { case time(Date), skipped, none }

    static func read(_ text: String, now: Date, zone: TimeZone) -> Reading {
        guard let (date, wanted, calendar) = resolve(text, now: now, zone: zone) else { return .none }
        // Foundation moves a time in the gap forward (02:30 becomes 03:30): refuse it.
        let back = calendar.dateComponents([.hour, .minute], from: date)
        return back.hour == wanted.hour && back.minute == wanted.minute ? .time(date) : .skipped
    }

    private static func resolve(_ text: String, now: Date, zone: TimeZone) -> (Date, DateComponents, Calendar)? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = text.trimmingCharacters(in: .whitespaces).lowercased().split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count), let (hour, minute) = clock(parts[parts.count - 1]) else { return nil }
        var day = calendar.dateComponents([.year, .month, .day], from: now)
        if parts.count == 2 {
            let first = String(parts[0])
            if first == "yesterday" || first == "вчера" {
                guard let y = calendar.date(byAdding: .day, value: -1, to: now) else { return nil }
                day = calendar.dateComponents([.year, .month, .day], from: y)
            } else {
                let ymd = first.split(separator: "-")
                guard ymd.count == 3, ymd[0].count == 4, ymd[1].count == 2, ymd[2].count == 2,
                      let y = Int(ymd[0]), let m = Int(ymd[1]), let d = Int(ymd[2]) else { return nil }
                day = DateComponents(year: y, month: m, day: d)
            }
        }
        var wanted = day
        wanted.hour = hour
        wanted.minute = minute
        guard let date = calendar.date(from: wanted) else { return nil }
        // Refuse dates the calendar rolled over (`2026-02-30` is not 2 March).
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == day.year, back.month == day.month, back.day == day.day else { return nil }
        return (date, wanted, calendar)
    }

    private static func clock(_ text: Substring) -> (Int, Int)? {
        let hm = text.split(separator: ":", omittingEmptySubsequences: false)
        guard hm.count == 2, (1...2).contains(hm[0].count), hm[1].count == 2,
              hm.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(hm[0]), let m = Int(hm[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return (h, m)
    }
}
