import Testing
@testable import ShopperCore

@Suite struct SlugTests {
    @Test func validity() {
        #expect(Slug.isValid("bus-tickets-2"))
        #expect(!Slug.isValid("-bus"))
        #expect(!Slug.isValid("Bus"))
        #expect(!Slug.isValid("app_version"))
        #expect(Slug.isValid("app_version", allowUnderscore: true))
        #expect(!Slug.isValid(""))
        #expect(!Slug.isValid("автобус"))
    }

    @Test func makesSlugsFromFreeTextIncludingRussian() {
        #expect(Slug.make(from: "Anna Petrova") == "anna-petrova")
        #expect(Slug.make(from: "Анна Петрова") == "anna-petrova")
        #expect(Slug.make(from: "  Кнопка «Оплатить» не нажимается!  ") == "knopka-oplatit-ne-nazhimaetsya")
        #expect(Slug.make(from: "!!!") == nil)
        #expect(Slug.make(from: "日本") == nil)
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "tilte", in: ["title", "target"]) == "title")
        #expect(Suggestion.closest(to: "purchse", in: JourneyStage.allCases.map(\.rawValue)) == "purchase")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["title", "target"]) == nil)
        #expect(Suggestion.distance("ab", "ba") == 1)
    }
}
