/// The length of a reporting period. All periods are in UTC.
public enum PeriodUnit: String, Sendable, Hashable, CaseIterable, Comparable {
    /// ISO 8601 week (Monday to Sunday), labelled by ISO week-year: `2026-W53`.
    case week
    /// Calendar month: `2026-11`.
    case month
    /// Calendar quarter (Jan–Mar is Q1): `2026-Q4`.
    case quarter

    public static func < (lhs: PeriodUnit, rhs: PeriodUnit) -> Bool {
        lhs.order < rhs.order
    }

    private var order: Int {
        switch self {
        case .week: 0
        case .month: 1
        case .quarter: 2
        }
    }
}
