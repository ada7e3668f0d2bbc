import Reports
import Testing

/// The whole report on generated histories (`SyntheticHistory`): the Benjamini–Hochberg control
/// keeps flags from noise rare, and effects of a realistic size are still flagged.
@Suite struct FalseDiscoveryTests {
    static let seeds: [UInt64] = (1...40).map { UInt64($0) &* 7_919 }

    @Test func withNoEffectFlagsAverageAtMostOneInTenReports() {
        var flags = 0
        var tests = 0
        for seed in Self.seeds {
            let report = SyntheticHistory.builder().build(SyntheticHistory.runs(seed: seed, effects: .none))
            flags += report.scenarios.flatMap(\.changes).count { $0.kind == .regression || $0.kind == .improvement }
            tests += report.tests.count
        }
        let perReport = Double(flags) / Double(Self.seeds.count)
        #expect(perReport <= 0.1, "\(flags) flags over \(Self.seeds.count) reports")
        // 44 tests a report (the issue counts about 50): without the control, p < 0.05 would flag ~2.
        #expect(tests / Self.seeds.count >= 40)
    }

    /// Known effects of a realistic size at 30 runs a period, over the same 40 seeds. The slower
    /// step, the score drop and the critical item (through its step's compliance or the pass
    /// rate) are flagged in (nearly) every history. CSAT −30 points (90% → 60%) is at the limit of
    /// what 30 answers a period can show: the two-proportion test alone finds it at p < 0.05 in
    /// about 79% of such histories (scipy simulation, `reference/issue8_reference.py` notes), and
    /// after the false-discovery control in a little over half; the test holds it to that.
    @Test func knownEffectsAreFlagged() throws {
        var found: [String: Int] = [:]
        for seed in Self.seeds {
            let report = SyntheticHistory.builder().build(SyntheticHistory.runs(seed: seed, effects: .known))
            let changes = try #require(report.scenarios.first?.changes)
            func flagged(_ metric: MetricKind, _ step: String?) -> Bool {
                changes.contains { $0.metric == metric && $0.step == step && $0.question == nil && $0.kind == .regression }
            }
            let effects = ["slow step": flagged(.time, "s4"), "score": flagged(.score, "s5"), "csat": flagged(.csat, nil),
                           "critical": flagged(.compliance, "s3") || flagged(.pass, nil)]
            for (name, hit) in effects where hit { found[name, default: 0] += 1 }
            #expect(report.hasRegression)
        }
        #expect(found["slow step"] == Self.seeds.count, "\(found)")
        #expect(found["score", default: 0] >= 37, "\(found)")
        #expect(found["critical", default: 0] >= 37, "\(found)")
        #expect(found["csat", default: 0] >= 20, "\(found)")
    }
}
