/// A place that is shopped: a branch, an office, a city. Its `id` is what a run's
/// `context.location` names when the locations registry exists.
public struct Location: Sendable, Hashable {
    /// A day of the week, as written in `hours` keys (`mon` … `sun`).
    public enum Weekday: String, Sendable, Hashable, CaseIterable, Comparable {
        case mon, tue, wed, thu, fri, sat, sun

        public static func < (a: Weekday, b: Weekday) -> Bool {
            allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
        }
    }

    /// Opening hours for one weekday or a range of weekdays (`mon-fri: "09:00-18:00"`), in one
    /// interval or several (`"09:00-13:00, 14:00-18:00"`: a lunch break).
    public struct Hours: Sendable, Hashable {
        /// One opening interval, in minutes after midnight: `opens` < `closes` <= 1440.
        public struct Interval: Sendable, Hashable {
            public var opens: Int
            public var closes: Int

            public init(opens: Int, closes: Int) {
                self.opens = opens
                self.closes = closes
            }
        }

        /// The key as written: `sat`, `mon-fri`.
        public var key: String
        public var days: [Weekday]
        /// The intervals in time order, none overlapping another; at least one.
        public var intervals: [Interval]

        /// Minutes after midnight of the first opening.
        public var opens: Int { intervals.first?.opens ?? 0 }
        /// Minutes after midnight of the last closing, later than `opens`.
        public var closes: Int { intervals.last?.closes ?? 0 }

        public init(key: String, days: [Weekday], opens: Int, closes: Int) {
            self.init(key: key, days: days, intervals: [Interval(opens: opens, closes: closes)])
        }

        public init(key: String, days: [Weekday], intervals: [Interval]) {
            self.key = key
            self.days = days
            self.intervals = intervals
        }
    }

    public var id: String
    public var name: String
    public var region: String?
    public var manager: String?
    public var address: String?
    /// An IANA time zone name, e.g. `Europe/Moscow`.
    public var timezone: String?
    public var hours: [Hours]
    public var tags: [String]

    public init(id: String, name: String, region: String? = nil, manager: String? = nil, address: String? = nil,
                timezone: String? = nil, hours: [Hours] = [], tags: [String] = []) {
        self.id = id
        self.name = name
        self.region = region
        self.manager = manager
        self.address = address
        self.timezone = timezone
        self.hours = hours
        self.tags = tags
    }

    /// The opening hours that apply on a weekday, if it is open.
    public func hours(on day: Weekday) -> Hours? {
        hours.first { $0.days.contains(day) }
    }
}

/// The locations registry (`locations.yaml`, beside `touchpoints.yaml`).
public struct LocationRegistry: Sendable, Hashable {
    public var locations: [Location]

    public init(locations: [Location]) {
        self.locations = locations
    }

    public var ids: [String] { locations.map(\.id) }

    public subscript(id: String) -> Location? {
        locations.first { $0.id == id }
    }
}
