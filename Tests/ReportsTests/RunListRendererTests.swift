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
