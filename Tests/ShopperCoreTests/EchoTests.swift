import Testing
import YAMLKit
@testable import ShopperCore

/// A diagnostic shows a long value as a short prefix, an ellipsis and its length, and "did you
/// mean" does no edit-distance work for a word no typo could make.
@Suite struct EchoTests {
    @Test func aShortValueIsQuotedWhole() {
        #expect(Echo.quoted("tilte") == "'tilte'")
        #expect(Echo.quoted(String(repeating: "я", count: 40)) == "'\(String(repeating: "я", count: 40))'")
    }

    @Test func aLongValueIsCutToAPrefixWithItsLength() {
        let value = String(repeating: "ab", count: 1_000_000)
        let shown = Echo.quoted(value)
        #expect(shown == "'\(String(value.prefix(Echo.shownCharacters)))…' (2000000 characters)")
    }

    @Test func aBadValueOfAMegabyteGivesAShortMessage() throws {
        // Before: the message held the whole value, and "did you mean" compared it with every stage.
        let value = String(repeating: "x", count: 1_000_000)
        let text = "scenario: s\ntitle: T\nbrief: B\nsteps:\n  - id: a\n    title: A\n    do: D\n    touchpoint: t\n    stage: \(value)\n"
        let node = try #require(try YAMLParser().parse(text))
        let registry = TouchpointRegistry(touchpoints: [
            Touchpoint(id: "t", name: "T", channel: "app", stage: .intent, owner: "O", importance: .init(customer: 1, business: 1)),
        ])
        let (_, diagnostics) = ScenarioDecoder.decode(node, registry: registry)
        let message = try #require(diagnostics.map(\.message).first { $0.contains("'stage' must be one of") })
        #expect(message.count < 300)
        #expect(message.hasSuffix("found '\(String(repeating: "x", count: Echo.shownCharacters))…' (1000000 characters)"))
    }

    @Test func noSuggestionForAWordLongerThanAnyTypo() {
        let candidate = String(repeating: "step", count: 40)   // 160 characters
        let typo = "x" + candidate.dropFirst()
        #expect(Suggestion.distance(typo, candidate) == 1)
        #expect(Suggestion.closest(to: typo, in: [candidate]) == nil)
        #expect(Suggestion.closest(to: "tilte", in: ["title", "brief"]) == "title")
    }

    @Test func candidatesTooFarInLengthAreSkippedWithTheSameAnswer() {
        let candidates = ["a", "steps", "stepsstepssteps", "stpes"]
        #expect(Suggestion.closest(to: "stesp", in: candidates) == "steps")
        #expect(Suggestion.closest(to: "zzzzzzzzzzzzzz", in: candidates) == nil)
    }
}
