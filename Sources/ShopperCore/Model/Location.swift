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

    /// Opening hours for one weekday or a range of weekdays (`mon-fri: "09:00-18:00"`).
    public struct Hours: Sendable, Hashable {
        /// The key as written: `sat`, `mon-fri`.
        public var key: String
        public var days: [Weekday]
        /// Minutes after midnight.
        public var opens: Int
        /// Minutes after midnight, later than `opens`.
        public var closes: Int

        public init(key: String, days: [Weekday], opens: Int, closes: Int) {
            self.key = key
            self.days = days
            self.opens = opens
            self.closes = closes
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
