import Reports
import Testing

/// League tables on generated chains (`SegmentSyntheticHistory`: 20 locations, 6 runs each a month,
/// two months): three known bad locations are flagged below the rest, and a chain with no bad
/// location flags none on average.
@Suite struct SegmentFalseDiscoveryTests {
    static let seeds: [UInt64] = (1...40).map { UInt64($0) &* 104_729 }

    static func flagged(_ report: Report, month: String) -> Set<String> {
        let table = report.scenarios.first?.periods.first { $0.period.label == month }?.league
        return Set(table?.rows.filter(\.belowProgramme).map(\.value) ?? [])
    }

    /// Flags in the current month (November) over 40 chains: exactly the three bad locations in
    /// most of them, each bad location in nearly all, and a good one rarely.
    @Test func threeKnownBadLocationsAreFlagged() {
        var exact = 0, badHits = 0, goodHits = 0
        for seed in Self.seeds {
            let report = SegmentSyntheticHistory.builder().build(SegmentSyntheticHistory.runs(seed: seed))
            let flagged = Self.flagged(report, month: "2026-11")
            if flagged == SegmentSyntheticHistory.knownBad { exact += 1 }
            badHits += flagged.intersection(SegmentSyntheticHistory.knownBad).count
            goodHits += flagged.subtracting(SegmentSyntheticHistory.knownBad).count
        }
        let n = Self.seeds.count
        let rates = "exact \(exact)/\(n), bad found \(badHits)/\(3 * n), good flagged \(goodHits)/\(17 * n)"
        #expect(exact >= 34, "\(rates)")
        #expect(badHits >= 3 * n - 4, "\(rates)")
        #expect(goodHits <= 4, "\(rates)")
    }

    /// No bad location: flags (both months) per report at most alpha on average.
    @Test func aChainWithNoEffectFlagsNoneOnAverage() {
        var flags = 0
        for seed in Self.seeds {
            let report = SegmentSyntheticHistory.builder().build(SegmentSyntheticHistory.runs(seed: seed, bad: []))
            flags += Self.flagged(report, month: "2026-10").count + Self.flagged(report, month: "2026-11").count
        }
        #expect(Double(flags) / Double(Self.seeds.count) <= 0.05, "\(flags) flags over \(Self.seeds.count) reports")
    }

    /// The change flags do not depend on --by-segment: the segment tests are a family of their own.
    @Test func bySegmentLeavesTheChangeFlagsAlone() {
        let runs = SegmentSyntheticHistory.runs(seed: 7)
        var plain = SegmentSyntheticHistory.builder()
        plain.options.segment = nil
        let with = SegmentSyntheticHistory.builder().build(runs)
        let without = plain.build(runs)
        #expect(with.tests == without.tests)
        #expect(with.scenarios.map(\.changes) == without.scenarios.map(\.changes))
    }
}
