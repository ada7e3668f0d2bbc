import Foundation

/// What to report on. Built from command-line text by `ReportOptions.make`, which turns
/// every bad value into a `ReportOptionsError` with a message naming the fix.
public struct ReportOptions: Sendable, Hashable {
    public var unit: PeriodUnit
    /// Only these scenarios; all when empty.
    public var scenarios: Set<String>
    /// Runs started at or after this instant.
    public var since: Date?
    /// Runs started before this instant (the day after `--until`).
    public var until: Date?
    public var baseline: Period?
    public var current: Period?
    /// False-discovery level of the change flags: a change is flagged when its
    /// Benjamini–Hochberg q is below it.
    public var alpha: Double
    /// `--where` clauses: only runs for which all hold.
    public var filter = RunFilter()
    /// `--by-segment`: the key of the league tables, if any.
    public var segment: SegmentKey?

    /// The context keys the loader must keep for the filter and the segment.
    public var contextKeys: Set<String> {
        filter.contextKeys.union([segment?.contextKey].compactMap { $0 })
    }

    public init(unit: PeriodUnit = .month, scenarios: Set<String> = [], since: Date? = nil, until: Date? = nil,
                baseline: Period? = nil, current: Period? = nil, alpha: Double = 0.05) {
        self.unit = unit
        self.scenarios = scenarios
        self.since = since
        self.until = until
        self.baseline = baseline
        self.current = current
        self.alpha = alpha
    }

    /// Validates command-line values. `unit` nil means "month, or the unit of the given
    /// periods". Dates are `YYYY-MM-DD` in UTC; `until` includes its whole day.
    public static func make(unit: PeriodUnit?, scenarios: [String] = [], since: String? = nil, until: String? = nil,
                            baseline: String? = nil, current: String? = nil,
                            alpha: String? = nil) throws(ReportOptionsError) -> ReportOptions {
        var options = ReportOptions(scenarios: Set(scenarios))
        if let alpha {
            guard let value = Double(alpha.trimmingCharacters(in: .whitespaces)), value > 0, value < 1 else {
                throw .message("--alpha expects a level between 0 and 1 such as 0.05, found '\(alpha)'")
            }
            options.alpha = value
        }
        if let since {
            guard let date = parseDay(since) else { throw .badDate(option: "--since", value: since) }
            options.since = date
        }
        if let until {
            guard let date = parseDay(until) else { throw .badDate(option: "--until", value: until) }
            options.until = date.addingTimeInterval(86_400)
        }
        if let since = options.since, let until = options.until, until <= since {
            throw .message("--until is before --since")
        }
        if (baseline == nil) != (current == nil) {
            throw .message("--baseline and --current go together; give both, e.g. --baseline 2026-10 --current 2026-11")
        }
        if let baseline, let current {
            guard let b = Period(parsing: baseline) else { throw .badPeriod(option: "--baseline", value: baseline) }
            guard let c = Period(parsing: current) else { throw .badPeriod(option: "--current", value: current) }
            guard b.unit == c.unit else {
                throw .message("--baseline \(baseline) is a \(b.unit.rawValue) but --current \(current) is a \(c.unit.rawValue); compare periods of one kind")
            }
            if let unit, unit != b.unit {
                throw .message("--by \(unit.rawValue) does not match the periods \(baseline) and \(current), which are \(b.unit.rawValue)s")
            }
            guard b < c else { throw .message("--baseline \(baseline) must come before --current \(current)") }
            options.baseline = b
            options.current = c
            options.unit = b.unit
        } else {
            options.unit = unit ?? .month
        }
        return options
    }

    /// `YYYY-MM-DD` as 00:00 UTC of that day.
    public static func parseDay(_ text: String) -> Date? {
        guard text.utf8.count == 10 else { return nil }
        return Timestamp.parse(text + "T00:00:00Z")
    }
}

import ShopperCore

public enum ReportOptionsError: Error, Sendable, Hashable, CustomStringConvertible {
    case badDate(option: String, value: String)
    case badPeriod(option: String, value: String)
    case message(String)

    public var description: String {
        switch self {
        case .badDate(let option, let value):
            "\(option) expects a date such as 2026-09-01, found '\(value)'"
        case .badPeriod(let option, let value):
            "\(option) expects a period such as 2026-11 (month), 2026-W47 (ISO week) or 2026-Q4 (quarter), found '\(value)'"
        case .message(let text):
            text
        }
    }
}
