import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

@Suite struct ScenarioDecoderTests {
    let registry = TouchpointRegistry(touchpoints: [
        Touchpoint(id: "app-search", name: "App search", channel: "app", stage: .consideration, owner: "Anna",
                   importance: .init(customer: 5, business: 4)),
        Touchpoint(id: "checkout", name: "Checkout", channel: "app", stage: .purchase, owner: "Boris",
                   importance: .init(customer: 5, business: 5)),
    ])

    func decode(_ text: String) throws -> (Scenario?, [Diagnostic]) {
        let node = try #require(try YAMLParser().parse(text))
        return ScenarioDecoder.decode(node, registry: registry)
    }

    static let valid = """
    scenario: bus-tickets
    title: Buy tickets
    language: ru
    persona: Студентка
    brief: Купите билеты в Прагу
    context: [device, app_version]
    target: 15m
    steps:
      - id: search
        title: Find a trip
        do: Search for Prague
        touchpoint: app-search
        stage: consideration
        expect: [Dates kept]
        target: 1m30s
        checklist:
          - {id: dates, text: Dates kept, weight: 2, critical: yes}
          - {id: price, text: Price shown}
        questions:
          - {id: ease, ask: How easy?, type: seq}
          - {id: pick, ask: Which?, type: choice, options: [Bus, Train]}
          - {id: size, ask: How many?, type: number, min: 0, unit: h}
          - {id: rate, ask: Rate, type: scale, min: 1, max: 5, labels: {1: Bad, 5: Good}}
      - id: pay
        title: Pay
        do: Pay by card
        touchpoint: checkout
        stage: purchase
        score: no
    survey:
      - {id: nps, ask: Recommend?, type: nps}
      - {id: why, ask: Why?, type: text, required: false}
    barriers:
      - {id: no-return, step: search, text: Return date lost}
    """

    @Test func fullScenarioDecodesWithDefaults() throws {
        let (scenario, diagnostics) = try decode(Self.valid)
        #expect(diagnostics.isEmpty)
        let s = try #require(scenario)
        #expect(s.id == "bus-tickets")
        #expect(s.version == 1)
        #expect(s.language == .ru)
        #expect(s.context == ["device", "app_version"])
        #expect(s.target == 900)
        #expect(s.steps.map(\.id) == ["search", "pay"])
        #expect(s.steps[0].target == 90)
        #expect(s.steps[0].score == true)
        #expect(s.steps[1].score == false)
        #expect(s.steps[0].checklist[0].weight == 2 && s.steps[0].checklist[0].critical)
        #expect(s.steps[0].checklist[1].weight == 1 && !s.steps[0].checklist[1].critical)
        #expect(s.steps[0].questions[1].kind == .choice(options: ["Bus", "Train"]))
        #expect(s.steps[0].questions[3].kind == .scale(min: 1, max: 5, labels: [1: "Bad", 5: "Good"]))
        #expect(s.survey[1].required == false)
        #expect(s.barriers == [KnownBarrier(id: "no-return", step: "search", text: "Return date lost")])
    }

    @Test func contextFieldsMayWordTheirPrompt() throws {
        let text = Self.valid.replacingOccurrences(of: "context: [device, app_version]", with: """
            context:
              - device
              - {key: os_version, ask: Which OS version?}
              - {key: visit_time}
            """)
        let (scenario, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let s = try #require(scenario)
        #expect(s.context == ["device", "os_version", "visit_time"])
        #expect(s.contextPrompts == ["os_version": "Which OS version?"])
    }

    @Test func contextFieldGivenTwicePointsAtTheSecondInEitherForm() throws {
        let (text, m) = marked(Self.valid.replacingOccurrences(of: "context: [device, app_version]", with: """
            context:
              - device
              - {key: 1️⃣device, ask: Which device?}
              - {key: city, 2️⃣prompt: Which city?}
            """))
        let (scenario, diagnostics) = try decode(text)
        #expect(scenario == nil)
        #expect(diagnostics.map(\.mark) == [m["1️⃣"], m["2️⃣"]])
        #expect(diagnostics.last?.message.hasPrefix("unknown key 'prompt' in context field") == true)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let (text, m) = marked(Self.valid.replacingOccurrences(of: "    title: Pay", with: "    1️⃣tilte: Pay"))
        let (scenario, diagnostics) = try decode(text)
        #expect(scenario == nil)
        let unknown = try #require(diagnostics.first { $0.message.hasPrefix("unknown key") })
        #expect(unknown.message == "unknown key 'tilte' in step 'pay'; did you mean 'title'?")
        #expect(unknown.mark == m["1️⃣"])
    }

    @Test func everyProblemIsReportedNotJustTheFirst() throws {
        let (text, m) = marked("""
        scenario: 1️⃣Bus Tickets
        title: x
        language: 2️⃣de
        brief: b
        steps:
          - id: a
            title: t
            do: d
            touchpoint: 3️⃣app-serch
            stage: 4️⃣purchse
            target: 5️⃣2x
        """)
        let (_, diagnostics) = try decode(text)
        let marks = diagnostics.map(\.mark)
        for marker in ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣"] {
            #expect(marks.contains(m[marker]!), "no diagnostic at \(marker)")
        }
        #expect(diagnostics.contains { $0.message == "unknown touchpoint 'app-serch' in step 'a'; did you mean 'app-search'? (touchpoints are the ids in touchpoints.yaml)" })
        #expect(diagnostics.contains { $0.message.contains("did you mean 'purchase'?") })
        #expect(diagnostics.map(\.mark) == diagnostics.map(\.mark).sorted())
    }

