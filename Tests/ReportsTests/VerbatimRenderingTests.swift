import Foundation
@testable import Reports
import ShopperCore
import Testing

/// "What the testers said" in Markdown, HTML and JSON: newest first, at most ten per step with
/// "and N more" (JSON: all), each with run, tester, date and location; hostile text made harmless.
@Suite struct VerbatimRenderingTests {
    /// The slowdown report with `count` notes at `pay` in November (one per run day, newest last
    /// in the input) and one survey answer.
    static func report(notes count: Int = 12, text: (Int) -> String = { "note \($0)" }) -> Report {
        var report = Fixtures.builder().build(Fixtures.slowdown())
        let november = report.scenarios[0].periods.count - 1
        var said: [Verbatim] = (0..<count).map { i in
            Verbatim(run: "run\(i)", tester: "Tester \(i)", at: Fixtures.date("2026-11-01T10:00:00Z").addingTimeInterval(Double(i) * 3600),
                     kind: .note, step: "pay", text: text(i), location: i.isMultiple(of: 2) ? "Kazan" : nil)
        }
        said.append(Verbatim(run: "run0", tester: "Tester 0", at: Fixtures.date("2026-11-01T10:00:00Z"), kind: .answer,
                             step: nil, question: "improve", text: "Fewer screens"))
        said.append(Verbatim(run: "run11", tester: "Tester 11", at: Fixtures.date("2026-11-01T21:00:00Z"), kind: .barrier,
                             step: "pay", barrier: "slow-page", text: "Page is slow"))
        report.scenarios[0].periods[november].verbatims = VerbatimCollector.newestFirst(said)
        return report
    }

    @Test func markdownListsTenPerStepNewestFirstAndSaysHowManyMore() {
        let md = MarkdownRenderer.render(Self.report())
        #expect(md.contains("### What the testers said in 2026-11"))
        #expect(md.contains("**Pay (`pay`)**"))
        #expect(md.contains("- “note 11” — note · Tester 11 · 2026-11-01 · `run11`"))
        #expect(md.contains("- “note 10” — note · Tester 10 · 2026-11-01 · Kazan · `run10`"))
        #expect(md.contains("- “Page is slow” — new barrier `slow-page` · Tester 11 · 2026-11-01 · `run11`"))
        #expect(md.contains("- _and 3 more_"))
        #expect(!md.contains("“note 0”"))
        #expect(md.contains("**Closing survey**\n\n- “Fewer screens” — answer `improve` · Tester 0 · 2026-11-01 · `run0`"))
        #expect(!md.contains("“note 2”"), "ten shown: the barrier and notes 11 to 3")
        let ranks = (3...11).map { i in md.range(of: "“note \(i)”")!.lowerBound }
        #expect(ranks == ranks.sorted(by: >), "newest first")
    }

    @Test func htmlListsTenPerStepAndSaysHowManyMore() {
        let html = HTMLRenderer.render(Self.report())
        #expect(html.contains("<h3>What the testers said in 2026-11</h3>"))
        #expect(html.contains("<h4>Pay <code>pay</code></h4>"))
        #expect(html.contains("<li><q>note 10</q> <span class=\"quiet\">— note · Tester 10 · 2026-11-01 · Kazan · <code>run10</code></span></li>"))
        #expect(html.contains("<li class=\"quiet\">and 3 more</li>"))
        #expect(!html.contains("<q>note 0</q>"))
        #expect(html.contains("<h4>Closing survey</h4>"))
    }

    @Test func fewerThanTheLimitHasNoMoreLine() {
        let md = MarkdownRenderer.render(Self.report(notes: 9))
        #expect(!md.contains("more_"))
        #expect(md.contains("“note 0”"))
    }

    @Test func russianLabels() {
        let md = MarkdownRenderer.render(Self.report(), language: .ru)
        #expect(md.contains("### Что сказали тестировщики в 2026-11"))
        #expect(md.contains("— заметка · Tester 11"))
        #expect(md.contains("— новый барьер `slow-page`"))
        #expect(md.contains("— ответ `improve`"))
        #expect(md.contains("- _и ещё 3_"))
        #expect(md.contains("**Итоговый опрос**"))
        let html = HTMLRenderer.render(Self.report(), language: .ru)
        #expect(html.contains("и ещё 3"))
        #expect(!html.contains("What the testers said"))
    }

    @Test func aPeriodWithNothingSaidSaysSo() {
        let md = MarkdownRenderer.render(Fixtures.builder().build(Fixtures.slowdown()))
        #expect(md.contains("No notes or free-text answers in 2026-11."))
    }

    @Test func jsonHasEveryVerbatimOfThePeriodWithItsKeys() throws {
        let json = JSONRenderer.render(Self.report())
        let root = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let periods = try #require((root["scenarios"] as? [[String: Any]])?.first?["periods"] as? [[String: Any]])
        #expect((periods[0]["verbatims"] as? [Any])?.isEmpty == true)
        let said = try #require(periods[1]["verbatims"] as? [[String: Any]])
        #expect(said.count == 14)
        let first = said[0]
        #expect(first["run"] as? String == "run11")
        #expect(first["tester"] as? String == "Tester 11")
        #expect(first["at"] as? String == "2026-11-01T21:00:00Z")
        #expect(first["kind"] as? String == "note")
        #expect(first["question"] is NSNull)
        #expect(first["step"] as? String == "pay")
        #expect(first["location"] is NSNull)
        #expect(said.contains { $0["kind"] as? String == "answer" && $0["question"] as? String == "improve" && $0["step"] is NSNull })
        #expect(said.contains { $0["kind"] as? String == "barrier" && $0["barrier"] as? String == "slow-page" })
        // Keys in the documented order: the first, then step, barrier, location.
        let keys = try #require(json.range(of: "\"run\": \"run11\"")).lowerBound
        let tail = json[keys...].prefix(400)
        let order = ["\"run\"", "\"tester\"", "\"at\"", "\"kind\"", "\"question\"", "\"text\"", "\"step\"", "\"barrier\"", "\"location\""]
            .map { tail.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        // `verbatims` follows the period's earlier keys.
        #expect(json.range(of: "\"untimed\"")!.lowerBound < json.range(of: "\"verbatims\"")!.lowerBound)
    }

    @Test func hostileTextIsHarmlessInEveryFormat() throws {
        let hostile = HostileTextTests.hostile
        let report = Self.report(notes: 3) { i in
            "\(hostile) <script>alert(\(i))</script> **bold** [link](x) | pipe\nsecond line\u{202E}reversed"
        }
        let md = MarkdownRenderer.render(report)
        #expect(HostileTextTests.forbidden(in: md).isEmpty)
        #expect(md.contains("&lt;script&gt;alert(2)&lt;/script&gt; \\*\\*bold\\*\\* \\[link\\](x) \\| pipe second line"))
        #expect(!md.contains("<script>"))
        let html = HTMLRenderer.render(report)
        #expect(HostileTextTests.forbidden(in: html).isEmpty)
        #expect(html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(!html.contains("<script>"))
        let json = JSONRenderer.render(report)
        #expect(HostileTextTests.forbidden(in: json).isEmpty)
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let periods = try #require((parsed["scenarios"] as? [[String: Any]])?.first?["periods"] as? [[String: Any]])
        let texts = (periods[1]["verbatims"] as? [[String: Any]])?.compactMap { $0["text"] as? String } ?? []
        #expect(texts.contains("\(hostile) <script>alert(2)</script> **bold** [link](x) | pipe\nsecond line\u{202E}reversed"),
                "JSON keeps the text exactly, escaped")
    }
}
