import Foundation
import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

/// `LocationsDecoder`: the registry it builds, and every problem at its position.
@Suite struct LocationsDecoderTests {
    func decode(_ text: String) throws -> (LocationRegistry?, [Diagnostic]) {
        let node = try #require(try YAMLParser().parse(bytes: Array(text.utf8)))
        return LocationsDecoder.decode(node)
    }

    /// The diagnostics of a marked fixture as (marker, message), in position order.
    func problems(_ fixture: String) throws -> (found: [(Mark, String)], marks: [String: Mark]) {
        let (text, marks) = marked(fixture)
        let (registry, diagnostics) = try decode(text)
        #expect(registry == nil)
        return (diagnostics.map { ($0.mark, $0.message) }, marks)
    }

    @Test func aFullLocationDecodes() throws {
        let (registry, diagnostics) = try decode("""
            locations:
              - id: berlin
                name: Berlin Alexanderplatz
                region: Germany
                manager: Anna Schmidt
                address: Alexanderplatz 7
                timezone: Europe/Berlin
                hours: {mon-fri: "09:00-18:00", sat: "10:00-16:00", sun: "12:00-24:00"}
                tags: [flagship, city-centre]
              - id: kazan
                name: Казань
                timezone: ~
                tags:
            """)
        #expect(diagnostics == [])
        let r = try #require(registry)
        #expect(r.ids == ["berlin", "kazan"])
        let berlin = try #require(r["berlin"])
        #expect(berlin.region == "Germany" && berlin.manager == "Anna Schmidt" && berlin.address == "Alexanderplatz 7")
        #expect(berlin.timezone == "Europe/Berlin")
        #expect(berlin.tags == ["flagship", "city-centre"])
        #expect(berlin.hours.map(\.key) == ["mon-fri", "sat", "sun"])
        #expect(berlin.hours(on: .wed) == Location.Hours(key: "mon-fri", days: [.mon, .tue, .wed, .thu, .fri], opens: 540, closes: 1080))
        #expect(berlin.hours(on: .sun)?.closes == 1440)
        let kazan = try #require(r["kazan"])
        #expect(kazan.timezone == nil && kazan.hours == [] && kazan.tags == [] && kazan.region == nil)
        #expect(kazan.hours(on: .mon) == nil)
    }

    @Test func anEmptyListIsAnEmptyRegistry() throws {
        #expect(try decode("locations: []\n").0 == LocationRegistry(locations: []))
    }

