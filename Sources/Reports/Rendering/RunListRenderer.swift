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
    public static func render(_ runs: [RunSummary], width: Int = 80) -> String {
        guard !runs.isEmpty else { return "No runs match.\n" }
        var lines = [header]
        for run in runs {
            let date = Timestamp.format(run.started).prefix(16).replacingOccurrences(of: "T", with: " ")
            lines.append(TextLayout.pad(date, 17) + " " + TextLayout.pad(TextLayout.safe(run.scenario), 23) + " "
                         + TextLayout.pad(TextLayout.safe(run.tester), 14) + " " + TextLayout.pad(run.status.rawValue, 11) + " "
                         + TextLayout.padLeft(DurationText.clock(run.activeSeconds), 7) + " "
                         + TextLayout.padLeft(String(run.barrierCount), 3))
        }
        lines.append("\(runs.count) run\(runs.count == 1 ? "" : "s")")
        return lines.map { TextLayout.truncate($0, to: width) }.joined(separator: "\n") + "\n"
    }

    static let header = TextLayout.pad("started (UTC)", 17) + " " + TextLayout.pad("scenario", 23) + " "
        + TextLayout.pad("tester", 14) + " " + TextLayout.pad("status", 11) + " " + TextLayout.padLeft("active", 7)
        + " " + TextLayout.padLeft("bar", 3)
}
