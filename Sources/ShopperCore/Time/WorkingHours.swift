import Foundation

/// Working time under a weekly schedule in a time zone, with holidays: how much of the time
/// between two instants fell in working hours, and when a given amount of working time is reached.
///
/// An instant is working time when its wall-clock reading in `timeZone` falls inside one of
/// the intervals of its weekday and its date is not a holiday. So on the night clocks go back,
/// an interval that covers the repeated hour counts it twice (it was lived twice); on the night
/// they go forward, the skipped hour is not counted. Times are handled as seconds (no rounding
/// to minutes), changes of a zone's offset come from the zone's own rules (DST and changes of
/// standard time alike, such as Moscow's in 2011 and 2014).
///
/// Both functions are total: any pair of instants gives a number (0 when the end is not after
/// the start or an instant is not finite). Instants before 0001-01-01 or after 9999-12-31 UTC
/// count as those bounds. The work is day by day, so years take milliseconds.
public struct WorkingHours: Sendable, Hashable {
    /// The intervals of each weekday, Monday first, in time order and not overlapping.
    public let week: [[Location.Hours.Interval]]
    public let timeZone: TimeZone
    /// Dates (in `timeZone`) on which nothing is open.
    public let holidays: Set<CalendarDate>

    /// Seconds since 1970 of 0001-01-01T00:00Z and of 10000-01-01T00:00Z.
    public static let earliest: Double = Double(CalendarDate.days(year: 1, month: 1, day: 1)) * 86400
    public static let latest: Double = Double(CalendarDate.days(year: 9999, month: 12, day: 31) + 1) * 86400

    /// A schedule from opening hours as decoded (days not listed are closed). Intervals of one
    /// day are sorted and merged where they overlap or touch, so any list of hours is usable.
    public init(hours: [Location.Hours], timeZone: TimeZone, holidays: [CalendarDate] = []) {
        var week = Array(repeating: [Location.Hours.Interval](), count: 7)
        for entry in hours {
            for day in entry.days {
                let index = Location.Weekday.allCases.firstIndex(of: day)!
                week[index] += entry.intervals.compactMap { i in
                    let opens = min(max(i.opens, 0), 1440), closes = min(max(i.closes, 0), 1440)
                    return opens < closes ? .init(opens: opens, closes: closes) : nil
                }
            }
        }
        self.week = week.map(Self.merged)
        self.timeZone = timeZone
        self.holidays = Set(holidays)
    }

    /// Whether the schedule has any working time in a week.
    public var isAlwaysClosed: Bool { week.allSatisfy(\.isEmpty) }

    /// Working seconds in [start, end); 0 when `end` is not after `start`.
    public func seconds(from start: Date, to end: Date) -> Double {
        var total = 0.0
        forEachPiece(from: start.timeIntervalSince1970, to: end.timeIntervalSince1970) { a, b in total += b - a }
        return total
    }

    /// The first instant at which the working time since `start` reaches `working` seconds:
    /// `start` itself for 0, nil when it is never reached before 9999 (a schedule with no
    /// hours) or `working` is negative or not finite. With a `start` out of hours, counting
    /// begins at the next opening.
    public func instant(after start: Date, working: Double) -> Date? {
        let begin = start.timeIntervalSince1970
        guard begin.isFinite, working.isFinite, working >= 0 else { return nil }
        if working == 0 { return start }
        guard !isAlwaysClosed else { return nil }
        var cursor = Self.clamped(begin)
        var remaining = working
        var chunk = 7.0 * 86400
        while cursor < Self.latest {
            let end = min(cursor + chunk, Self.latest)
            for (a, b) in pieces(from: cursor, to: end) {
                if b - a >= remaining { return Date(timeIntervalSince1970: a + remaining) }
                remaining -= b - a
            }
            cursor = end
            chunk = min(chunk * 2, 3650 * 86400)
        }
        return nil
    }

    /// The working pieces of [from, to) as sorted, disjoint [a, b) pairs of seconds since 1970.
    func pieces(from: Double, to: Double) -> [(Double, Double)] {
        var result: [(Double, Double)] = []
        forEachPiece(from: from, to: to) { a, b in result.append((a, b)) }
        return result.sorted { $0.0 < $1.0 }
    }

    // MARK: Day by day

    /// A stretch of UTC time over which the zone's offset is constant.
    struct Segment {
        var start: Double
        var end: Double
        var offset: Double
    }

    /// Calls `body` with each working piece of [from, to): for every local day, every interval
    /// of that day, every stretch of constant offset, the instants whose local reading lies in
    /// the interval. Each instant has one local reading, so no instant is counted twice.
    private func forEachPiece(from: Double, to: Double, _ body: (Double, Double) -> Void) {
        guard from.isFinite, to.isFinite, !isAlwaysClosed else { return }
        let s = Self.clamped(from), e = Self.clamped(to)
        guard e > s else { return }
        let margin = 2.0 * 86400
        let segments = self.segments(from: s - margin, to: e + margin)
        let offsets = segments.map(\.offset)
        let minOffset = offsets.min() ?? 0, maxOffset = offsets.max() ?? 0
        let firstDay = Int(((s + minOffset) / 86400).rounded(.down))
        let lastDay = Int(((e + maxOffset) / 86400).rounded(.down))
        var k = 0
        for day in firstDay...lastDay {
            let dayStart = Double(day) * 86400
            while k < segments.count - 1, segments[k].end <= dayStart - maxOffset { k += 1 }
            let weekdayIndex = ((day + 3) % 7 + 7) % 7
            let intervals = week[weekdayIndex]
            guard !intervals.isEmpty, holidays.isEmpty || !holidays.contains(CalendarDate(days: day)) else { continue }
            for interval in intervals {
                let localOpens = dayStart + Double(interval.opens) * 60
                let localCloses = dayStart + Double(interval.closes) * 60
                var j = k
                while j < segments.count, segments[j].start < dayStart + 86400 - minOffset {
                    let segment = segments[j]
                    let a = max(segment.start, localOpens - segment.offset, s)
                    let b = min(segment.end, localCloses - segment.offset, e)
                    if b > a { body(a, b) }
                    j += 1
                }
            }
        }
    }

    /// The stretches of constant offset covering [from, to], from the zone's transitions.
    func segments(from: Double, to: Double) -> [Segment] {
        var result: [Segment] = []
        var t = from
        while true {
            let offset = Double(timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: t)))
            var next = to
            if let transition = timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: t)) {
                let v = transition.timeIntervalSince1970
                if v > t, v < to { next = v }
            }
            result.append(Segment(start: t, end: next, offset: offset))
            if next >= to { break }
            t = next
        }
        return result
    }

    static func clamped(_ t: Double) -> Double { min(max(t, earliest), latest) }

    static func merged(_ intervals: [Location.Hours.Interval]) -> [Location.Hours.Interval] {
        var result: [Location.Hours.Interval] = []
        for i in intervals.sorted(by: { $0.opens < $1.opens }) {
            if let last = result.last, i.opens <= last.closes {
                result[result.count - 1].closes = max(last.closes, i.closes)
            } else {
                result.append(i)
            }
        }
        return result
    }
}
