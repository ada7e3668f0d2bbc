import Foundation

/// The time a report says it was made: now, or `SOURCE_DATE_EPOCH` (whole seconds since
/// 1970-01-01 UTC, the reproducible-builds convention) when set, so the same data gives the same
/// file byte for byte and tests can fix the date.
enum GeneratedAt {
    struct Invalid: Error, CustomStringConvertible {
        var value: String
        var description: String {
            "error: SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC (e.g. 1764500000), got '\(value)'"
        }
    }

    static func date(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) throws -> Date {
        guard let raw = environment["SOURCE_DATE_EPOCH"] else { return now }
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 else { throw Invalid(value: raw) }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
