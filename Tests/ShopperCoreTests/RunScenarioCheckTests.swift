import TestSupport
import Testing
import YAMLKit
@testable import ShopperCore

@Suite struct RunScenarioCheckTests {
    static let scenarioText = """
    scenario: trip
    title: Trip
    version: 2
    language: en
    brief: Buy a ticket.
    steps:
      - id: sdacha
        title: Change
        do: Count the change.
        touchpoint: till
        stage: purchase
        checklist:
          - {id: counted, text: Counted}
        questions:
          - {id: csat-q, ask: Happy?, type: csat}
          - {id: pick, ask: How?, type: choice, options: [Bus, Train]}
          - {id: fare, ask: Fare?, type: number, min: 0, max: 100}
          - {id: floor, ask: Floor?, type: number, min: 1}
          - {id: note, ask: Note?, type: text, required: false}
      - id: leave
        title: Leave
        do: Leave the shop.
        touchpoint: door
        stage: post-purchase
    survey:
      - {id: again, ask: Again?, type: yesno}
      - {id: nps, ask: Recommend?, type: nps}
      - {id: why, ask: Why?, type: text, required: false}
    """

    static let scenario: Scenario = {
        let node = try! SourceFile.parse(bytes: Array(scenarioText.utf8)).get()
        let (scenario, diagnostics) = ScenarioDecoder.decode(node, registry: nil)
        precondition(diagnostics.isEmpty, "\(diagnostics)")
        return scenario!
    }()

    static func run(steps: String, survey: String = "{}", version: String = "scenario_version: 2") -> String {
        """
        format: 1
        run: 20261123T101500Z-anna
        scenario: trip
        \(version)
        tester: Anna
        started: 2026-11-23T10:15:00Z
        status: in-progress
        steps:
        \(steps)
        survey: \(survey)
        """
    }

    static let cleanSteps = """
          - step: sdacha
            touchpoint: till
            stage: purchase
            outcome: done
            seconds: 60
            paused_seconds: 30
            barriers:
              - {id: slow, text: Slow, severity: 2, at: 90}
            checklist: {counted: yes}
            answers: {csat-q: 5, pick: Train, fare: 12.5, floor: 3, note: ~}
            notes:
              - {at: 10, text: Queue}
          - step: leave
            touchpoint: door
            stage: post-purchase
            outcome: started
        """

    func check(_ text: String) throws -> [Diagnostic] {
        let node = try SourceFile.parse(bytes: Array(text.utf8)).get()
        #expect(RunDecoder.decode(node).1.isEmpty, "the fixture is a well-formed run")
        return RunScenarioCheck.check(node, against: Self.scenario)
    }

    @Test func aRunThatFitsItsScenarioHasNoProblems() throws {
        #expect(try check(Self.run(steps: Self.cleanSteps, survey: "{again: no, nps: 10, why: ~}")).isEmpty)
    }

    @Test func everyMismatchWithTheStepPointsAtItsValue() throws {
        let (text, m) = marked(Self.run(steps: """
              - step: sdacha
                touchpoint: 1️⃣web
                stage: 2️⃣intent
                outcome: done
                seconds: 60
                paused_seconds: 30
                barriers:
                  - {id: slow, text: Slow, severity: 2, at: 3️⃣120}
                  - {id: fine, text: Fine, severity: 1, at: 90}
                checklist:
                  counted: yes
                  4️⃣count: no
                answers:
                  csat-q: 5️⃣9
                  pick: 6️⃣Maybe
                  fare: 7️⃣500
                  8️⃣feedback: fine
                notes:
                  - {at: 9️⃣95.5, text: Late}
            """))
        let diagnostics = try check(text)
        let expected: [(String, String)] = [
            ("1️⃣", "touchpoint 'web' differs from step 'sdacha' of scenario 'trip', which has 'till'"),
            ("2️⃣", "stage 'intent' differs from step 'sdacha' of scenario 'trip', which has 'purchase'"),
            ("3️⃣", "barrier 'slow' at 120 seconds is after the end of step 'sdacha' (90 seconds: seconds + paused_seconds)"),
            ("4️⃣", "checklist item 'count' is not in step 'sdacha' of scenario 'trip'; did you mean 'counted'?"),
            ("5️⃣", "answer 9 to 'csat-q' is outside 1 to 5"),
            ("6️⃣", "'Maybe' is not an option of 'pick' (options: Bus, Train)"),
            ("7️⃣", "answer 500 to 'fare' is outside 0 to 100"),
            ("8️⃣", "question 'feedback' is not in step 'sdacha' of scenario 'trip'"),
            ("9️⃣", "note at 95.5 seconds is after the end of step 'sdacha' (90 seconds: seconds + paused_seconds)"),
        ]
        #expect(diagnostics.map(\.message) == expected.map(\.1))
        #expect(diagnostics.map(\.mark) == expected.map { m[$0.0]! })
    }

