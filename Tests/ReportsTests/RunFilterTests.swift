import Foundation
import Reports
import ShopperCore
import Testing

/// `--where KEY=VALUE`: which keys can be named, how clauses are read and which runs they keep.
@Suite struct RunFilterTests {
    static let scenario = Scenario(id: "shop", title: "Shop", brief: "Buy.", context: ["location", "device", "app_version"],
                                   steps: [Step(id: "find", title: "Find", instruction: "Find.", touchpoint: "web",
                                                stage: .consideration)])
    static let other = Scenario(id: "visit", title: "Visit", brief: "Go.", context: ["crew_size", "device"],
                                steps: [Step(id: "arrive", title: "Arrive", instruction: "Arrive.", touchpoint: "door",
                                             stage: .retention)])
    static let scenarios = [scenario, other]

    static let registry = LocationRegistry(locations: [
        Location(id: "berlin", name: "Berlin", region: "Germany", manager: "Anna Schmidt", timezone: "Europe/Berlin",
                 tags: ["flagship", "city-centre"]),
        Location(id: "leipzig", name: "Leipzig", region: "Germany", manager: "Katrin Hoffmann", timezone: "Europe/Berlin",
                 tags: ["city-centre"]),
        Location(id: "moscow", name: "Москва", region: "Россия", manager: "Ольга Иванова", timezone: "Europe/Moscow",
                 tags: ["flagship"]),
        Location(id: "kiosk", name: "Kiosk"),
    ])

    static func run(_ id: String, tester: String = "Anna Petrova", context: [String: String] = [:]) -> RunSummary {
        RunSummary(id: id, scenario: "shop", tester: tester, started: Date(timeIntervalSince1970: 1_790_000_000),
                   status: .completed, steps: [], context: context)
    }

    static func parse(_ texts: [String], registry: LocationRegistry? = registry) throws(SegmentError) -> RunFilter {
        try RunFilter.parse(texts, scenarios: scenarios, locations: registry)
    }

    static func error(_ texts: [String], registry: LocationRegistry? = registry) -> SegmentError? {
        do {
            _ = try parse(texts, registry: registry)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Keys

    @Test func knownKeysAreTesterLocationTheScenariosContextKeysAndWithARegistryItsFields() {
        #expect(SegmentKey.known(scenarios: Self.scenarios, locations: nil)
            == ["tester", "location", "device", "app_version", "crew_size"])
        #expect(SegmentKey.known(scenarios: Self.scenarios, locations: Self.registry)
            == ["tester", "location", "device", "app_version", "crew_size", "region", "manager", "tag", "timezone"])
    }

    @Test func knownKeysAreInScenarioIdOrderWhateverTheOrderGiven() {
        let forwards = SegmentKey.known(scenarios: [Self.scenario, Self.other], locations: nil)
        #expect(SegmentKey.known(scenarios: [Self.other, Self.scenario], locations: nil) == forwards)
    }

    @Test func keysParseToTheirKind() throws {
        #expect(try SegmentKey.parse("tester", scenarios: Self.scenarios, locations: nil) == .tester)
        #expect(try SegmentKey.parse("location", scenarios: Self.scenarios, locations: nil) == .context("location"))
        #expect(try SegmentKey.parse("crew_size", scenarios: Self.scenarios, locations: nil) == .context("crew_size"))
        for field in SegmentKey.LocationField.allCases {
            #expect(try SegmentKey.parse(field.rawValue, scenarios: Self.scenarios, locations: Self.registry) == .location(field))
        }
        // Every key but the tester needs the run's location or context kept by the loader.
        #expect(SegmentKey.tester.contextKey == nil)
        #expect(SegmentKey.context("device").contextKey == "device")
        #expect(SegmentKey.location(.region).contextKey == "location")
    }

    @Test func aScenarioContextKeyNamedLikeARegistryFieldIsThatContextKeyWithoutARegistry() throws {
        let withRegion = Scenario(id: "s", title: "S", brief: "B.", context: ["region"],
                                  steps: [Step(id: "a", title: "A", instruction: "A.", touchpoint: "t", stage: .retention)])
        #expect(try SegmentKey.parse("region", scenarios: [withRegion], locations: nil) == .context("region"))
        #expect(try SegmentKey.parse("region", scenarios: [withRegion], locations: Self.registry) == .location(.region))
    }

