import Foundation
import Runner
import ShopperCore
import TestSupport
import Testing
import YAMLKit

/// What the runner asks and how it takes the answers: barrier prompts with and without a list,
/// a barrier picked twice in a step, severity words, rating anchors, context prompts.
@Suite struct SessionPromptTests {
    let store = RunStore(root: Fixtures.temporaryFolder())
    let given = Session.Options(tester: "Anna", context: ["device": "phone", "city": "Prague"])

    func run(_ script: Script, _ scenario: Scenario = Fixtures.scenario, _ options: Session.Options? = nil,
             language: Language = .en) throws -> (Session.Outcome, Run) {
        let session = Session(scenario: scenario, store: store, clock: script.clock, io: script.io, strings: Strings(language))
        let outcome = try session.run(options ?? given)
        return (outcome, try store.load(path: #require(outcome.path)).get())
    }

    /// Skips "search" and "pay" to reach "receipt", a step with no known barriers.
    static let toReceipt: [(Double, String)] = [(0, ""), (0, "s"), (0, "s"), (0, "")]

    @Test func withoutAListTheBarrierPromptAsksForADescriptionAndRefusesABareNumber() throws {
        let script = Script(Self.toReceipt + [
            (1, "b"), (0, "1"), (0, "Printer jammed"), (0, "minor"),
            (1, "f"), (0, "2"), (0, "Receipt never came"), (0, "4"),
        ])
        let (_, run) = try run(script)
        let receipt = try #require(run.record(for: "receipt"))
        #expect(receipt.barriers.map(\.id) == ["printer-jammed", "receipt-never-came"])
        #expect(!receipt.barriers.contains { $0.text == "1" || $0.text == "2" })
        #expect(script.text.contains("Barrier: describe it (empty: none):\n> 1\n"
            + "Not accepted: 1 is a number, but there is no list to pick from: describe the barrier in words.\n"
            + "Barrier: describe it (empty: none):\n> Printer jammed"))
        // The barrier just recorded makes a list: now a number picks from it.
        #expect(script.text.contains("What stopped you? A number from the list or a description (empty: skip):\n> 2\n"
            + "Not accepted: 2 is out of range: answer from 1 to 1."))
    }

    @Test func withoutAListTheFailPromptSaysDescribeWhatStoppedYou() throws {
        let script = Script(Self.toReceipt + [(1, "f"), (0, "7"), (0, "Receipt never came"), (0, "blocker")])
        let (_, run) = try run(script)
        #expect(run.record(for: "receipt")?.barriers.map(\.severity) == [.blocker])
        #expect(script.text.contains("Describe what stopped you (empty: skip):\n> 7\nNot accepted: 7 is a number, but there is no list"))
    }

    @Test func failingWithABarrierAlreadyRecordedMarksItTheCauseAndRaisesItsSeverity() throws {
        let script = Script([(0, ""), (0, ""), (3, "b"), (0, "1"), (0, "2"), (2, "f"), (0, "1"), (0, "4")])
        let (_, run) = try run(script)
        let search = try #require(run.record(for: "search"))
        #expect(search.outcome == .failed)
        #expect(search.barriers == [BarrierRecord(id: "slow-search", text: "Search is slow", severity: .blocker, at: 3, cause: true)])
        #expect(script.text.contains("  1. Search is slow (recorded in this step at 0:03.0)"))
        #expect(script.text.contains("Severity: 1 cosmetic, 2 minor, 3 major, 4 blocker (Enter: keep 2 minor):"))
        #expect(script.text.contains("Barrier 'slow-search', recorded at 0:03.0, is the cause of the failure (not recorded twice); severity raised to 4 blocker."))
    }

    @Test func aLowerOrKeptSeverityDoesNotLowerTheRecordedOne() throws {
        let script = Script([(0, ""), (0, ""), (3, "b"), (0, "1"), (0, "major"), (2, "f"), (0, "1"), (0, "")])
        let (_, run) = try run(script)
        #expect(run.record(for: "search")?.barriers.map(\.severity) == [.major])
        #expect(script.text.contains("severity stays 3 major."))
    }

    @Test func theSameBarrierTypedTwiceInAStepIsOneEntry() throws {
        let script = Script([(0, ""), (0, ""), (3, "b"), (0, "Timetable hidden"), (0, "1"),
                             (2, "b"), (0, "timetable hidden "), (0, "3"), (1, "")])
        let (_, run) = try run(script)
        #expect(run.record(for: "search")?.barriers == [
            BarrierRecord(id: "timetable-hidden", text: "Timetable hidden", severity: .major, at: 3),
        ])
        #expect(script.text.contains("Barrier 'timetable-hidden' is already recorded in this step at 0:03.0 (not recorded twice); severity raised to 3 major."))
    }

    @Test func severityIsAcceptedAsTheWordsThePromptPrints() throws {
        let script = Script([(0, ""), (0, ""), (1, "b"), (0, "Slow"), (0, "Серьёзный"),
                             (1, "b"), (0, "Ugly font"), (0, "tiny"), (0, "COSMETIC")])
        let (_, run) = try run(script, language: .ru)
        #expect(run.record(for: "search")?.barriers.map(\.severity) == [.major, .cosmetic])
        #expect(script.text.contains("«tiny» — не серьёзность"))
    }

    @Test func ratingAndScalePromptsShowWhatTheirEndsMean() throws {
        var scenario = Fixtures.scenario
        scenario.survey += [
            Question(id: "clarity", ask: "How clear?", kind: .scale(min: 1, max: 5, labels: [1: "Unclear", 5: "Clear"])),
            Question(id: "wait", ask: "How long did you wait?", kind: .number(min: 0, max: 120, unit: "min")),
        ]
        let script = Script([(0, ""), (0, ""), (0, ""), (0, "5"), (0, "y"), (0, "-"), (0, "6"), (0, ""),
                             (0, "s"), (0, "s"), (0, "9"), (0, "y"), (0, "4"), (0, "15")])
        let (outcome, _) = try run(script, scenario)
        #expect(outcome.ending == .completed)
        #expect(script.text.contains("How easy was it? (1 very difficult … 7 very easy)"))
        #expect(script.text.contains("Would you recommend us? (0 not at all likely … 10 extremely likely)"))
        #expect(script.text.contains("How clear? (1 Unclear … 5 Clear)"))
        #expect(script.text.contains("How long did you wait? (0 to 120 min)"))
    }

    @Test func contextIsAskedWithTheScenarioPromptOrTheKeyWithSpacesAndTakesADash() throws {
        var scenario = Fixtures.scenario
        scenario.context = ["device", "os_version"]
        scenario.contextPrompts = ["device": "Which phone or computer?"]
        let script = Script([(0, "Anna"), (0, "Pixel 7"), (0, "-")])
        let (_, run) = try run(script, scenario, Session.Options())
        #expect(run.context == ["device": "Pixel 7", "os_version": "-"])
        #expect(script.text.hasPrefix("Starting scenario: Buy a ticket (buy-ticket)\nTester's name (q: quit):\n> Anna\n"
            + "Which phone or computer? (- if unknown)\n> Pixel 7\nos version (- if unknown):\n> -\n"))
    }

    @Test func withALocationsRegistryTheLocationIsPickedFromItsList() throws {
        var scenario = Fixtures.scenario
        scenario.context = ["location", "device"]
        let registry = LocationRegistry(locations: [Location(id: "berlin", name: "Berlin Mitte"),
                                                    Location(id: "kazan", name: "Казань")])
        for (tester, typed, stored) in [("Anna", "2", "kazan"), ("Ben", "BERLIN", "berlin"), ("Cleo", "-", "-")] {
            let script = Script([(0, tester), (0, "Berlinn"), (0, "3"), (0, typed), (0, "phone")])
            let session = Session(scenario: scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
            session.locations = registry
            let outcome = try session.run(Session.Options())
            let run = try store.load(path: #require(outcome.path)).get()
            #expect(run.context["location"] == stored)
            #expect(script.text.contains("Locations (a number, an id, or - if unknown):\n  1. berlin (Berlin Mitte)\n  2. kazan (Казань)\n"))
            #expect(script.text.contains("'Berlinn' is not a location of locations.yaml; did you mean 'berlin'? (a number 1 to 2, an id, or -)"))
            #expect(script.text.contains("'3' is not a location of locations.yaml (a number 1 to 2, an id, or -)"))
        }
    }

    @Test(arguments: ["q", " Q ".lowercased(), "й"])
    func qAtTheNamePromptQuitsAsThePromptSaysAndRecordsNothing(typed: String) throws {
        let script = Script([(0, typed)])
        let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        let outcome = try session.run(Session.Options())
        #expect(outcome.path == nil)
        #expect(script.text.contains("Tester's name (q: quit):\n> \(typed)\n"))
        #expect(!FileManager.default.fileExists(atPath: "\(store.root)/\(Fixtures.scenario.id)"))
    }

    @Test(arguments: ["Eve\u{1B}[31mRed", "Eve\u{0}", "Eve\u{85}x", "Eve\tNovak"])
    func aNameWithAControlCharacterIsAskedAgain(typed: String) throws {
        let script = Script([(0, typed), (0, "Eve Novak"), (0, "phone"), (0, "Prague")])
        var scenario = Fixtures.scenario
        scenario.context = ["device", "city"]
        let session = Session(scenario: scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
        let outcome = try session.run(Session.Options())
        let control = try #require(typed.unicodeScalars.first { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
        let code = String(format: "U+%04X", control.value)
        #expect(script.text.contains("a name is one line of printable text; this one contains the control character \(code)"))
        if let path = outcome.path { #expect(try store.load(path: path).get().tester == "Eve Novak") }
    }

    /// A context value typed with a control character is refused and asked again.
    @Test func aContextValueWithAControlCharacterIsAskedAgain() throws {
        var scenario = Fixtures.scenario
        scenario.context = ["device"]
        let script = Script([(0, "Anna"), (0, "Pixel\u{1B}[2J"), (0, "Pixel 7")])
        let (_, run) = try run(script, scenario, Session.Options())
        #expect(run.context == ["device": "Pixel 7"])
        #expect(script.text.contains("a value is one line of printable text; this one contains the control character U+001B"))
    }

    @Test func theFirstScreenNamesTheScenarioInRussianToo() throws {
        let script = Script([])
        let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.ru))
        _ = try session.run(Session.Options())
        #expect(script.text.hasPrefix("Начинается сценарий: Buy a ticket (buy-ticket)\nИмя тестировщика (q: выйти):"))
    }

    @Test(.enabled(if: PyYAML.shouldRun, "PyYAML not found (python3 -c 'import yaml' fails): the YAML 1.1 read-back is not checked here"))
    func aRunFileWithAmbiguousAnswersReadsTheSameInPyYAML() throws {
        let tricky = ["10:48", "yes", "on", "2026-11-23", "1e3", "0x1F", "0o17", "~", ".inf", "1_000", "y", "=", "null"]
        var paths: [String] = []
        for (i, text) in tricky.enumerated() {
            let script = Script([(0, ""), (0, ""), (1, "b"), (0, text), (0, "2"), (1, "n"), (0, text), (1, ""),
                                 (0, "5"), (0, "y"), (0, "-"), (0, "6"), (0, text)])
            let options = Session.Options(tester: text, context: ["device": text, "city": "\(text) \(i)"])
            let session = Session(scenario: Fixtures.scenario, store: store, clock: script.clock, io: script.io, strings: Strings(.en))
            script.clock.advance(by: Double(i) * 100)  // a run id each
            let outcome = try session.run(options)
            let run = try store.load(path: #require(outcome.path)).get()
            #expect(run.context["device"] == text)
            #expect(run.record(for: "search")?.answers["comment"] == .text(text))
            paths.append(try #require(outcome.path))
        }
        let texts = try paths.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let shopper = try texts.map { PyYAML.canonical(try #require(try YAMLParser().parse($0))) }
        let python = try PyYAML.read(texts)
        for (i, (mine, theirs)) in zip(shopper, python).enumerated() {
            #expect(mine == theirs, "\(texts[i])")
        }
        #expect(python.count == tricky.count)
    }
}