    @Test func aStepNotInTheScenarioSuggestsTheClosest() throws {
        let (text, m) = marked(Self.run(steps: """
              - step: 1️⃣sdachaa
                touchpoint: till
                stage: purchase
                outcome: done
                answers: {whatever: 1}
            """))
        let diagnostics = try check(text)
        // Nothing else of the record is compared: there is no step to compare it with.
        #expect(diagnostics.map(\.message) == ["step 'sdachaa' is not in scenario 'trip'; did you mean 'sdacha'?"])
        #expect(diagnostics.first?.mark == m["1️⃣"])
    }

    @Test func surveyAnswersAreComparedWithTheSurvey() throws {
        let (text, m) = marked(Self.run(steps: "  []", survey: "{again: 1️⃣maybe, nps: 2️⃣7.5, 3️⃣npss: 3, why: ~}"))
        let diagnostics = try check(text)
        #expect(diagnostics.map(\.message) == [
            "answer 'maybe' to 'again' must be yes or no",
            "answer 7.5 to 'nps' must be a whole number from 0 to 10",
            "survey question 'npss' is not in scenario 'trip'; did you mean 'nps'?",
        ])
        // `why: ~` is fine: an empty answer to a question that is not required.
        #expect(diagnostics.map(\.mark) == [m["1️⃣"]!, m["2️⃣"]!, m["3️⃣"]!])
    }

    @Test(arguments: [
        ("csat-q: good", "answer 'good' to 'csat-q' must be a whole number from 1 to 5"),
        ("csat-q: 0", "answer 0 to 'csat-q' is outside 1 to 5"),
        ("csat-q: 4.0", nil),
        ("csat-q: ~", "'csat-q' is a required question but its answer is empty"),
        ("pick: train", "'train' is not an option of 'pick' (options: Bus, Train); did you mean 'Train'?"),
        ("pick: 2", "'2' is not an option of 'pick' (options: Bus, Train)"),
        ("fare: lots", "answer 'lots' to 'fare' must be a number"),
        ("fare: -1", "answer -1 to 'fare' is outside 0 to 100"),
        ("floor: 0", "answer 0 to 'floor' is below the minimum 1"),
        ("floor: 1000", nil),
        ("note: 42", nil),
    ] as [(String, String?)])
    func answerValues(answer: String, message: String?) throws {
        let steps = "  - {step: sdacha, touchpoint: till, stage: purchase, outcome: done, answers: {\(answer)}}"
        let diagnostics = try check(Self.run(steps: steps))
        #expect(diagnostics.map(\.message) == (message.map { [$0] } ?? []))
    }

    @Test func malformedValuesAreLeftToTheRunDecoder() throws {
        // Not slugs, not numbers: the run decoder reports these; comparing them would say it twice.
        let text = Self.run(steps: """
              - step: Sdacha
                touchpoint: Till
                stage: buying
                outcome: done
                answers: {Csat: 9}
              - step: sdacha
                touchpoint: till
                stage: purchase
                outcome: done
                seconds: long
                barriers:
                  - {id: slow, text: Slow, severity: 2, at: 1000}
            """)
        let node = try SourceFile.parse(bytes: Array(text.utf8)).get()
        #expect(RunDecoder.decode(node).1.hasErrors)
        #expect(RunScenarioCheck.check(node, against: Self.scenario).isEmpty)
    }

    @Test func theReferenceIsTheScenarioAndItsVersion() throws {
        func reference(_ version: String) throws -> String? {
            let node = try SourceFile.parse(bytes: Array(Self.run(steps: "  []", version: version).utf8)).get()
            return RunScenarioCheck.reference(of: node).map { "\($0.scenario) \($0.version)" }
        }
        #expect(try reference("scenario_version: 2") == "trip 2")
        #expect(try reference("") == "trip 1")
        #expect(try reference("scenario_version: two") == nil)
    }
}
