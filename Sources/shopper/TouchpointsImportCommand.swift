import ArgumentParser
import Foundation
import Reports
import ShopperCore

/// `shopper touchpoints`: the overview (the default) and `import`.
struct TouchpointsGroup: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchpoints",
        abstract: "Show the touchpoints (the default: `shopper touchpoints [options]`), or import them from a spreadsheet.",
        discussion: "The overview's options: shopper touchpoints show --help.",
        subcommands: [TouchpointsCommand.self, TouchpointsImportCommand.self],
        defaultSubcommand: TouchpointsCommand.self
    )
}

struct TouchpointsImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the touchpoints of a spreadsheet (CSV) to the registry, as a new file in scenarios/touchpoints.d/.",
        discussion: """
        Columns: id or name, channel, stage, owner, customer, business, team, or in Russian: Название, Канал, Этап, \
        Владелец, Важность для клиента, Важность для бизнеса, Оценка команды (comma or semicolon separated, \
        a header row, UTF-8). touchpoints.yaml is never rewritten: new ids go to touchpoints.d/import-DATE-TIME.yaml, \
        which the registry loader also reads. An id already in the registry is never overwritten: with other \
        fields it is skipped and the differences are listed. Nothing is written when any row has an error.
        """
    )

    @Argument(help: ArgumentHelp("The spreadsheet saved as CSV.", valueName: "file.csv"))
    var file: String

    @Option(help: "Folder holding touchpoints.yaml (default: scenarios).")
    var scenarios: String = "scenarios"

    @Flag(help: "Report what would be added, changed and skipped without writing anything.")
    var dryRun = false

    @Option(help: "Language of the summary (default: LC_ALL, LC_MESSAGES or LANG starting with ru: Russian, else English).")
    var lang: Language?

    func run() throws {
        let registryPath = "\(scenarios)/\(ScenarioLoader.registryName)"
        guard FileManager.default.fileExists(atPath: registryPath) else {
            Output.line("error: --scenarios: no \(ScenarioLoader.registryName) in \(scenarios)/", to: .standardError)
            throw ExitCode(1)
        }
        let (registry, problems) = ScenarioLoader.loadRegistry(registryPath)
        guard let registry else {
            for p in problems where p.diagnostic.severity == .error { Output.line(p.formatted, to: .standardError) }
            Output.line("error: the registry has errors; fix them before importing", to: .standardError)
            throw ExitCode(1)
        }
        let text: String
        guard let data = FileManager.default.contents(atPath: file) else {
            Output.line("error: \(file): cannot be read", to: .standardError)
            throw ExitCode(1)
        }
        guard let decoded = String(bytes: data, encoding: .utf8) else {
            Output.line("error: \(file): not UTF-8 text; save the spreadsheet as CSV UTF-8", to: .standardError)
            throw ExitCode(1)
        }
        text = decoded
        let now = Date()
        let plan = TouchpointImport.plan(csv: text, path: file, registry: registry, date: Programme.day(of: now),
                                         by: "import of \((file as NSString).lastPathComponent)")
        guard plan.errors.isEmpty else {
            for e in plan.errors { Output.line(e.formatted, to: .standardError) }
            Output.line("error: \(plan.errors.count) \(plan.errors.count == 1 ? "error" : "errors") in \(file); nothing written", to: .standardError)
            throw ExitCode(1)
        }
        var target: String?
        if !plan.added.isEmpty {
            let stamp = Self.stamp(now)
            let path = "\(scenarios)/\(RegistryParts.folderName)/import-\(stamp).yaml"
            guard !FileManager.default.fileExists(atPath: path) else {
                Output.line("error: \(path) already exists; nothing written", to: .standardError)
                throw ExitCode(1)
            }
            target = path
            if !dryRun {
                do { try AtomicFile.write(plan.yaml(source: (file as NSString).lastPathComponent), to: path) } catch {
                    Output.line("error: \(error)", to: .standardError)
                    throw ExitCode(1)
                }
            }
        }
        Output.write(TouchpointImportReport.text(plan, target: target, dryRun: dryRun, language: Language.interface(flag: lang)))
    }

    static func stamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return f.string(from: date)
    }
}

/// The import's summary: added, unchanged, skipped (with the differences), in English or Russian.
enum TouchpointImportReport {
    static func text(_ plan: TouchpointImport, target: String?, dryRun: Bool, language: Language = .en) -> String {
        func t(_ en: String, _ ru: String) -> String { language == .ru ? ru : en }
        func row(_ n: Int) -> String { t("row \(n)", "строка \(n)") }
        var out = ""
        if let target {
            let n = plan.added.count
            out += dryRun
                ? t("would add \(n) \(n == 1 ? "touchpoint" : "touchpoints") to \(target):\n", "будет добавлено точек контакта: \(n), в \(target):\n")
                : t("added \(n) \(n == 1 ? "touchpoint" : "touchpoints") to \(target):\n", "добавлено точек контакта: \(n), в \(target):\n")
            for (tp, line) in plan.added { out += "  + \(tp.id) (\(row(line)))\n" }
        } else {
            out += t("nothing new to add\n", "нового для добавления нет\n")
        }
        if !plan.unchanged.isEmpty {
            out += t("unchanged (already in the registry): ", "без изменений (уже в реестре): ") + "\(plan.unchanged.count)\n"
            for u in plan.unchanged { out += "  = \(u.id) (\(row(u.row)))\n" }
        }
        if !plan.skipped.isEmpty {
            out += t("skipped (already in the registry with other fields; edit the registry by hand): ",
                     "пропущено (уже в реестре с другими полями; поправьте реестр вручную): ") + "\(plan.skipped.count)\n"
            for s in plan.skipped {
                out += "  ! \(s.id) (\(row(s.row)))\n"
                for d in s.fields {
                    let registry = d.registry.map(Echo.quoted) ?? t("none", "нет"), file = d.file.map(Echo.quoted) ?? t("none", "нет")
                    out += "      " + t("\(d.field): \(registry) in the registry, \(file) in the file",
                                        "\(d.field): \(registry) в реестре, \(file) в файле") + "\n"
                }
            }
        }
        return out
    }
}
