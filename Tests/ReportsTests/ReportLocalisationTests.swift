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
        for label in ["Отчёт shopper", "по месяцам", "Изменения", "▲ ухудшение", "против", "период", "успех (95%)",
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
        #expect(TextRenderer(language: .ru).render(empty).contains("Нет подходящих завершённых или прерванных прогонов."))
    }

    @Test func markdownSpeaksTheLanguage() {
        let ru = MarkdownRenderer.render(Self.report, language: .ru)
        let en = MarkdownRenderer.render(Self.report)
        for label in ["# Отчёт shopper", "## Изменения", "| Сценарий | Сравнение |", "**ухудшение**", "| Период | Прогоны |",
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
        for label in ["<title>Отчёт shopper</title>", "<h2>Изменения</h2>", "<th>Сценарий</th>", "ухудшение</span>",
                      "<th>Период</th>", "Оценка по ходу пути", "Барьеры (прогоны", "Список фокуса", "t-тест Уэлча"] {
            #expect(ru.contains(label), "missing \(label)")
        }
        for label in ["<h2>Changes</h2>", "<th>Scenario</th>", "<th>Period</th>", "<h3>Score along the journey</h3>", "Focus list"] {
            #expect(en.contains(label), "English missing: \(label)")
            #expect(!ru.contains(label), "English left: \(label)")
        }
        #expect(!ru.contains("<script>"))
    }

    /// English words the charts used to carry whatever the language.
    static let englishChartWords = ["no score", "latest", "compared with", "mean of all", "mean step score", "step scores",
                                    "95% interval", "Time of step", "Touchpoint wheel", "no interval", ">score<",
                                    "round wheel", "centre, 10 rim", "Jan", "Aug", "Oct", "Nov"]

    /// The report with the first step unscored in the latest period, so the score curve shows a gap.
    static func reportWithAGap() -> Report {
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            if r.started >= Fixtures.date("2026-11-01T00:00:00Z") { r.steps[0].score = nil }
            return r
        }
        return Fixtures.builder().build(runs)
    }

    @Test func htmlChartsSpeakTheLanguage() throws {
        for report in [Self.report, Self.reportWithAGap()] {
            let ru = HTMLRenderer.render(report, language: .ru)
            let charts = ru.components(separatedBy: "<svg").dropFirst().map { $0.components(separatedBy: "</svg>")[0] }
            #expect(charts.count > 2)
            for word in Self.englishChartWords {
                #expect(!charts.contains { $0.contains(word) }, "English left in a chart: \(word)")
            }
            for label in ["<tspan>окт</tspan>", "<tspan>ноя</tspan>", "aria-label=\"Колесо точек контакта\"",
                          "aria-label=\"Оценка по ходу пути\"", "aria-label=\"Время шага ", ">оценка</text>",
                          "(последний), с 95% интервалом", "(для сравнения)", "последнее ", "оценкам шагов",
                          "среднее по всем точкам контакта", "средняя оценка шагов по точке контакта в 2026-11"] {
                #expect(ru.contains(label), "missing \(label)")
            }
        }
        let gap = HTMLRenderer.render(Self.reportWithAGap(), language: .ru)
        #expect(gap.contains(">нет оценки в 2026-11</text>"))
    }

    @Test func englishChartsAreAsBefore() {
        for report in [Self.report, Self.reportWithAGap()] {
            let en = HTMLRenderer.render(report)
            #expect(en == HTMLRenderer.render(report, language: .en))
            for label in ["<tspan>Oct</tspan>", "<tspan>Nov</tspan>", "aria-label=\"Touchpoint wheel\"",
                          "aria-label=\"Score along the journey\"", "aria-label=\"Time of step ", ">score</text>",
                          "2026-11 (latest), with 95% interval", "2026-10 (compared with)", "latest 1m32s", " step scores",
                          "mean step score per touchpoint in 2026-11 (0 centre, 10 rim)",
                          "mean of all touchpoints (", "): a round wheel means an even service"] {
                #expect(en.contains(label), "English missing: \(label)")
            }
            for word in ["окт", "ноя", "оценка", "последн", "сравнения"] {
                #expect(!en.contains(word), "Russian in English: \(word)")
            }
        }
        #expect(HTMLRenderer.render(Self.reportWithAGap()).contains(">no score in 2026-11</text>"))
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
