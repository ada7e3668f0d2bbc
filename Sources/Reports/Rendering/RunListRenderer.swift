import Foundation
import ShopperCore

/// Which runs `shopper runs` lists.
public struct RunListFilter: Sendable, Hashable {
    public var scenarios: Set<String>
    public var testers: Set<String>
    public var statuses: Set<Run.Status>
    public var since: Date?
    /// `--where` clauses.
    public var `where` = RunFilter()

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
                && (`where`.isEmpty || `where`.matches(run))
        }
        .sorted { ($0.started, $0.id) > ($1.started, $1.id) }
    }
}

/// The table of `shopper runs`: run id, scenario, tester, status, active time, barriers and
/// location, with the start date first when the width allows. The id is the run file's name,
/// exactly what `shopper show` takes. Column widths follow their contents; when the table is
/// too wide the start date goes first, then the location's name (with a registry), then the
/// tester (the run id starts with the start time and ends in the tester's slug, so neither is
/// lost), then the barrier column's head is shortened, then the active time goes, then long
/// scenario ids are cut; the run id and the location id never are. The location column is left
/// out when no listed run records one.
public enum RunListRenderer {
    public static func render(_ runs: [RunSummary], width: Int = 80, language: Language = .en,
                              locations: LocationRegistry? = nil) -> String {
        let strings = ReportStrings(language)
        guard !runs.isEmpty else { return strings.noRunsMatch + "\n" }
        let heads = strings.runColumns
        struct Column {
            var head: String
            var cells: [String]
            var right = false
            var width: Int { ([head] + cells).map(TextLayout.width).max() ?? 0 }
        }
        let started = Column(head: heads[0], cells: runs.map {
            Timestamp.format($0.started).prefix(16).replacingOccurrences(of: "T", with: " ")
        })
        let id = Column(head: heads[1], cells: runs.map { TextLayout.safe(showID(of: $0)) })
        let scenario = Column(head: heads[2], cells: runs.map { TextLayout.safe($0.scenario) })
        let tester = Column(head: heads[3], cells: runs.map { TextLayout.safe($0.tester) })
        let status = Column(head: heads[4], cells: runs.map { strings.status($0.status) })
        let active = Column(head: heads[5], cells: runs.map { DurationText.clock($0.activeSeconds) }, right: true)
        let barriers = Column(head: heads[6], cells: runs.map { String($0.barrierCount) }, right: true)
        var shortBarriers = barriers
        shortBarriers.head = strings.barriersShort
        let resolver = SegmentResolver(locations: locations)
        let hasLocation = runs.contains { $0.context["location"] != nil }
        let location = Column(head: strings.locationColumn, cells: runs.map { TextLayout.safe($0.context["location"] ?? "—") })
        // With a registry: `prague (Praha Václavské náměstí)`, when it fits.
        let named = Column(head: strings.locationColumn, cells: runs.map { run in
            guard let id = run.context["location"] else { return "—" }
            guard let name = resolver.location(id)?.name, name != id else { return TextLayout.safe(id) }
            return TextLayout.safe("\(id) (\(name))")
        })
        let place: [Column] = hasLocation ? [location] : []
        let namedPlace: [Column] = hasLocation && locations != nil ? [named] : []
        var layouts: [(columns: [Column], gap: Int)] = []
        if !namedPlace.isEmpty { layouts.append(([started, id, scenario, tester, status, active, barriers] + namedPlace, 2)) }
        layouts += [([started, id, scenario, tester, status, active, barriers] + place, 2)]
        if !namedPlace.isEmpty { layouts.append(([id, scenario, tester, status, active, barriers] + namedPlace, 2)) }
        layouts += [
            ([id, scenario, tester, status, active, barriers] + place, 2),
            ([id, scenario, status, active, barriers] + place, 2),
            ([id, scenario, status, active, shortBarriers] + place, 1),
        ]
        if hasLocation { layouts.append(([id, scenario, status, shortBarriers] + place, 1)) }
        func total(_ layout: (columns: [Column], gap: Int)) -> Int {
            layout.columns.map(\.width).reduce(0, +) + layout.gap * (layout.columns.count - 1)
        }
        let (columns, gap) = layouts.first { total($0) <= width } ?? layouts.last!
        // Still too wide (very long scenario ids or names): the scenario and tester columns give way,
        // cut with `…`; the run id and the location id never are.
        var widths = columns.map(\.width)
        var overflow = total((columns, gap)) - width
        for i in columns.indices where overflow > 0 && (columns[i].head == heads[2] || columns[i].head == heads[3]) {
            let give = min(overflow, max(0, widths[i] - 12))
            widths[i] -= give
            overflow -= give
        }
        func line(_ cell: (Int) -> String) -> String {
            let cells = columns.indices.map { i in
                columns[i].right ? TextLayout.padLeft(cell(i), widths[i]) : TextLayout.pad(cell(i), widths[i])
            }
            return TextRenderer.trimmed(cells.joined(separator: String(repeating: " ", count: gap)))
        }
        var lines = [line { columns[$0].head }]
        for row in runs.indices { lines.append(line { columns[$0].cells[row] }) }
        lines.append(strings.runs(runs.count))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The id `shopper show` finds the run by: its file's name (`RunLookup`), which is the
    /// `run:` id unless the file was renamed; the `run:` id when there is no file.
    static func showID(of run: RunSummary) -> String {
        run.path.isEmpty ? run.id : RunLookup.runID(ofPath: run.path)
    }
}
