import Foundation
import YAMLKit

/// `shopper touchpoints import`: a brainstorm spreadsheet (CSV) turned into registry entries.
///
/// Columns (header row, any order, case ignored): `id` or `name` (at least one; an id is made
/// from the name as barrier ids are, `Slug.make(from:)`), `channel`, `stage`, `owner`
/// (optional), `customer` and `business` (importance 1–5), `team` (optional team score 0–10,
/// recorded as an assessment dated `date` by `by`).
///
/// A row whose id is already in the registry is never written: with the same fields it is
/// `unchanged`, with different ones it is `skipped` with the differences listed (edit the
/// registry by hand). Only new ids are `added`. Any row error means nothing is to be written.
public struct TouchpointImport: Sendable {
    public struct Skipped: Sendable, Hashable {
        public var id: String
        /// The spreadsheet row.
        public var row: Int
        /// The fields that differ from the registry.
        public var fields: [Difference]

        /// `owner: 'A' in the registry, 'B' in the file`, one per field.
        public var differences: [String] { fields.map(\.description) }
    }

    /// A field the file gives otherwise than the registry (nil: none).
    public struct Difference: Sendable, Hashable, CustomStringConvertible {
        public var field: String
        public var registry: String?
        public var file: String?

        public var description: String {
            "\(field): \(registry.map(Echo.quoted) ?? "none") in the registry, \(file.map(Echo.quoted) ?? "none") in the file"
        }
    }

    /// New touchpoints with their spreadsheet rows.
    public var added: [(touchpoint: Touchpoint, row: Int)] = []
    public var unchanged: [(id: String, row: Int)] = []
    public var skipped: [Skipped] = []
    public var errors: [FileDiagnostic] = []

    /// Header names, lowercased with ё as е (docs/commands.md lists them): English and Russian.
    static let aliases: [String: String] = [
        "id": "id", "name": "name", "channel": "channel", "stage": "stage", "owner": "owner",
        "customer": "customer", "customer importance": "customer", "importance customer": "customer",
        "business": "business", "business importance": "business", "importance business": "business",
        "team": "team", "team score": "team", "score": "team",
        "ид": "id", "идентификатор": "id", "код": "id",
        "имя": "name", "название": "name", "наименование": "name", "точка контакта": "name",
        "канал": "channel", "этап": "stage", "этап пути": "stage", "стадия": "stage",
        "владелец": "owner", "ответственный": "owner",
        "важность для клиента": "customer", "важность клиента": "customer", "клиент": "customer",
        "важность для бизнеса": "business", "важность бизнеса": "business", "бизнес": "business",
        "оценка команды": "team", "оценка": "team", "команда": "team",
    ]

    /// The journey stages' Russian names (as the Russian starter scenario explains them), lowercased with ё as е.
    static let russianStages: [String: JourneyStage] = [
        "осведомленность": .awareness, "рассмотрение": .consideration, "интерес": .interest, "намерение": .intent,
        "покупка": .purchase, "после покупки": .postPurchase, "удержание": .retention, "рекомендации": .advocacy,
        "лояльность": .loyalty,
    ]

