import Foundation
import ShopperCore

/// Which runs `shopper runs` lists.
public struct RunListFilter: Sendable, Hashable {
    public var scenarios: Set<String>
    public var testers: Set<String>
    public var statuses: Set<Run.Status>
    public var since: Date?

    public init(scenarios: Set<String> = [], testers: Set<String> = [], statuses: Set<Run.Status> = [],
                since: Date? = nil) {
        self.scenarios = scenarios
        self.testers = testers
        self.statuses = statuses
        self.since = since
    }

    /// A tester's name or slug reduced to the form filters compare: `Slug.make(from:)`, so case,
    /// spaces and punctuation do not matter and Cyrillic matches its transliteration
    /// (`eva novak`, `Eva Novak` and `eva-novak` are one tester); text with no letters or
    /// digits is compared as it is, lowercased.
    public static func testerKey(_ text: String) -> String {
        Slug.make(from: text) ?? text.lowercased()
    }

    /// Matching runs, newest first (ties by id).
    public func apply(_ runs: [RunSummary]) -> [RunSummary] {
        let testerKeys = Set(testers.map(Self.testerKey))
        return runs.filter { run in
            (scenarios.isEmpty || scenarios.contains(run.scenario))
                && (testerKeys.isEmpty || testerKeys.contains(Self.testerKey(run.tester)))
                && (statuses.isEmpty || statuses.contains(run.status))
                && (since.map { run.started >= $0 } ?? true)
        }
        .sorted { ($0.started, $0.id) > ($1.started, $1.id) }
    }
}

/// The table of `shopper runs`: date, scenario, tester, status, active time, barriers.
public enum RunListRenderer {
    public static func render(_ runs: [RunSummary], width: Int = 80, language: Language = .en) -> String {
        let strings = ReportStrings(language)
        guard !runs.isEmpty else { return strings.noRunsMatch + "\n" }
        var lines = [header(strings)]
        for run in runs {
            let date = Timestamp.format(run.started).prefix(16).replacingOccurrences(of: "T", with: " ")
            lines.append(TextLayout.pad(date, 17) + " " + TextLayout.pad(TextLayout.safe(run.scenario), 23) + " "
                         + TextLayout.pad(TextLayout.safe(run.tester), 14) + " " + TextLayout.pad(language == .en ? run.status.rawValue : strings.status(run.status), 11) + " "
                         + TextLayout.padLeft(DurationText.clock(run.activeSeconds), 7) + " "
                         + TextLayout.padLeft(String(run.barrierCount), 3))
        }
        lines.append(strings.runs(runs.count))
        return lines.map { TextLayout.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    static func header(_ strings: ReportStrings) -> String {
        let c = strings.runColumns
        return TextLayout.pad(c[0], 17) + " " + TextLayout.pad(c[1], 23) + " " + TextLayout.pad(c[2], 14) + " "
            + TextLayout.pad(c[3], 11) + " " + TextLayout.padLeft(c[4], 7) + " " + TextLayout.padLeft(c[5], 3)
    }
}