    @Test func anUnknownKeyListsTheKnownOnesAndSuggestsTheNearest() {
        let error = Self.error(["app_verison=5.2.0"])
        #expect(error == .unknownKey("app_verison", known: SegmentKey.known(scenarios: Self.scenarios, locations: Self.registry)))
        let text = error.map(String.init(describing:)) ?? ""
        #expect(text.contains("unknown key 'app_verison'"))
        #expect(text.contains("did you mean 'app_version'?"))
        #expect(text.contains("known keys: tester, location, device, app_version, crew_size, region, manager, tag, timezone"))
        // Nothing near: no suggestion, still the list.
        let far = String(describing: Self.error(["colour=red"])!)
        #expect(!far.contains("did you mean"))
        #expect(far.contains("known keys: tester, location"))
    }

    @Test func aRegistryFieldWithoutARegistryNamesTheMissingFile() {
        for field in SegmentKey.LocationField.allCases {
            let error = Self.error(["\(field.rawValue)=x"], registry: nil)
            #expect(error == .needsRegistry(key: field.rawValue))
            #expect(error.map(String.init(describing:))?.contains("scenarios/locations.yaml") == true)
        }
    }

    // MARK: Clauses

    @Test(arguments: ["foo", "=x", "k=", "location=", "  =berlin", "location=   ", ""])
    func aClauseThatIsNotKeyEqualsValueIsAnError(_ text: String) {
        let error = Self.error([text])
        #expect(error == .badClause(text))
        // The command line puts "error: --where: " before it, so the message does not name the option again.
        #expect(error.map(String.init(describing:))?.hasPrefix("expects KEY=VALUE") == true)
    }

