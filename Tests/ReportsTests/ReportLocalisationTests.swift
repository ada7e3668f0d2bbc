import Foundation
@testable import Reports
import ShopperCore
import Testing

/// `shopper report`, `runs` and `touchpoints` in English and Russian: labels follow the
/// language, data and machine formats do not, and Russian text still fits 80 columns.
@Suite struct ReportLocalisationTests {
    static let report = RenderingTests.report()

    static func fits(_ text: String, _ columns: Int = 80) {
        for line in text.split(separator: "\n") {
            #expect(TextLayout.width(String(line)) <= columns, "too wide: \(line)")
        }
    }

    @Test func russianPluralsFollowTheRules() {
        let ru = ReportStrings(.ru), en = ReportStrings(.en)
        #expect([0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(ru.runs) == [
            "0 прогонов", "1 прогон", "2 прогона", "4 прогона", "5 прогонов", "11 прогонов", "12 прогонов",
            "14 прогонов", "21 прогон", "22 прогона", "25 прогонов", "101 прогон", "111 прогонов",
        ])
        #expect([0, 1, 2, 21].map(en.runs) == ["0 runs", "1 run", "2 runs", "21 runs"])
        // `show` keeps its plurals: one mechanism for both.
        #expect(RunDetailStrings(.ru).count(22, "шаг", "шага", "шагов") == "22 шага")
    }

    @Test func textSpeaksTheLanguageAndFitsEightyColumns() {
        let ru = TextRenderer(language: .ru).render(Self.report)
        let en = TextRenderer(language: .en).render(Self.report)
        #expect(en == TextRenderer().render(Self.report))
        Self.fits(ru)
        Self.fits(en)
        for label in ["отчёт shopper", "по месяцам", "Изменения", "▲ ухудшение", "против", "период", "успех (95%)",
                      "шаги в 2026-11", "барьеры", "Фокус: точки контакта", "владелец"] {
            #expect(ru.contains(label), "missing \(label)")
        }
        for label in ["Changes", "▲ regression", "against", "steps in", "Touchpoint focus", "by month"] {
            #expect(!ru.contains(label), "English left: \(label)")
            #expect(en.contains(label), "English missing: \(label)")
        }
        #expect(ru.contains("2026-11") && ru.contains("2026-10"))
    }

    @Test func theVersionNoteIsSaidInRussian() {
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            if r.started >= Fixtures.date("2026-11-01T00:00:00Z") { r.scenarioVersion = 2 }
            return r
        }
        let report = ReportBuilder(scenarios: ["shop": Fixtures.scenario], registry: Fixtures.registry).build(runs)
        #expect(report.scenarios.first?.comparison?.note != nil)
        let ru = TextRenderer(language: .ru).render(report)
        Self.fits(ru)
        #expect(ru.contains("примечание: версия сценария изменилась: в 2026-10 — v1, в 2026-11 — v2"))
        #expect(MarkdownRenderer.render(report, language: .ru).contains("версия сценария изменилась"))
        #expect(TextRenderer().render(report).contains("note: scenario version changed"))
    }

    @Test func russianTextFitsForEveryPeriodUnit() {
        for unit in PeriodUnit.allCases {
            let report = ReportBuilder(scenarios: ["shop": Fixtures.scenario], registry: Fixtures.registry,
                                       options: ReportOptions(unit: unit)).build(Fixtures.slowdown())
            Self.fits(TextRenderer(language: .ru).render(report))
            Self.fits(TouchpointsRenderer.render(report, language: .ru))
        }
        let empty = ReportBuilder(scenarios: [:], registry: TouchpointRegistry(touchpoints: [])).build([])
        #expect(TextRenderer(language: .ru).render(empty).contains("Нет подходящих завершённых или заброшенных прогонов."))
    }

    @Test func markdownSpeaksTheLanguage() {
        let ru = MarkdownRenderer.render(Self.report, language: .ru)
        let en = MarkdownRenderer.render(Self.report)
        for label in ["# отчёт shopper", "## Изменения", "| Сценарий | Сравнение |", "**ухудшение**", "| Период | Прогоны |",
                      "### Шаги в 2026-11", "## Точки контакта", "| Фокус | Точка контакта | Владелец |"] {
            #expect(ru.contains(label), "missing \(label)")
        }
        for label in ["# shopper report", "## Changes", "| Scenario | Compared |", "**regression**", "### Steps in 2026-11"] {
            #expect(en.contains(label), "English missing: \(label)")
            #expect(!ru.contains(label), "English left: \(label)")
        }
    }

    @Test func htmlSpeaksTheLanguage() {
        let ru = HTMLRenderer.render(Self.report, language: .ru)
        let en = HTMLRenderer.render(Self.report)
        #expect(ru.contains("<html lang=\"ru\">") && en.contains("<html lang=\"en\">"))
        for label in ["<title>отчёт shopper</title>", "<h2>Изменения</h2>", "<th>Сценарий</th>", "ухудшение</span>",
                      "<th>Период</th>", "Оценка по ходу пути", "Барьеры (прогоны", "Список фокуса", "t-тест Уэлча"] {
            #expect(ru.contains(label), "missing \(label)")
        }
        for label in ["<h2>Changes</h2>", "<th>Scenario</th>", "<th>Period</th>", "<h3>Score along the journey</h3>", "Focus list"] {
            #expect(en.contains(label), "English missing: \(label)")
            #expect(!ru.contains(label), "English left: \(label)")
        }
        #expect(!ru.contains("<script>"))
    }

    @Test func jsonAndCSVAreTheSameInEveryLanguage() {
        for format in [ReportFormat.json, .csv] {
            #expect(format.render(Self.report, language: .ru) == format.render(Self.report, language: .en))
        }
    }

    @Test func runListSpeaksTheLanguageAndFits() {
        let runs = Fixtures.slowdown() + [Fixtures.run("open", started: "2026-11-20T10:00:00Z", status: .inProgress)]
        let ru = RunListRenderer.render(runs, language: .ru)
        let en = RunListRenderer.render(runs)
        Self.fits(ru)
        #expect(ru.hasPrefix("начат (UTC)"))
        #expect(ru.contains("тестировщик") && ru.contains("завершён") && ru.contains("не завершён"))
        #expect(ru.contains(ReportStrings(.ru).runs(runs.count)))
        #expect(en.hasPrefix("started (UTC)") && en.contains("in-progress") && en.contains("\(runs.count) runs"))
        #expect(RunListRenderer.render([], language: .ru) == "Нет подходящих прогонов.\n")
        #expect(RunListRenderer.render(Array(runs.prefix(1)), language: .ru).hasSuffix("1 прогон\n"))
    }

    @Test func touchpointsSpeakTheLanguageAndFit() {
        let ru = TouchpointsRenderer.render(Self.report, language: .ru)
        let en = TouchpointsRenderer.render(Self.report)
        Self.fits(ru)
        #expect(ru.hasPrefix("Точки контакта, оценки за 2026-11"))
        #expect(ru.contains("владелец") && ru.contains("Список фокуса (приоритет"))
        #expect(en.hasPrefix("Touchpoints, scores over 2026-11") && en.contains("Focus list (priority"))
    }
}
