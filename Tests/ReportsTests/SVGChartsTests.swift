import Foundation
@testable import Reports
import ShopperCore
import Testing

/// Layout helpers of the HTML report's charts, and the charts drawn from small reports.
@Suite struct SVGChartsTests {
    // MARK: Helpers

    @Test func wheelLabelsOnTheRightStartOnTheLeftEndAndAtTopAndBottomAreCentred() {
        #expect(SVGCharts.anchor(forAngle: 0) == .start)
        #expect(SVGCharts.anchor(forAngle: .pi / 4) == .start)
        #expect(SVGCharts.anchor(forAngle: -.pi / 4) == .start)
        #expect(SVGCharts.anchor(forAngle: .pi) == .end)
        #expect(SVGCharts.anchor(forAngle: 3 * .pi / 4) == .end)
        #expect(SVGCharts.anchor(forAngle: -.pi / 2) == .middle)
        #expect(SVGCharts.anchor(forAngle: .pi / 2) == .middle)
        // A spoke just off vertical still reads as top/bottom, not as a side.
        #expect(SVGCharts.anchor(forAngle: -.pi / 2 + 0.2) == .middle)
    }

    @Test func wrapBreaksAtSpacesAndEndsTheLastLineWithAnEllipsis() {
        #expect(SVGCharts.wrap("Payment page", columns: 20, lines: 2) == ["Payment page"])
        #expect(SVGCharts.wrap("Mobile app — seat map and passenger details", columns: 20, lines: 2)
            == ["Mobile app — seat", "map and passenger d…"])
        #expect(SVGCharts.wrap("Горячая линия сервисной поддержки", columns: 20, lines: 2)
            == ["Горячая линия", "сервисной поддержки"])
        #expect(SVGCharts.wrap("Supercalifragilisticexpialidocious", columns: 10, lines: 1) == ["Supercali…"])
        #expect(SVGCharts.wrap("one two three", columns: 7, lines: 1) == ["one tw…"])
        for line in SVGCharts.wrap("SMS и сообщения в мессенджере о статусе ремонта", columns: 20, lines: 2) {
            #expect(TextLayout.width(line) <= 20, "too wide: \(line)")
        }
    }

    @Test func durationTicksFallOnStepsThatReadAsDurations() {
        #expect(SVGCharts.durationTicks(upTo: 729) == [0, 300, 600, 900])
        #expect(SVGCharts.durationTicks(upTo: 729).map { SVGCharts.durationLabel($0) } == ["0", "5m", "10m", "15m"])
        #expect(SVGCharts.durationTicks(upTo: 10184).map { SVGCharts.durationLabel($0) } == ["0", "1h", "2h", "3h"])
        #expect(SVGCharts.durationTicks(upTo: 73).map { SVGCharts.durationLabel($0) } == ["0", "20s", "40s", "1m", "1m20s"])
        #expect(SVGCharts.durationTicks(upTo: 729).map { SVGCharts.durationLabel($0, language: .ru) } == ["0", "5 мин", "10 мин", "15 мин"])
        #expect(SVGCharts.durationTicks(upTo: 4.2) == [0, 2, 4, 6])
        #expect(SVGCharts.durationTicks(upTo: 0) == [0, 1])
        #expect(SVGCharts.durationLabel(5400) == "1h30m")
        // The top tick always covers the highest value.
        for highest in [1.0, 59, 61, 599, 3601, 50_000, 400_000] {
            let ticks = SVGCharts.durationTicks(upTo: highest)
            #expect(ticks.last! >= highest && ticks.count <= 5, "\(highest): \(ticks)")
        }
    }

    @Test func periodLabelsAreShortAndCarryTheYearWhereItStartsOrChanges() throws {
        let months = try ["2026-11", "2026-12", "2027-01"].map { try #require(Period(parsing: $0)) }
        let labels = SVGCharts.periodTickLabels(months)
        #expect(labels.map(\.label) == ["Nov", "Dec", "Jan"])
        #expect(labels.map(\.year) == ["2026", nil, "2027"])
        let weeks = SVGCharts.periodTickLabels(try [#require(Period(parsing: "2026-W05"))])
        #expect(weeks.first?.label == "W05" && weeks.first?.year == "2026")
        #expect(SVGCharts.periodTickLabels(try [#require(Period(parsing: "2026-Q4"))]).first?.label == "Q4")
    }

    @Test func periodLabelsFollowTheLanguage() throws {
        let months = try (1...12).map { try #require(Period(parsing: String(format: "2026-%02d", $0))) }
        #expect(SVGCharts.periodTickLabels(months, ReportStrings(.ru)).map(\.label)
                == ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"])
        #expect(SVGCharts.periodTickLabels(months).map(\.label)
                == ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    }

    // MARK: Charts

    /// Left, top, right and bottom of a label as drawn, from the estimated text width.
    static func extent(_ label: SVGCharts.WheelLabel) -> (Double, Double, Double, Double) {
        let suffix = " 10.0 n=12"
        let lines = label.scoreOnOwnLine ? label.lines + [suffix] : label.lines.enumerated().map { i, line in
            line + (i == label.lines.count - 1 ? suffix : "")
        }
        let widest = lines.map(SVGCharts.textWidth).max() ?? 0
        let left = switch label.anchor {
        case .start: label.x
        case .middle: label.x - widest / 2
        case .end: label.x - widest
        }
        let bottom = label.y + Double(lines.count - 1) * SVGCharts.lineHeight
        return (left, label.y - 10, left + widest, bottom + 3)
    }

    @Test func wheelLabelsStayInsideTheChartWhateverTheCountAndLength() {
        let long = "Приёмка техники в сервисном центре и оформление документов"
        for count in [3, 5, 8, 11, 16] {
            for i in 0..<count {
                let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(count)
                let label = SVGCharts.wheelLabel(name: long, angle: angle)
                let (left, top, right, bottom) = Self.extent(label)
                #expect(left >= 0 && right <= SVGCharts.Wheel.width, "count \(count), spoke \(i): \(left)…\(right)")
                #expect(top >= 0 && bottom <= SVGCharts.Wheel.legendTop - SVGCharts.lineHeight,
                        "count \(count), spoke \(i): \(top)…\(bottom)")
                // And never over the wheel itself.
                let (cx, cy) = SVGCharts.Wheel.centre
                let nearest = (max(left, min(cx, right)) - cx, max(top, min(cy, bottom)) - cy)
                #expect((nearest.0 * nearest.0 + nearest.1 * nearest.1).squareRoot() > SVGCharts.Wheel.radius,
                        "count \(count), spoke \(i) overlaps the rim")
            }
        }
    }

    static func touchpoint(_ id: String, _ name: String, _ score: Double?) -> TouchpointScore {
        TouchpointScore(id: id, name: name, owner: nil, importance: nil, score: score, n: score == nil ? 0 : TouchpointScore.minimumFocusN,
                        priority: nil, focus: nil, trend: [])
    }

    @Test func wheelDrawsScoredTouchpointsByEscapedNameWithAMeanRingAndLegend() {
        let svg = SVGCharts.wheel([
            Self.touchpoint("a", "Search \"box\" <img src=x>", 8),
            Self.touchpoint("b", "Payment", 4),
            Self.touchpoint("c", "Delivery", 6),
            Self.touchpoint("d", "Never visited", nil),
        ], period: Period(parsing: "2026-11"))
        #expect(svg.contains("Search &quot;box&quot; &lt;img src=x&gt;"))
        #expect(!svg.contains("<img"))
        #expect(!svg.contains("Never visited"))
        #expect(svg.components(separatedBy: "class=\"dot\"").count - 1 == 3)
        // Mean 6.0 on a 140 px radius: the ring sits at 84 px.
        #expect(svg.contains("r=\"84.0\" class=\"ring-mean\""))
        #expect(svg.contains("mean of all touchpoints (6.0): a round wheel means an even service"))
        #expect(svg.contains("in 2026-11"))
        #expect(svg.contains("viewBox=\"0 0 \(Int(SVGCharts.Wheel.width)) \(Int(SVGCharts.Wheel.height))\""))
    }

    @Test func wheelWithoutScoresSaysSo() {
        #expect(SVGCharts.wheel([Self.touchpoint("d", "Never visited", nil)], period: nil).contains("no touchpoint scores yet"))
    }

    @Test func scoreCurveShowsAStepWithoutAScoreAsALabelledGap() throws {
        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            r.steps[0].score = nil
            return r
        }
        let scenario = try #require(Fixtures.builder().build(runs).scenarios.first)
        let latest = try #require(scenario.latest)
        let baseline = scenario.comparison.flatMap { scenario.stats(for: $0.baseline) }
        let svg = SVGCharts.scoreCurve(steps: latest.steps, current: latest.period.label, baseline: baseline)
        #expect(svg.components(separatedBy: "class=\"gap\"").count - 1 == 1)
        #expect(svg.contains(">no score</text>"))
        // One scored step on each line: no line segment joins across the gap.
        #expect(!svg.contains("<polyline"))
        #expect(svg.contains("2026-11 (latest)"))
        #expect(svg.contains("2026-10 (compared with)"))
        // The y axis runs 0 to 10.
        #expect(svg.contains(">0</text>") && svg.contains(">10</text>"))
        // Step titles label the x axis, horizontally.
        #expect(svg.contains("<tspan>Find it</tspan>") && !svg.contains("rotate("))
    }

    @Test func chartsSpeakRussian() throws {
        let ru = ReportStrings(.ru)
        let wheel = SVGCharts.wheel([Self.touchpoint("a", "Поиск", 8), Self.touchpoint("b", "Оплата", 4),
                                     Self.touchpoint("c", "Доставка", 6)], period: Period(parsing: "2026-11"), ru)
        #expect(wheel.contains("aria-label=\"Колесо точек контакта\""))
        #expect(wheel.contains("средняя оценка шагов по точке контакта в 2026-11 (0 — центр, 10 — обод)"))
        #expect(wheel.contains("среднее по всем точкам контакта (6,0): круглое колесо — ровный сервис"))
        #expect(wheel.contains("Поиск (a): 8,0 по 5 оценкам шагов"))
        #expect(SVGCharts.wheel([Self.touchpoint("d", "Нет", nil)], period: nil, ru).contains("пока нет оценок точек контакта"))

        let runs = Fixtures.slowdown().map { run -> RunSummary in
            var r = run
            r.steps[0].score = nil
            return r
        }
        let scenario = try #require(Fixtures.builder().build(runs).scenarios.first)
        let latest = try #require(scenario.latest)
        let baseline = scenario.comparison.flatMap { scenario.stats(for: $0.baseline) }
        let curve = SVGCharts.scoreCurve(steps: latest.steps, current: latest.period.label, baseline: baseline, ru)
        #expect(curve.contains(">нет оценки</text>") && curve.contains(">оценка</text>"))
        #expect(curve.contains("2026-11 (последний), с 95% интервалом") && curve.contains("2026-10 (для сравнения)"))
        #expect(curve.contains("aria-label=\"Оценка по ходу пути\""))

        let panel = SVGCharts.timeAcrossPeriods(step: "pay", title: "Pay", periods: scenario.periods, ru)
        #expect(panel.contains("<tspan>окт</tspan>") && panel.contains("<tspan>ноя</tspan>"))
        #expect(panel.contains("последнее 1 мин 32 с") && panel.contains("aria-label=\"Время шага Pay\""))
        for word in ["no score", "latest", "compared with", "mean of all", "Oct", "Nov", "Touchpoint", "step scores"] {
            #expect(![wheel, curve, panel].contains { $0.contains(word) }, "English left: \(word)")
        }
    }

    @Test func timePanelUsesDurationTicksAndPeriodLabels() throws {
        let scenario = try #require(Fixtures.builder().build(Fixtures.slowdown()).scenarios.first)
        let svg = SVGCharts.timeAcrossPeriods(step: "pay", title: "Pay", periods: scenario.periods)
        // November's pay times are 85–100 s: the axis runs to 2m in steps of 30s.
        for label in [">0<", ">30s<", ">1m<", ">1m30s<", ">2m<"] {
            #expect(svg.contains(label), "missing tick \(label)")
        }
        #expect(svg.contains("<tspan>Oct</tspan><tspan x=") && svg.contains("2026</tspan>"))
        #expect(svg.contains("<tspan>Nov</tspan></text>"))
        #expect(svg.contains("latest 1m32s"))
        #expect(svg.contains("class=\"whisker\""))
    }

    // MARK: Scaling to the data

    /// October: ten runs of `pay` at about 30 s; November: the given pay times.
    static func panel(november: [Double], target: Double? = nil, _ strings: ReportStrings = ReportStrings(.en)) throws -> (svg: String, time: GeometricMean) {
        var runs = (0..<10).map { Fixtures.run("oct\($0)", started: "2026-10-\(10 + $0)T10:00:00Z", paySeconds: 30) }
        runs += november.enumerated().map { Fixtures.run("nov\($0.offset)", started: "2026-11-\(10 + $0.offset)T10:00:00Z", paySeconds: $0.element) }
        var scenario = try #require(Fixtures.builder().build(runs).scenarios.first)
        if let target {
            for i in scenario.periods.indices {
                if let j = scenario.periods[i].steps.firstIndex(where: { $0.step == "pay" }) { scenario.periods[i].steps[j].target = target }
            }
        }
        let time = try #require(scenario.latest?.step("pay")?.time)
        return (SVGCharts.timeAcrossPeriods(step: "pay", title: "Pay", periods: scenario.periods, strings), time)
    }

    @Test func timeAxisFollowsThePointsAndLeavesOutAnIntervalFromTwoTimes() throws {
        // Two times, 60 s and 600 s: the t interval on 1 degree of freedom runs to hours.
        let (svg, time) = try Self.panel(november: [60, 600])
        let high = try #require(time.high)
        #expect(time.n == 2 && high > 3600)
        let ticks = SVGCharts.timeTicks(points: [30, time.value])
        #expect(ticks.last! < 600 && ticks.last! >= time.value)
        // Only October's interval (10 times) is drawn: a stem and its two caps; nothing is clipped.
        #expect(svg.components(separatedBy: "class=\"whisker\"").count - 1 == 3 && !svg.contains("class=\"clip\""))
        #expect(svg.contains("no interval drawn (n=2 &lt; 3)"))
        // n under each period: 10 in October, 2 in November.
        #expect(svg.contains("class=\"tick n\">10</text>") && svg.contains("class=\"tick n\">2</text>"))
    }

    @Test func anIntervalPastTheAxisIsClippedWithAnArrowAndItsEndPrinted() throws {
        let (svg, time) = try Self.panel(november: [30, 60, 3000])
        let high = try #require(time.high)
        #expect(time.n == 3)
        #expect(high > SVGCharts.timeTicks(points: [30, time.value]).last!)
        #expect(svg.contains("class=\"clip\""))
        #expect(svg.contains(">\(SVGCharts.roughDuration(high))</text>"))
        #expect(svg.contains("the 95% interval runs to \(TextLayout.seconds(high))"))
    }

    @Test func aTimePanelWithATargetDrawsItDashedAndKeepsItOnTheAxis() throws {
        let (svg, _) = try Self.panel(november: [20, 22, 25], target: 300)
        #expect(svg.contains("class=\"target\"") && svg.contains(">target 5m</text>"))
        // The axis reaches past the target even though every point is under 35 s.
        #expect(SVGCharts.timeTicks(points: [30, 22], target: 300).last! >= 300)
        let (ru, _) = try Self.panel(november: [20, 22, 25], target: 300, ReportStrings(.ru))
        #expect(ru.contains(">цель 5 мин</text>"))
    }

    @Test func periodLabelsAreThinnedSoWeeksNeverRunTogether() {
        // "2026" (4 columns, 26.4 px) in 29 px slots: every other label.
        #expect(SVGCharts.labelStride(widest: 26.4, slot: 29) == 2)
        #expect(SVGCharts.labelStride(widest: 20, slot: 40) == 1)
        #expect(SVGCharts.shownLabels(count: 8, stride: 2) == [1, 3, 5, 7])
        #expect(SVGCharts.shownLabels(count: 5, stride: 3) == [1, 4])
        // Shown labels' centres are at least a label plus a gap apart.
        let slot = SVGCharts.TimePanel.plotW / Double(SVGCharts.TimePanel.periods)
        let stride = SVGCharts.labelStride(widest: SVGCharts.textWidth("2026"), slot: slot)
        #expect(Double(stride) * slot >= SVGCharts.textWidth("2026") + 6)
    }

    @Test func clippedEndsAreSaidBrieflyInTheLanguage() {
        #expect(SVGCharts.roughDuration(864 * 3600) == "864h")
        #expect(SVGCharts.roughDuration(864 * 3600, language: .ru) == "864 ч")
        #expect(SVGCharts.roughDuration(900) == "15m")
        #expect(SVGCharts.roughDuration(900, language: .ru) == "15 мин")
        #expect(SVGCharts.roughDuration(40) == "40s")
        #expect(SVGCharts.roughDuration(.infinity) == "–")
    }

    @Test func scoreCurveDrawsNoWhiskerFromFewerThanThreeScoresAndShowsN() throws {
        let runs = [Fixtures.run("a", started: "2026-11-01T10:00:00Z", findScore: 2),
                    Fixtures.run("b", started: "2026-11-02T10:00:00Z", findScore: 9)]
        let latest = try #require(Fixtures.builder().build(runs).scenarios.first?.latest)
        let svg = SVGCharts.scoreCurve(steps: latest.steps, current: latest.period.label, baseline: nil)
        #expect(!svg.contains("class=\"whisker\""))
        #expect(svg.contains(">n=2</text>"))
        let list = SVGCharts.scoreList(steps: latest.steps, current: latest.period.label, baseline: nil)
        #expect(list.contains("class=\"chart curve narrow\"") && !list.contains("class=\"whisker\""))
    }

    // MARK: The wheel

    static func scored(_ id: String, _ name: String, _ score: Double, n: Int = 6, order: Int, stage: JourneyStage?,
                       previous: Double? = nil) -> TouchpointScore {
        var t = TouchpointScore(id: id, name: name, owner: nil, importance: nil, score: score, n: n, priority: nil, focus: nil,
                                trend: [TrendPoint(period: Period(parsing: "2026-10")!, value: previous),
                                        TrendPoint(period: Period(parsing: "2026-11")!, value: score)])
        t.order = order
        t.stage = stage
        return t
    }

    @Test func wheelSpokesKeepJourneyStageThenRegistryOrderWhateverTheScores() {
        let a = Self.scored("a", "Alpha", 2, order: 2, stage: .purchase)
        let b = Self.scored("b", "Bravo", 9, order: 0, stage: .purchase)
        let c = Self.scored("c", "Charlie", 5, order: 1, stage: .awareness)
        let d = Self.scored("d", "Delta", 7, order: 3, stage: nil)
        #expect(SVGCharts.stableOrder([a, b, c, d]).map(\.id) == ["c", "b", "a", "d"])
        #expect(SVGCharts.stableOrder([d, a, c, b]).map(\.id) == ["c", "b", "a", "d"])
        let svg = SVGCharts.wheel([a, d, b, c], period: Period(parsing: "2026-11"))
        let positions = ["Charlie", "Bravo", "Alpha", "Delta"].map { svg.range(of: "<tspan>\($0)</tspan>")!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func wheelDrawsThePreviousPeriodNAndMarksThinScores() {
        let svg = SVGCharts.wheel([Self.scored("a", "Alpha", 6, order: 0, stage: nil, previous: 8),
                                   Self.scored("b", "Bravo", 4, order: 1, stage: nil, previous: 5),
                                   Self.scored("c", "Charlie", 7, n: 1, order: 2, stage: nil, previous: 7)],
                                  period: Period(parsing: "2026-11"))
        #expect(svg.contains("class=\"prev\"") && svg.contains("2026-10 (previous)"))
        #expect(svg.components(separatedBy: "class=\"prev-dot\"").count - 1 == 3)
        #expect(svg.contains("> n=6</tspan>") && svg.contains("> n&lt;5</tspan>"))
        #expect(svg.components(separatedBy: "class=\"dot thin\"").count - 1 == 2)  // Charlie and the legend
        #expect(svg.contains("fewer than \(TouchpointScore.minimumFocusN) scored attempts"))
    }

    @Test func moreThanTwelveTouchpointsBecomeADotPlotOfPreviousAndCurrent() {
        let many = (0..<13).map { Self.scored("t\($0)", "Touchpoint \($0)", Double($0 % 10), order: $0, stage: nil, previous: 5) }
        let svg = SVGCharts.wheel(many, period: Period(parsing: "2026-11"), className: "dotplot")
        #expect(svg.contains("class=\"chart dotplot\"") && !svg.contains("class=\"area\""))
        #expect(svg.contains("aria-label=\"Touchpoint scores, previous and current period\""))
        #expect(svg.components(separatedBy: "class=\"base-dot\"").count - 1 == 13)
        let twelve = SVGCharts.wheel(Array(many.prefix(12)), period: Period(parsing: "2026-11"))
        #expect(twelve.contains("class=\"area\""))
    }

    // MARK: The team's outline

    static func withTeam(_ id: String, _ score: Double, team: Double?, order: Int) -> TouchpointScore {
        var t = scored(id, id.uppercased(), score, order: order, stage: nil)
        t.team = team
        return t
    }

    @Test func wheelDrawsTheTeamOutlineThroughTheTeamScoresInSpokeOrder() throws {
        let svg = SVGCharts.wheel([Self.withTeam("c", 5, team: 4, order: 2), Self.withTeam("a", 3, team: 8, order: 0),
                                   Self.withTeam("b", 9, team: 6, order: 1)], period: Period(parsing: "2026-11"))
        // Three spokes from the top, clockwise 120° apart: a 8/10 up, b 6/10 at 30° below the
        // right, c 4/10 at 30° below the left (sin 30° = 0.5, cos 30° = √3/2).
        let (cx, cy, r) = (SVGCharts.Wheel.centre.x, SVGCharts.Wheel.centre.y, SVGCharts.Wheel.radius)
        let half3 = 3.0.squareRoot() / 2
        let expected = [(cx, cy - 0.8 * r), (cx + 0.6 * r * half3, cy + 0.6 * r * 0.5), (cx - 0.4 * r * half3, cy + 0.4 * r * 0.5)]
        let f = { (v: Double) in TextLayout.formatted(v, 1) }
        let points = expected.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
        #expect(svg.contains("<polygon points=\"\(points)\" class=\"team\"/>"))
        for p in expected { #expect(svg.contains("<path d=\"M\(f(p.0)),\(f(p.1 - 4.5))l4.5,4.5l-4.5,4.5l-4.5,-4.5z\" class=\"team-dot\"/>")) }
        #expect(svg.components(separatedBy: "class=\"team-dot\"").count - 1 == 4)  // three spokes and the legend
        #expect(svg.contains("team&#39;s own score (latest assessment)"))
        let ru = SVGCharts.wheel([Self.withTeam("a", 3, team: 8, order: 0)], period: nil, ReportStrings(.ru))
        #expect(ru.contains("оценка самой команды"))
    }

    @Test func wheelHasNoTeamOutlineWithoutAssessmentsAndOnlyMarkersWhenSomeLackOne() {
        let none = SVGCharts.wheel([Self.withTeam("a", 3, team: nil, order: 0), Self.withTeam("b", 9, team: nil, order: 1),
                                    Self.withTeam("c", 5, team: nil, order: 2)], period: Period(parsing: "2026-11"))
        #expect(!none.contains("class=\"team") && !none.contains("own score (latest assessment)"))
        let some = SVGCharts.wheel([Self.withTeam("a", 3, team: 8, order: 0), Self.withTeam("b", 9, team: nil, order: 1),
                                    Self.withTeam("c", 5, team: 2, order: 2)], period: Period(parsing: "2026-11"))
        #expect(some.components(separatedBy: "class=\"team\"").count - 1 == 1)  // the legend's line only
        #expect(some.components(separatedBy: "class=\"team-dot\"").count - 1 == 3)  // a, c and the legend
        let dots = SVGCharts.touchpointDotPlot([Self.withTeam("a", 3, team: nil, order: 0)], period: nil, ReportStrings(.en))
        #expect(!dots.contains("team"))
    }

    @Test func dotPlotShowsTheTeamScoreAsASecondMarkerAndTheTableATeamColumn() {
        let many = (0..<13).map { Self.withTeam("t\($0)", 5, team: $0 == 0 ? 10 : nil, order: $0) }
        let svg = SVGCharts.wheel(many, period: Period(parsing: "2026-11"), className: "dotplot")
        // Team 10 on the first row: the axis's right end, the row's middle.
        let d = SVGCharts.DotPlot.self
        let f = { (v: Double) in TextLayout.formatted(v, 1) }
        #expect(svg.contains("<path d=\"M\(f(d.plotRight)),\(f(d.top + d.rowHeight / 2 - 4.5))l4.5"))
        #expect(svg.components(separatedBy: "class=\"team-dot\"").count - 1 == 1 && svg.contains("◆ team"))
        let report = Report(unit: .month, scenarios: [], touchpoints: [Self.withTeam("x<y", 5, team: 7.5, order: 0)],
                            touchpointPeriod: Period(parsing: "2026-11"), countedRuns: 1, inProgressRuns: 0)
        let table = HTMLRenderer.touchpointTable(report, ReportStrings(.en))
        #expect(table.contains("<th>Score</th><th>Team</th>") && table.contains("<td class=\"num team\">7.5</td>"))
        #expect(table.contains("X&lt;Y") && !table.contains("X<Y"))
        #expect(HTMLRenderer.touchpointTable(report, ReportStrings(.ru)).contains("<th>Команда</th>"))
    }
}
