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
}