    @Test func aClauseIsSplitAtTheFirstEqualsSignAndTrimmed() throws {
        let filter = try Self.parse([" device = iPhone 15 ", "app_version=a=b"])
        #expect(filter.clauses == [RunFilter.Clause(key: .context("device"), value: "iPhone 15"),
                                   RunFilter.Clause(key: .context("app_version"), value: "a=b")])
        #expect(filter.contextKeys == ["device", "app_version"])
    }

    @Test func anUnknownRegistryValueIsAnErrorWithASuggestion() {
        let region = Self.error(["region=Germny"])
        #expect(region == .unknownValue(key: "region", value: "Germny", known: ["Germany", "Россия"]))
        let text = String(describing: region!)
        #expect(text.contains("no region 'Germny' in the locations registry"))
        #expect(text.contains("did you mean 'Germany'?"))
        #expect(text.contains("known: Germany, Россия"))
        // With a registry, a location must be one of its ids.
        let location = Self.error(["location=berln"])
        #expect(location == .unknownValue(key: "location", value: "berln", known: ["berlin", "leipzig", "moscow", "kiosk"]))
        #expect(String(describing: location!).contains("did you mean 'berlin'?"))
        #expect(Self.error(["tag=shop"]) == .unknownValue(key: "tag", value: "shop", known: ["flagship", "city-centre"]))
        #expect(Self.error(["manager=Nobody"]) != nil)
        #expect(Self.error(["timezone=Europe/Paris"]) != nil)
    }

    @Test func withoutARegistryALocationIsFreeText() throws {
        let filter = try Self.parse(["location=Somewhere odd"], registry: nil)
        #expect(filter.matches(Self.run("a", context: ["location": "Somewhere odd"])))
        #expect(!filter.matches(Self.run("b", context: ["location": "somewhere odd"])))
    }

    // MARK: Matching

    @Test func aTesterIsMatchedByNameOrSlugInAnyCase() throws {
        let run = Self.run("a", tester: "Eva Novak")
        for text in ["tester=Eva Novak", "tester=eva novak", "tester=eva-novak", "tester=EVA NOVAK"] {
            #expect(try Self.parse([text]).matches(run), "\(text)")
        }
        #expect(!(try Self.parse(["tester=eva"]).matches(run)))
        // Cyrillic names match their transliterated slug, as `runs --tester` does.
        let russian = Self.run("b", tester: "Дмитрий Соколов")
        #expect(try Self.parse(["tester=Дмитрий Соколов"]).matches(russian))
        #expect(try Self.parse(["tester=\(Slug.make(from: "Дмитрий Соколов")!)"]).matches(russian))
    }

    @Test func aContextKeyMatchesItsExactValue() throws {
        let filter = try Self.parse(["app_version=5.2.0"])
        #expect(filter.matches(Self.run("a", context: ["app_version": "5.2.0"])))
        #expect(!filter.matches(Self.run("b", context: ["app_version": "5.2.00"])))
        #expect(!filter.matches(Self.run("c", context: ["app_version": "5.2"])))
        // A run that does not record the key is not kept.
        #expect(!filter.matches(Self.run("d", context: ["device": "Pixel 8"])))
    }

    @Test func registryFieldsAreReachedThroughTheRunsLocation() throws {
        let berlin = Self.run("berlin", context: ["location": "berlin"])
        let leipzig = Self.run("leipzig", context: ["location": "leipzig"])
        let moscow = Self.run("moscow", context: ["location": "moscow"])
        let kiosk = Self.run("kiosk", context: ["location": "kiosk"])
        let nowhere = Self.run("nowhere")
        let runs = [berlin, leipzig, moscow, kiosk, nowhere]
        func kept(_ clauses: [String]) throws -> [String] {
            let filter = try Self.parse(clauses)
            return runs.filter(filter.matches).map(\.id)
        }
        #expect(try kept(["region=Germany"]) == ["berlin", "leipzig"])
        #expect(try kept(["region=Россия"]) == ["moscow"])
        #expect(try kept(["manager=Katrin Hoffmann"]) == ["leipzig"])
        #expect(try kept(["timezone=Europe/Moscow"]) == ["moscow"])
        // A location has several tags: any of them matches.
        #expect(try kept(["tag=flagship"]) == ["berlin", "moscow"])
        #expect(try kept(["tag=city-centre"]) == ["berlin", "leipzig"])
        #expect(try kept(["location=kiosk"]) == ["kiosk"])
    }

    @Test func everyClauseMustHold() throws {
        let runs = [
            Self.run("a", tester: "Anna Petrova", context: ["location": "berlin", "app_version": "5.2.0"]),
            Self.run("b", tester: "Anna Petrova", context: ["location": "leipzig", "app_version": "5.2.0"]),
            Self.run("c", tester: "Ben Okafor", context: ["location": "berlin", "app_version": "5.2.0"]),
            Self.run("d", tester: "Anna Petrova", context: ["location": "berlin", "app_version": "5.1.4"]),
        ]
        let filter = try Self.parse(["tag=flagship", "tester=anna-petrova", "app_version=5.2.0"])
        #expect(runs.filter(filter.matches).map(\.id) == ["a"])
        // The same key twice means either value (a run has one location, so AND would keep nothing).
        let either = try Self.parse(["location=berlin", "location=leipzig"])
        #expect(runs.filter(either.matches).map(\.id) == ["a", "b", "c", "d"])
        #expect(try Self.parse([]).isEmpty)
        #expect(runs.filter(try Self.parse([]).matches).count == 4)
    }

    @Test func aRepeatedKeyIsAnyOfItsValuesAndDifferentKeysMustAllHold() throws {
        let runs = [
            Self.run("a", tester: "Anna Petrova", context: ["location": "berlin", "app_version": "5.2.0"]),
            Self.run("b", tester: "Ben Okafor", context: ["location": "leipzig", "app_version": "5.1.4"]),
            Self.run("c", tester: "Anna Petrova", context: ["location": "moscow", "app_version": "5.2.0"]),
            Self.run("d", tester: "Chen Li", context: ["location": "leipzig", "app_version": "5.2.0"]),
        ]
        let filter = try Self.parse(["location=berlin", "app_version=5.2.0", "location=leipzig"])
        #expect(runs.filter(filter.matches).map(\.id) == ["a", "d"])
        #expect(filter.summary == "(location=berlin or location=leipzig) and app_version=5.2.0")
        let testers = try Self.parse(["tester=anna-petrova", "tester=Ben Okafor"])
        #expect(runs.filter(testers.matches).map(\.id) == ["a", "b", "c"])
        #expect(testers.summary == "tester=anna-petrova or tester=Ben Okafor")
        // A tag is any of the location's tags; two tags: a location with either.
        let tags = try Self.parse(["tag=flagship", "tag=city-centre"])
        #expect(runs.filter(tags.matches).map(\.id) == ["a", "b", "c", "d"])
    }

    @Test func clausesThatTogetherKeepNoRunAreNotedAsTheyAreApplied() throws {
        let runs = [Self.run("a", context: ["location": "berlin", "app_version": "5.2.0"]),
                    Self.run("b", context: ["location": "leipzig", "app_version": "5.1.4"])]
        let filter = try Self.parse(["location=leipzig", "app_version=5.2.0", "location=moscow"])
        #expect(filter.noMatchNote(in: runs) == "note: no run matches --where (location=leipzig or location=moscow) and "
            + "app_version=5.2.0 (a key given more than once matches any of its values; different keys must all hold)")
        // Runs kept, no runs at all, or a value no run has (noted by `unmatched` instead): nothing more to say.
        #expect(try Self.parse(["location=berlin", "location=leipzig"]).noMatchNote(in: runs) == nil)
        #expect(filter.noMatchNote(in: []) == nil)
        #expect(try Self.parse(["app_version=5.3", "location=berlin"], registry: nil).noMatchNote(in: runs) == nil)
    }

    // MARK: Values no run has

    @Test func aContextValueNoRunHasIsNotedWithTheValuesSeen() throws {
        let runs = [Self.run("a", context: ["app_version": "5.2.0"]), Self.run("b", context: ["app_version": "5.1.4"]),
                    Self.run("c", context: ["app_version": "5.2.0"]), Self.run("d")]
        let filter = try Self.parse(["app_version=5.2"])
        let unmatched = filter.unmatched(in: runs)
        #expect(unmatched == [RunFilter.Unmatched(clause: filter.clauses[0], seen: ["5.1.4", "5.2.0"], total: 2)])
        #expect(unmatched.first?.note == "note: --where app_version=5.2 matches no run; values seen: '5.1.4', '5.2.0'")
        // A value some run has: nothing to say, even when another clause leaves no run.
        let both = try Self.parse(["app_version=5.2.0", "device=Pixel 8"])
        #expect(both.unmatched(in: runs).map(\.clause.key) == [.context("device")])
        #expect(both.unmatched(in: runs).first?.note == "note: --where device=Pixel 8 matches no run; no run records device")
    }

    @Test func anUnknownTesterIsNotedWithTheTestersSeenOnceEach() throws {
        let runs = [Self.run("a", tester: "Eva Novak"), Self.run("b", tester: "eva novak"), Self.run("c", tester: "Chen Li")]
        let unmatched = try Self.parse(["tester=Eva Nowak"]).unmatched(in: runs)
        #expect(unmatched.count == 1)
        #expect(unmatched.first?.total == 2)
        #expect(unmatched.first?.seen.contains("Chen Li") == true)
        #expect(try Self.parse(["tester=EVA-NOVAK"]).unmatched(in: runs).isEmpty)
    }

    @Test func theValuesSeenAreCutAtTheLimitAndCounted() throws {
        let runs = (0..<30).map { Self.run("r\($0)", context: ["device": String(format: "d%02d", $0)]) }
        let unmatched = try #require(try Self.parse(["device=x"]).unmatched(in: runs).first)
        #expect(unmatched.seen == (0..<20).map { String(format: "d%02d", $0) })
        #expect(unmatched.total == 30)
        #expect(unmatched.note.hasSuffix("'d19', … (30 in all)"))
    }

    @Test func registryValuesAreNotNotedAgain() throws {
        // region and a location with a registry were checked against it when parsed.
        let runs = [Self.run("a", context: ["location": "moscow"])]
        #expect(try Self.parse(["region=Germany", "location=berlin"]).unmatched(in: runs).isEmpty)
        // Without a registry a location is free text, and a typo is noted.
        let free = try Self.parse(["location=berln"], registry: nil).unmatched(in: runs)
        #expect(free.first?.seen == ["moscow"])
    }

    @Test func theReportBuilderCountsOnlyTheRunsTheFilterKeeps() throws {
        var options = ReportOptions()
        options.filter = try RunFilter.parse(["device=Pixel 8"], scenarios: [Fixtures.scenario.with(context: ["device"])],
                                             locations: nil)
        var runs = Fixtures.slowdown()
        for i in runs.indices { runs[i].context = ["device": i.isMultiple(of: 4) ? "Pixel 8" : "iPhone 15"] }
        let report = Fixtures.builder(options).build(runs)
        #expect(report.countedRuns == runs.filter { $0.context["device"] == "Pixel 8" }.count)
        #expect(report.countedRuns > 0)
    }
}

extension Scenario {
    func with(context: [String]) -> Scenario {
        var copy = self
        copy.context = context
        return copy
    }
}