    @Test func duplicateStepIdPointsAtSecondOccurrence() throws {
        let (text, m) = marked(Self.valid.replacingOccurrences(of: "  - id: pay", with: "  - id: 1️⃣search"))
        let (_, diagnostics) = try decode(text)
        let d = try #require(diagnostics.first { $0.message == "duplicate step id 'search'" })
        #expect(d.mark == m["1️⃣"])
        #expect(d.notes.first?.mark == Mark(line: 9, column: 9))
    }

    @Test(arguments: [
        ("scenario: x\ntitle: t\nlanguage: en\nbrief: b\nsteps: []\n", "a scenario needs at least one step"),
        ("scenario: x\ntitle: t\nlanguage: en\nsteps: []\n", "missing required key 'brief' in scenario"),
        ("- just\n- a list\n", "expected scenario to be a mapping, found a list"),
        ("scenario: x\ntitle: t\nlanguage: en\nbrief: b\nversion: 0\nsteps: []\n", "'version' must be from 1 to 2147483647, found 0"),
        ("scenario: x\ntitle: t\nlanguage: en\nbrief: b\ntarget: 0s\nsteps: []\n", "'target' must be longer than zero"),
        ("scenario: x\ntitle: t\nlanguage: en\nbrief: b\ntarget: 9223372036854775807h\nsteps: []\n",
         "'target' must be at most one year (8760h), found '9223372036854775807h'"),
    ])
    func topLevelProblems(text: String, message: String) throws {
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.contains { $0.message == message }, "\(diagnostics.map(\.message))")
    }

    @Test(arguments: [("85%", 0.85), ("0.85", 0.85), ("92.5%", 0.925), ("100%", 1.0), ("0%", 0.0), ("1", 1.0), ("0", 0.0)])
    func passMarkReadsAsAFraction(text: String, expected: Double) throws {
        let (scenario, diagnostics) = try decode(Self.valid.replacingOccurrences(of: "target: 15m\n", with: "target: 15m\npass: \(text)\n"))
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        let pass = try #require(scenario?.pass)
        #expect(abs(pass - expected) < 1e-12)
    }

    @Test func withoutPassMarkThereIsNone() throws {
        #expect(try decode(Self.valid).0?.pass == nil)
        #expect(try decode(Self.valid.replacingOccurrences(of: "target: 15m\n", with: "target: 15m\npass:\n")).0?.pass == nil)
    }

    @Test(arguments: [
        ("85", "'pass' must be a fraction from 0 to 1, found '85' (write 85% for a percentage)"),
        ("1.5", "'pass' must be a fraction from 0 to 1, found '1.5' (write 1.5% for a percentage)"),
        ("-0.1", "'pass' must be a fraction from 0 to 1, found '-0.1'"),
        ("120%", "'pass' must be from 0% to 100%, found '120%'"),
        ("085%", "'pass' must be a percentage such as 85% or a fraction from 0 to 1 such as 0.85, found '085%'"),
        ("high", "'pass' must be a percentage such as 85% or a fraction from 0 to 1 such as 0.85, found 'high'"),
        ("'0.85'", "'pass' must be a percentage such as 85% or a fraction from 0 to 1 such as 0.85, found '0.85'"),
        ("[85%]", "'pass' must be a percentage such as 85% or a fraction from 0 to 1 such as 0.85, found a list"),
    ])
    func badPassMarkIsAPositionedError(text: String, message: String) throws {
        let (marked, m) = marked(Self.valid.replacingOccurrences(of: "target: 15m\n", with: "target: 15m\npass: 1️⃣\(text)\n"))
        let (scenario, diagnostics) = try decode(marked)
        #expect(scenario == nil)
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.mark == m["1️⃣"])
    }

    @Test(arguments: [
        ("{id: q, ask: a, type: scale, min: 5, max: 1}", "'min' must be less than 'max' (found 5 and 1)"),
        ("{id: q, ask: a, type: scale, min: 1}", "a question of type 'scale' needs 'min' and 'max'"),
        ("{id: q, ask: a, type: scale, min: 5, max: 1, labels: {3: x}}", "'min' must be less than 'max' (found 5 and 1)"),
        ("{id: q, ask: a, type: choice, options: [one]}", "a choice needs at least two options"),
        ("{id: q, ask: a, type: choice, options: [one, one]}", "duplicate option 'one'"),
        ("{id: q, ask: a, type: choice}", "a question of type 'choice' needs 'options'"),
        ("{id: q, ask: a, type: choice, options: [Один, Два, \"2\"]}", "option '2' is also the number of option 2; testers answer choices by number"),
        ("{id: q, ask: a, type: choice, options: [None, \" 1 \"]}", "option ' 1 ' is also the number of option 1; testers answer choices by number"),
        ("{id: q, ask: a, type: nps, options: [x, y]}", "'options' does not apply to a question of type 'nps'"),
        ("{id: q, ask: a, type: rating}", "unknown question type 'rating'; expected one of nps, csat, ces, seq, scale, yesno, choice, number, text"),
        ("{id: q, ask: a, type: sqe}", "unknown question type 'sqe'; expected one of nps, csat, ces, seq, scale, yesno, choice, number, text; did you mean 'seq'?"),
        ("{id: q, ask: a, type: scale, min: 1, max: 5, labels: {9: x}}", "label for 9 is outside the scale 1 to 5"),
        ("{id: q, ask: a, type: number, min: 5, max: 1}", "'min' must not be greater than 'max'"),
        // Ends far apart once overflowed the point count (a trap): each end has a range.
        ("{id: q, ask: a, type: scale, min: -9223372036854775807, max: 9223372036854775807}",
         "'min' must be from -1000 to 1000, found -9223372036854775807"),
        ("{id: q, ask: a, type: scale, min: 1, max: 1001}", "'max' must be from -1000 to 1000, found 1001"),
        ("{id: q, ask: a, type: number, max: 1e308}", "'max' must be from -1000000000000000 to 1000000000000000, found '1e308'"),
        ("{id: Q1, ask: a, type: text}", "'id' must be a lowercase slug ([a-z0-9][a-z0-9-]*), found 'Q1'; try 'q1'"),
        ("{id: q, ask: a, type: text, required: maybe}", "expected true or false (or yes or no) for 'required', found 'maybe'"),
    ])
    func questionProblems(question: String, message: String) throws {
        let text = Self.valid.replacingOccurrences(of: "  - {id: nps, ask: Recommend?, type: nps}", with: "  - \(question)")
        let (scenario, diagnostics) = try decode(text)
        #expect(scenario == nil)
        #expect(diagnostics.contains { $0.message == message }, "\(diagnostics.map(\.message))")
    }

    @Test(arguments: [
        ("{id: c, text: t, weight: 0}", "'weight' must be greater than 0, found 0"),
        ("{id: c, text: t, weight: 1e308}", "'weight' must be at most 1000, found '1e308'"),
        ("{id: c, text: t, weight: heavy}", "expected a number for 'weight', found 'heavy'"),
        ("{id: c, text: t, critical: 2}", "expected true or false (or yes or no) for 'critical', found '2'"),
        ("{id: c}", "missing required key 'text' in checklist item in step 'search'"),
    ])
    func checklistProblems(item: String, message: String) throws {
        let text = Self.valid.replacingOccurrences(of: "      - {id: price, text: Price shown}", with: "      - \(item)")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.contains { $0.message == message }, "\(diagnostics.map(\.message))")
    }

    @Test func numericOptionsAreFineInTheirOwnPlaceOrBeyondTheCount() throws {
        // "2" as option 2 is chosen by typing 2 either way; "5" of three options is no option's number.
        let text = Self.valid.replacingOccurrences(of: "  - {id: nps, ask: Recommend?, type: nps}",
                                                   with: "  - {id: q, ask: a, type: choice, options: [\"1\", \"2\", \"5\"]}")
        let (scenario, diagnostics) = try decode(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        #expect(scenario != nil)
    }

    @Test func barrierMustNameAStep() throws {
        let text = Self.valid.replacingOccurrences(of: "step: search, text: Return", with: "step: serch, text: Return")
        let (_, diagnostics) = try decode(text)
        #expect(diagnostics.map(\.message) == ["barrier 'no-return' names unknown step 'serch'; did you mean 'search'?"])
    }

    @Test func withoutRegistryTouchpointsAreNotChecked() throws {
        let node = try #require(try YAMLParser().parse(Self.valid.replacingOccurrences(of: "touchpoint: checkout", with: "touchpoint: nowhere")))
        #expect(ScenarioDecoder.decode(node, registry: nil).1.isEmpty)
        #expect(ScenarioDecoder.decode(node, registry: registry).1.count == 1)
    }
}
