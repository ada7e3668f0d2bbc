import Foundation
@testable import Reports
import ShopperCore
import Testing

/// `shopper runs` filters: a tester is found by name or slug in any case or script.
@Suite struct RunListRendererTests {
    static func runs() -> [RunSummary] {
        ["Eva Novak", "Anna Petrova", "Дмитрий Соколов", "EVA  NOVAK"].enumerated().map { i, tester in
            var run = Fixtures.run("r\(i)", started: "2026-11-0\(i + 1)T10:00:00Z")
            run.tester = tester
            return run
        }
    }

    @Test(arguments: ["eva novak", "Eva Novak", "eva-novak", "EVA NOVAK", " Eva_Novak "])
    func aTesterMatchesByNameOrSlugInAnyCase(_ filter: String) {
        let found = RunListFilter(testers: [filter]).apply(Self.runs())
        #expect(found.map(\.id) == ["r3", "r0"])
    }

    @Test func cyrillicNamesMatchTheirTransliteratedSlug() {
        #expect(RunListFilter(testers: ["dmitriy-sokolov"]).apply(Self.runs()).map(\.id) == ["r2"])
        #expect(RunListFilter(testers: ["дмитрий соколов"]).apply(Self.runs()).map(\.id) == ["r2"])
    }

    @Test func otherTestersAndPartialNamesDoNotMatch() {
        #expect(RunListFilter(testers: ["eva"]).apply(Self.runs()).isEmpty)
        #expect(RunListFilter(testers: ["eva novak", "anna petrova"]).apply(Self.runs()).count == 3)
    }

    @Test func testerKeyIsTheSlug() {
        #expect(RunListFilter.testerKey("Eva Novak") == "eva-novak")
        #expect(RunListFilter.testerKey("—") == "—")
    }

    // MARK: Run ids (issue 7: `shopper runs` did not show the id `show` needs)

    static func sample() -> [RunSummary] {
        [("20261103T091500Z-eva-novak", "Eva Novak", "2026-11-03T09:15:00Z"),
         ("20261103T141000Z-eva-novak", "Eva Novak", "2026-11-03T14:10:00Z"),
         ("20261119T172400Z-dmitri-sokolov", "Дмитрий Соколов", "2026-11-19T17:24:00Z")].map { id, tester, started in
            var run = Fixtures.run(id, started: started)
            run.tester = tester
            return run
        }
    }

