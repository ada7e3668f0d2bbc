import Foundation
import TestSupport
import Testing

/// The HTML report as a reader sees it: rendered by the built `shopper` and loaded in headless
/// Chromium at 1280 px and 390 px and printed to A4 by `Tests/Browser/check_report.py`, which
/// measures page overflow at phone width, chart text size, label overlaps, chart names and data
/// tables, tables cut at the page edge and the newest period in the PDF.
///
/// Skips with a note when chromium, chromedriver or selenium are missing; required when `CI` is
/// set. Screenshots and PDFs are kept in `.scratch/browser/` (gitignored) to look at.
@Suite(.serialized) struct HTMLReportBrowserTests {
    static let shots = ShopperProcess.packageRoot.appendingPathComponent(".scratch/browser")

    /// Renders `shopper report --format html ARGUMENTS` into `shots/NAME.html`.
    func render(_ name: String, _ arguments: [String], in folder: URL? = nil) throws -> String {
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)
        let path = Self.shots.appendingPathComponent(name + ".html").path
        let result = try ShopperProcess.run(["report", "--format", "html", "-o", path] + arguments, in: folder,
                                            environment: ["SOURCE_DATE_EPOCH": "1796047200"])
        #expect(result.status == 0, "\(name): \(result.stderr)")
        return path
    }

    /// Writes what `shopper ARGUMENTS` prints (an HTML page) to `shots/NAME.html`.
    func page(_ name: String, _ arguments: [String]) throws -> String {
        try FileManager.default.createDirectory(at: Self.shots, withIntermediateDirectories: true)
        let result = try ShopperProcess.run(arguments)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        let path = Self.shots.appendingPathComponent(name + ".html").path
        try result.stdout.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func check(_ reports: [String]) throws {
        guard Browser.isAvailable else {
            Issue.record("the browser test is required when CI is set; missing: \(Browser.missing)")
            return
        }
        let result = try PythonProcess.run(Browser.python!, [Browser.script, "--shots", Self.shots.path] + reports, input: nil)
        #expect(result.status == 0, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains(" passed, 0 failed"), "\(result.stdout)")
    }

    @Test(.enabled(if: Browser.shouldRun, Comment(rawValue: Browser.skipNote)))
    func sampleReportHoldsUpAtDesktopAndPhoneWidthAndOnA4() throws {
        var reports: [String] = []
        for language in ["en", "ru"] {
            for unit in ["month", "week"] {
                reports.append(try render("sample-\(language)-\(unit)", ["--lang", language, "--by", unit]))
            }
        }
        try check(reports)
    }

    @Test(.enabled(if: Browser.shouldRun, Comment(rawValue: Browser.skipNote)))
    func reportsOfATinyWorkspaceWithNoRunAndOneRunHoldUpToo() throws {
        let folder = try ShopperProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        try fm.copyItem(at: ShopperProcess.packageRoot.appendingPathComponent("scenarios"), to: folder.appendingPathComponent("scenarios"))
        let runs = folder.appendingPathComponent("runs/bus-tickets-prague")
        try fm.createDirectory(at: runs, withIntermediateDirectories: true)
        let empty = try render("tiny-none", ["--runs", folder.appendingPathComponent("runs").path, "--scenarios", "scenarios"], in: folder)
        let sample = ShopperProcess.packageRoot.appendingPathComponent("reports/runs/bus-tickets-prague")
        let first = try #require(try fm.contentsOfDirectory(atPath: sample.path).filter { $0.hasSuffix(".yaml") }.sorted().first)
        try fm.copyItem(at: sample.appendingPathComponent(first), to: runs.appendingPathComponent(first))
        let one = try render("tiny-one", ["--runs", folder.appendingPathComponent("runs").path, "--scenarios", "scenarios", "--lang", "ru"], in: folder)
        try check([empty, one])
    }

    /// The touchpoints page (wheel and programme table) and the weekly meeting's page, which
    /// readers open on phones and print too: the same checks as the report.
    @Test(.enabled(if: Browser.shouldRun, Comment(rawValue: Browser.skipNote)))
    func touchpointsAndWeeklyPagesHoldUpAtDesktopAndPhoneWidthAndOnA4() throws {
        var pages: [String] = []
        for language in ["en", "ru"] {
            pages.append(try page("touchpoints-\(language)", ["touchpoints", "--format", "html", "--lang", language, "--today", "2026-11-30"]))
            pages.append(try page("weekly-\(language)", ["weekly", "--format", "html", "--lang", language, "--week", "2026-W48"]))
        }
        try check(pages)
    }
}