    @Test func unknownKeysSuggestTheKnownOne() throws {
        let (found, m) = try problems("""
            locations:
              - id: berlin
                name: Berlin
                1️⃣regoin: Germany
            2️⃣locatoins: []
            """)
        #expect(found.map(\.0) == [m["1️⃣"]!, m["2️⃣"]!])
        #expect(found.map(\.1) == ["unknown key 'regoin' in location 'berlin'; did you mean 'region'?",
                                   "unknown key 'locatoins' in locations file"])  // 'locations' is already there
    }

    @Test func duplicateIdPointsAtSecondOccurrenceWithANote() throws {
        let (text, m) = marked("""
            locations:
              - id: 1️⃣berlin
                name: Berlin
              - id: 2️⃣berlin
                name: Berlin again
            """)
        let diagnostics = try decode(text).1
        #expect(diagnostics.map(\.message) == ["duplicate location id 'berlin'"])
        #expect(diagnostics.first?.mark == m["2️⃣"])
        #expect(diagnostics.first?.notes.first?.mark == m["1️⃣"])
    }

    @Test func wrongTypesAndMissingKeysArePositioned() throws {
        let (found, m) = try problems("""
            locations:
              - id: 2️⃣Berlin Mitte
                name: 3️⃣[a, b]
                tags: 4️⃣berlin
                hours: 5️⃣[mon]
              - {id: ok, name: Ok, tags: [good, 6️⃣Not Good]}
            """)
        #expect(found.map(\.0) == [m["2️⃣"]!, m["3️⃣"]!, m["4️⃣"]!, m["5️⃣"]!, m["6️⃣"]!])
        try #require(found.count == 5)
        #expect(found[0].1 == "'id' must be a lowercase slug ([a-z0-9][a-z0-9-]*), found 'Berlin Mitte'; try 'berlin-mitte'")
        #expect(found[1].1 == "expected a string for 'name', found a list")
        #expect(found[2].1 == "expected a list for 'tags', found a string")
        #expect(found[3].1.hasPrefix("expected 'hours' to be a mapping of weekdays"))
        #expect(found[4].1 == "'tags' must be a lowercase slug ([a-z0-9][a-z0-9-]*), found 'Not Good'; try 'not-good'")
    }

    @Test func timeZonesMustBeIANANames() throws {
        let (found, m) = try problems("""
            locations:
              - {id: a, name: A, timezone: 1️⃣Europe/Berln}
              - {id: b, name: B, timezone: 2️⃣GMT+3}
              - {id: c, name: C, timezone: 3️⃣Mars/Olympus_Mons_Base}
              - {id: d, name: D, timezone: UTC}
              - {id: e, name: E, timezone: Europe/Moscow}
            """)
        #expect(found.map(\.0) == [m["1️⃣"]!, m["2️⃣"]!, m["3️⃣"]!])
        try #require(found.count == 3)
        #expect(found[0].1 == "unknown time zone 'Europe/Berln'; did you mean 'Europe/Berlin'?")
        #expect(found[1].1 == "unknown time zone 'GMT+3'; a fixed offset is not a time zone name: did you mean 'Etc/GMT-3'? "
            + "(tzdata writes the sign the other way: Etc/GMT-3 is 3 hours ahead of UTC); the name of a place (Area/City) is better: "
            + "it follows the place's changes of offset")
        #expect(found[2].1 == "unknown time zone 'Mars/Olympus_Mons_Base'; use an IANA name such as 'Europe/Berlin'")
    }

    @Test(arguments: ["EST5EDT", "CST6CDT", "CET", "Etc/GMT-3", "Etc/GMT+12", "Asia/Kolkata", "UTC", "Europe/Kyiv"])
    func tzdataNamesFoundationLoadsAsThemselvesAreTimeZones(name: String) {
        #expect(HoursDecoder.isTimeZone(name))
    }

    @Test(arguments: ["GMT+3", "UTC+3", "GMT-03:00", "GMT+0300", "+03:00", "utc+5:30", "Europe/Nowhere", "PDT", "europe/berlin"])
    func offsetsAndUnknownNamesAreNotTimeZones(name: String) {
        #expect(!HoursDecoder.isTimeZone(name))
    }

    @Test func anOffsetIsNeverAnsweredWithAZoneOfAnotherOffset() throws {
        // Each suggested zone has the offset written (tzdata's Etc/GMT names count the other way).
        for (text, offsetSeconds) in [("GMT+3", 10_800), ("UTC-5", -18_000), ("GMT+03:00", 10_800), ("GMT-0200", -7_200), ("+14", 50_400)] {
            let hint = HoursDecoder.timezoneHint(text)
            let name = try #require(hint.split(separator: "'").dropFirst().first.map(String.init), "\(text): \(hint)")
            #expect(TimeZone(identifier: name)?.secondsFromGMT() == offsetSeconds, "\(text): \(hint)")
        }
        #expect(HoursDecoder.timezoneHint("GMT+0") == "; a fixed offset is not a time zone name: did you mean 'UTC'?")
        // Half hours have no Etc/ name, and tzdata has none past +14 or -12: no zone is suggested.
        for text in ["UTC+5:30", "GMT-13"] {
            #expect(HoursDecoder.timezoneHint(text)
                == "; a fixed offset is not a time zone name: use the IANA name (Area/City) of a place with that offset", "\(text)")
        }
    }

    @Test func aDayMayHaveSeveralIntervalsInTimeOrder() throws {
        let (registry, diagnostics) = try decode("""
            locations:
              - {id: a, name: A, timezone: Asia/Kolkata, hours: {mon-fri: "09:00-13:00, 14:00-18:00", sat: "10:00-12:00,12:30-14:00"}}
            """)
        #expect(diagnostics == [])
        let a = try #require(registry?["a"])
        #expect(a.timezone == "Asia/Kolkata")  // missing from Foundation's list of known names, but a zone
        #expect(a.hours(on: .mon)?.intervals == [.init(opens: 540, closes: 780), .init(opens: 840, closes: 1080)])
        #expect(a.hours(on: .mon)?.opens == 540 && a.hours(on: .mon)?.closes == 1080)
        #expect(a.hours(on: .sat)?.intervals.count == 2)
        let (found, m) = try problems("""
            locations:
              - {id: a, name: A, hours: {mon: 1️⃣"14:00-18:00, 09:00-13:00", tue: 2️⃣"09:00-13:00, 12:00-18:00", wed: 3️⃣"09:00-13:00,", thu: 4️⃣"09:00-13:00, 15:00-14:00"}}
            """)
        #expect(found.map(\.0) == [m["1️⃣"]!, m["2️⃣"]!, m["3️⃣"]!, m["4️⃣"]!])
        #expect(found.map(\.1) == [
            "opening hours for 'mon' must be in time order without overlapping: '09:00-13:00' starts before '14:00-18:00' ends",
            "opening hours for 'tue' must be in time order without overlapping: '12:00-18:00' starts before '09:00-13:00' ends",
            "opening hours for 'wed' must be HH:MM-HH:MM such as \"09:00-18:00\" (or several: \"09:00-13:00, 14:00-18:00\"), found '09:00-13:00,'",
            "opening hours for 'thu' must open before they close, found '15:00-14:00'",
        ])
    }

    @Test func openingHoursAreCheckedDayByDay() throws {
        let (found, m) = try problems("""
            locations:
              - id: a
                name: A
                hours:
                  1️⃣mon-fri: "09:00-18:00"
                  2️⃣fri: "10:00-12:00"
                  3️⃣satt: "10:00-16:00"
                  4️⃣sun-mon: "10:00-12:00"
                  sat: 5️⃣9-5
                  sun: 6️⃣"18:00-09:00"
                  7️⃣mon-tue-wed: "10:00-11:00"
              - {id: b, name: B, hours: {mon: 8️⃣"25:00-26:00", tue: 9️⃣"10:00-10:00"}}
            """)
        #expect(found.map(\.0) == [m["2️⃣"]!, m["3️⃣"]!, m["4️⃣"]!, m["5️⃣"]!, m["6️⃣"]!, m["7️⃣"]!, m["8️⃣"]!, m["9️⃣"]!])
        #expect(found.map(\.1) == [
            "'fri' is in both 'mon-fri' and 'fri' in the hours of location 'a'",
            "unknown day 'satt' in the hours of location 'a'; use mon … sun or a range such as mon-fri; did you mean 'sat'?",
            "the day range 'sun-mon' in the hours of location 'a' must run from an earlier to a later day (mon before sun)",
            "opening hours for 'sat' must be HH:MM-HH:MM such as \"09:00-18:00\" (or several: \"09:00-13:00, 14:00-18:00\"), found '9-5'",
            "opening hours for 'sun' must open before they close, found '18:00-09:00'",
            "unknown day 'mon-tue-wed' in the hours of location 'a'; use mon … sun or a range such as mon-fri",
            "opening hours for 'mon' must be HH:MM-HH:MM such as \"09:00-18:00\" (or several: \"09:00-13:00, 14:00-18:00\"), found '25:00-26:00'",
            "opening hours for 'tue' must open before they close, found '10:00-10:00'",
        ])
        let overlap = try decode(marked("""
            locations:
              - {id: a, name: A, hours: {mon-fri: "09:00-18:00", fri: "10:00-12:00"}}
            """).text).1
        #expect(overlap.first?.notes.map(\.message) == ["'mon-fri' is here"])
        _ = m["1️⃣"]
    }

    @Test func theShippedSampleIsClean() throws {
        let text = try String(contentsOf: PackagePaths.file("scenarios/locations.yaml"), encoding: .utf8)
        let (registry, diagnostics) = try decode(text)
        #expect(diagnostics == [])
        let r = try #require(registry)
        #expect(r.locations.count >= 12)
        #expect(Set(r.locations.compactMap(\.region)).count == 3)
        #expect(Set(r.locations.compactMap(\.timezone)).count >= 2)
        // The places the shipped history names (as free text) have ids ready for it.
        for place in ["berlin", "dresden", "kazan", "leipzig", "moscow"] { #expect(r[place] != nil, "\(place)") }
    }
}