    @Test(arguments: [60, 80, 100, 160]) func everyRowShowsTheWholeRunIdWithinTheWidth(width: Int) {
        for language in Language.allCases {
            let text = RunListRenderer.render(Self.sample(), width: width, language: language)
            for run in Self.sample() { #expect(text.contains(run.id), "id cut at \(width)") }
            for line in text.split(separator: "\n") where width >= 80 {
                #expect(TextLayout.width(String(line)) <= width, "too wide at \(width): \(line)")
            }
        }
    }

    @Test func wideTerminalsAlsoShowTheStartAndTheTester() {
        let wide = RunListRenderer.render(Self.sample(), width: 160)
        #expect(wide.hasPrefix("started (UTC)"))
        #expect(wide.contains("2026-11-19 17:24") && wide.contains("Дмитрий Соколов") && wide.contains("barriers"))
        let narrow = RunListRenderer.render(Self.sample(), width: 80)
        #expect(narrow.hasPrefix("run "))
    }

    @Test func russianHeadsAreWords() {
        let text = RunListRenderer.render(Self.sample(), width: 160, language: .ru)
        #expect(text.contains("барьеры") && text.contains("прогон"))
    }

    // MARK: Locations (issue 9)

    static let registry = LocationRegistry(locations: [
        Location(id: "prague", name: "Praha Václavské náměstí", region: "Czechia"),
        Location(id: "saint-petersburg", name: "Санкт-Петербург, Невский проспект", region: "Россия"),
    ])

    static func placed() -> [RunSummary] {
        var runs = sample()
        runs[0].context = ["location": "prague"]
        runs[1].context = ["location": "saint-petersburg"]
        return runs
    }

    @Test(arguments: [40, 60, 80, 100, 160, 200]) func theLocationIdIsNeverCut(width: Int) {
        for language in Language.allCases {
            let text = RunListRenderer.render(Self.placed(), width: width, language: language, locations: Self.registry)
            let lines = text.split(separator: "\n").map(String.init)
            #expect(lines.contains { $0.hasSuffix(" prague") || $0.contains(" prague (") }, "\(width)")
            #expect(lines.contains { $0.hasSuffix(" saint-petersburg") || $0.contains(" saint-petersburg (") }, "\(width)")
            for run in Self.placed() { #expect(text.contains(run.id), "id cut at \(width)") }
            // A run with no location says so.
            #expect(lines.contains { $0.contains("20261119T172400Z-dmitri-sokolov") && $0.hasSuffix(" —") })
            for line in lines where width >= 80 {
                #expect(TextLayout.width(line) <= width, "too wide at \(width): \(line)")
            }
        }
    }

    @Test func theLocationsNameIsShownWhenItFits() {
        let wide = RunListRenderer.render(Self.placed(), width: 200, locations: Self.registry)
        #expect(wide.contains("prague (Praha Václavské náměstí)"))
        #expect(wide.contains("saint-petersburg (Санкт-Петербург, Невский проспект)"))
        #expect(wide.split(separator: "\n")[0].hasSuffix("barriers  location"))
        // 80 columns: the ids only.
        let narrow = RunListRenderer.render(Self.placed(), width: 80, locations: Self.registry)
        #expect(!narrow.contains("Praha"))
        #expect(narrow.contains(" prague\n"))
        // Without a registry there is no name to show.
        #expect(!RunListRenderer.render(Self.placed(), width: 200).contains("Praha"))
        // A location the registry lacks is shown by its id alone.
        var unknown = Self.placed()
        unknown[0].context = ["location": "berlin"]
        #expect(RunListRenderer.render(unknown, width: 200, locations: Self.registry).contains(" berlin\n"))
    }

    @Test func noLocationColumnWhenNoRunRecordsOne() {
        let text = RunListRenderer.render(Self.sample(), width: 200, locations: Self.registry)
        #expect(!text.contains("location"))
        #expect(!text.contains("—"))
    }

    @Test func russianLocationHead() {
        let text = RunListRenderer.render(Self.placed(), width: 200, language: .ru, locations: Self.registry)
        #expect(text.split(separator: "\n")[0].hasSuffix("барьеры  локация"))
    }

    @Test func theIdShownIsTheFileNameShowFinds() {
        // A run file renamed (or copied) so its name is not its `run:` id: `show` finds it by name.
        var run = Self.sample()[0]
        run.path = "runs/shop/20261103T091500Z-eva-novak-copy.yaml"
        let text = RunListRenderer.render([run], width: 80)
        #expect(text.contains("20261103T091500Z-eva-novak-copy"))
        let shown = RunListRenderer.showID(of: run)
        #expect(RunLookup.find(shown, in: [run.path, "runs/shop/20261103T091500Z-eva-novak.yaml"]) == .found(path: run.path))
        // With no file, the run's id.
        #expect(RunListRenderer.showID(of: Self.sample()[1]) == "20261103T141000Z-eva-novak")
    }
}

/// `shopper show` finds a run by id, unique id prefix, or tester name with the date.
@Suite struct RunLookupTests {
    static let paths = [
        "runs/shop/20261103T091500Z-eva-novak.yaml",
        "runs/shop/20261103T141000Z-eva-novak.yaml",
        "runs/trip/20261104T100000Z-dmitriy-sokolov.yaml",
        "runs/trip/20261104T100000Z-dmitriy-sokolov-2.yaml",
        "runs/trip/20261105T080000Z-anna.yaml",
    ]

    @Test func anExactIdIsFound() {
        #expect(RunLookup.find("20261105T080000Z-anna", in: Self.paths) == .found(path: Self.paths[4]))
        // An exact id wins over the longer ids it is a prefix of.
        #expect(RunLookup.find("20261104T100000Z-dmitriy-sokolov", in: Self.paths) == .found(path: Self.paths[2]))
    }

    @Test func aUniquePrefixIsFound() {
        #expect(RunLookup.find("20261105", in: Self.paths) == .found(path: Self.paths[4]))
        #expect(RunLookup.find("20261103T14", in: Self.paths) == .found(path: Self.paths[1]))
    }

    @Test func anAmbiguousPrefixListsTheCandidates() {
        guard case .ambiguous(let candidates) = RunLookup.find("20261103", in: Self.paths) else {
            Issue.record("not ambiguous")
            return
        }
        #expect(candidates.map(\.id) == ["20261103T091500Z-eva-novak", "20261103T141000Z-eva-novak"])
    }

    @Test func theTestersNameWithTheDateFindsTheRun() {
        #expect(RunLookup.find("anna 2026-11-05", in: Self.paths) == .found(path: Self.paths[4]))
        #expect(RunLookup.find("2026-11-05 Anna", in: Self.paths) == .found(path: Self.paths[4]))
        guard case .ambiguous(let two) = RunLookup.find("Eva Novak 2026-11-03", in: Self.paths) else {
            Issue.record("two runs that day should be ambiguous")
            return
        }
        #expect(two.count == 2)
        // A Cyrillic name matches its transliterated slug; the -2 run of the same second is found too.
        guard case .ambiguous(let same) = RunLookup.find("Дмитрий Соколов 2026-11-04", in: Self.paths) else {
            Issue.record("Cyrillic name not found")
            return
        }
        #expect(same.map(\.path) == [Self.paths[2], Self.paths[3]])
    }

    @Test func nothingMatchingIsNone() {
        #expect(RunLookup.find("2027", in: Self.paths) == .none)
        #expect(RunLookup.find("eva novak 2026-11-04", in: Self.paths) == .none)
        #expect(RunLookup.find("", in: Self.paths) == .none)
        #expect(RunLookup.find("eva", in: Self.paths) == .none)
    }
}
