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
    }

    @Test func latinDiacriticsFoldToTheirBaseLetters() {
        #expect(Slug.make(from: "Zoë Ä") == "zoe-a")
        #expect(Slug.make(from: "Příliš žluťoučký") == "prilis-zlutoucky")
        #expect(Slug.make(from: "Łódź Straße") == "lodz-strasse")
        #expect(Slug.make(from: "Олексій Ґонта") == "oleksiy-gonta")
    }

    @Test func textThatCannotBeSpelledInASCIIKeepsADistinctStableSlug() throws {
        // FNV-1a of the UTF-8, computed independently: python3 -c "h=2166136261
        // for b in '支付失败'.encode(): h=((h^b)*16777619)%2**32
        // print('%08x'%h)"
        #expect(Slug.make(from: "支付失败") == "fc7d2e")
        let other = try #require(Slug.make(from: "登录失败"))
        #expect(other != Slug.make(from: "支付失败"))
        #expect(Slug.isValid(other))
        #expect(Slug.make(from: "支付失败 page")?.hasPrefix("page-") == true)
        #expect(Slug.make(from: "🙂🙂") != Slug.make(from: "😡"))
        #expect(Slug.make(from: "🙂🙂").map { Slug.isValid($0) } == true)
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "tilte", in: ["title", "target"]) == "title")
        #expect(Suggestion.closest(to: "purchse", in: JourneyStage.allCases.map(\.rawValue)) == "purchase")
        #expect(Suggestion.closest(to: "zzzzzz", in: ["title", "target"]) == nil)
        #expect(Suggestion.distance("ab", "ba") == 1)
    }
}
