import Testing
import Reports

struct ComplianceTests {
    @Test func weightedShareOfYesIgnoringNotApplicable() {
        let compliance = Compliance(items: [
            .init(weight: 3, passed: true),
            .init(weight: 1, passed: false),
            .init(weight: 2, passed: true),
            .init(weight: 5, passed: nil),
        ])
        #expect(compliance.earned == 5)
        #expect(compliance.possible == 6)
        #expect(compliance.criticalFailed == false)
        #expect(isClose(compliance.score, 5.0 / 6.0, relative: 1e-15))
    }

    @Test func criticalNoScoresZero() {
        let compliance = Compliance(items: [
            .init(weight: 10, passed: true),
            .init(weight: 1, critical: true, passed: false),
        ])
        #expect(compliance.criticalFailed)
        #expect(compliance.score == 0)
        #expect(compliance.earned == 10)
    }

    @Test func criticalYesOrNotApplicableDoesNotZero() {
        let compliance = Compliance(items: [
            .init(weight: 1, critical: true, passed: true),
            .init(weight: 1, critical: true, passed: nil),
            .init(weight: 1, passed: false),
        ])
        #expect(compliance.criticalFailed == false)
        #expect(compliance.score == 0.5)
    }

    @Test func nothingAnsweredHasNoScore() {
        #expect(Compliance(items: []).score == nil)
        #expect(Compliance(items: [.init(passed: nil)]).score == nil)
        #expect(Compliance(items: [.init(weight: 0, passed: true)]).score == nil)
    }
}