    /// A header or stage name as looked up: trimmed, lowercased, ё as е, runs of spaces as one.
    static func folded(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    public static func plan(csv text: String, path: String, registry: TouchpointRegistry?,
                            date: CalendarDate, by: String) -> TouchpointImport {
        var result = TouchpointImport()
        func fail(_ message: String, _ mark: Mark) {
            result.errors.append(FileDiagnostic(path: path, diagnostic: Diagnostic(.error, message, at: mark)))
        }
        let table: CSVTable
        switch CSVTable.parse(text) {
        case .failure(let d): result.errors.append(FileDiagnostic(path: path, diagnostic: d)); return result
        case .success(let t): table = t
        }
        guard let header = table.header else { fail("empty file: expected a header row", .start); return result }
        var column: [String: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let key = Self.folded(field.text)
            // Spreadsheets save trailing empty columns; their cells must stay empty (checked per row).
            if key.isEmpty { continue }
            guard let name = aliases[key] else {
                let hint = Suggestion.closest(to: key, in: aliases.keys.sorted()).map { "did you mean \(Echo.quoted($0))? " } ?? ""
                fail("unknown column \(Echo.quoted(field.text)); \(hint)expected id, name, channel, stage, owner, customer, business, team (or their Russian names, docs/commands.md)", field.mark)
                continue
            }
            if column[name] != nil { fail("column \(Echo.quoted(name)) appears twice", field.mark) } else { column[name] = index }
        }
        if column["id"] == nil && column["name"] == nil { fail("the header needs an 'id' or a 'name' column", header.fields[0].mark) }
        for required in ["channel", "stage", "customer", "business"] where column[required] == nil {
            fail("the header has no \(Echo.quoted(required)) column", header.fields[0].mark)
        }
        guard result.errors.isEmpty else { return result }

        var seen: [String: Int] = [:]
        for row in table.rows {
            let errorsBefore = result.errors.count
            func cell(_ name: String) -> CSVTable.Field? {
                guard let i = column[name], i < row.fields.count else { return nil }
                let f = row.fields[i]
                let trimmed = f.text.trimmingCharacters(in: .whitespacesAndNewlines)
                return trimmed.isEmpty ? nil : CSVTable.Field(text: trimmed, mark: f.mark)
            }
            let rowMark = Mark(line: row.line, column: 1)
            // A value under no header (past the last column, or under an empty header cell) would be lost.
            for (index, f) in row.fields.enumerated() where !f.text.allSatisfy(\.isWhitespace) {
                let named = index < header.fields.count && !header.fields[index].text.allSatisfy(\.isWhitespace)
                if !named {
                    fail("row \(row.number): \(Echo.quoted(f.text)) is in a column with no header", f.mark)
                    break
                }
            }
            // Names are one line of printable text: a NUL, an escape or a newline would reach the
            // registry, every report and the terminal.
            for key in ["id", "name", "channel", "owner"] {
                if let f = cell(key), let problem = ControlCharacters.problem(inName: f.text) { fail("row \(row.number): the \(key) \(problem)", f.mark) }
            }
            var id: String?
            if let f = cell("id") {
                if Slug.isValid(f.text) { id = f.text } else if ControlCharacters.first(in: f.text) == nil { fail("row \(row.number): id \(Echo.quoted(f.text)) is not a slug (lowercase letters, digits, hyphens)", f.mark) }
            } else if let f = cell("name") {
                id = Slug.make(from: f.text)
                if id == nil { fail("row \(row.number): no id can be made from the name \(Echo.quoted(f.text))", f.mark) }
            } else {
                fail("row \(row.number): no id and no name", rowMark)
            }
            let name = cell("name")?.text ?? id
            let channel = cell("channel")?.text
            if channel == nil { fail("row \(row.number): the channel is empty", rowMark) }
            var stage: JourneyStage?
            if let f = cell("stage") {
                stage = JourneyStage(rawValue: f.text.lowercased()) ?? Self.russianStages[Self.folded(f.text)]
                if stage == nil { fail("row \(row.number): unknown stage \(Echo.quoted(f.text)); expected one of \(JourneyStage.allCases.map(\.rawValue).joined(separator: ", "))", f.mark) }
            } else { fail("row \(row.number): the stage is empty", rowMark) }
            func number(_ key: String, _ what: String, _ range: ClosedRange<Double>, integer: Bool) -> Double? {
                guard let f = cell(key) else { return nil }
                let value = Double(f.text.replacingOccurrences(of: ",", with: "."))
                guard let value, value.isFinite, range.contains(value), !integer || value == value.rounded() else {
                    fail("row \(row.number): \(what) \(Echo.quoted(f.text)) is not \(integer ? "a whole number" : "a number") from \(Int(range.lowerBound)) to \(Int(range.upperBound))", f.mark)
                    return nil
                }
                return value
            }
            let customer = number("customer", "customer importance", 1...5, integer: true)
            let business = number("business", "business importance", 1...5, integer: true)
            if cell("customer") == nil { fail("row \(row.number): the customer importance is empty", rowMark) }
            if cell("business") == nil { fail("row \(row.number): the business importance is empty", rowMark) }
            let team = number("team", "team score", 0...10, integer: false)
            if let id {
                if let first = seen[id] {
                    fail("row \(row.number): duplicate id \(Echo.quoted(id)) (first in row \(first))", cell("id")?.mark ?? cell("name")?.mark ?? rowMark)
                } else { seen[id] = row.number }
            }
            guard result.errors.count == errorsBefore, let id, let name, let channel, let stage, let customer, let business else { continue }
            let touchpoint = Touchpoint(
                id: id, name: name, channel: channel, stage: stage, owner: cell("owner")?.text,
                importance: .init(customer: Int(customer), business: Int(business)),
                assessments: team.map { [Touchpoint.Assessment(score: $0, date: date, by: by)] } ?? [])
            if let existing = registry?[id] {
                let differences = differences(existing, touchpoint, nameGiven: cell("name") != nil)
                if differences.isEmpty { result.unchanged.append((id, row.number)) } else { result.skipped.append(Skipped(id: id, row: row.number, fields: differences)) }
            } else {
                result.added.append((touchpoint, row.number))
            }
        }
        return result
    }

    /// The fields the file gives that differ from the registry's (an empty name, owner or team
    /// cell gives nothing, so it differs from nothing).
    static func differences(_ old: Touchpoint, _ new: Touchpoint, nameGiven: Bool) -> [Difference] {
        var out: [Difference] = []
        func differ(_ field: String, _ a: String?, _ b: String?) {
            if a != b { out.append(Difference(field: field, registry: a, file: b)) }
        }
        if nameGiven { differ("name", old.name, new.name) }
        differ("channel", old.channel, new.channel)
        differ("stage", old.stage.rawValue, new.stage.rawValue)
        if new.owner != nil { differ("owner", old.owner, new.owner) }
        differ("customer", String(old.importance.customer), String(new.importance.customer))
        differ("business", String(old.importance.business), String(new.importance.business))
        if let score = new.assessments.first?.score {
            let latest = old.assessments.max { $0.date < $1.date }?.score
            differ("team", latest.map(Self.number), Self.number(score))
        }
        return out
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// The added entries as a touchpoints file (every string double-quoted, so any text survives).
    public func yaml(source: String) -> String {
        var out = "# Imported by `shopper touchpoints import` from \(source.replacingOccurrences(of: "\n", with: " ")).\n"
        out += "# Read together with ../touchpoints.yaml; edit freely or move the entries there.\n\ntouchpoints:\n"
        for (t, _) in added {
            out += "  - id: \(t.id)\n"
            out += "    name: \(Self.quoted(t.name))\n"
            out += "    channel: \(Self.quoted(t.channel))\n"
            out += "    stage: \(t.stage.rawValue)\n"
            if let owner = t.owner { out += "    owner: \(Self.quoted(owner))\n" }
            out += "    importance: {customer: \(t.importance.customer), business: \(t.importance.business)}\n"
            for a in t.assessments {
                out += "    assessments:\n      - {score: \(Self.number(a.score)), date: \(a.date), by: \(Self.quoted(a.by))}\n"
            }
        }
        return out
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029 || scalar.value == 0xFEFF {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
