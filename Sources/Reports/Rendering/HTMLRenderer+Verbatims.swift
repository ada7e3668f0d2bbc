import ShopperCore

extension HTMLRenderer {
    /// A scenario without counted runs: its heading and "no runs yet".
    static func noRuns(_ s: ScenarioWithoutRuns, _ strings: ReportStrings) -> String {
        "<section class=\"scenario none\" aria-label=\"\(escape(s.title))\"><h2>\(escape(s.title)) <code>\(escape(s.scenario))</code></h2>\n"
            + "<p class=\"quiet\">\(escape(strings.scenarioHasNoRuns))</p></section>\n"
    }

    /// "What the testers said" for the scenario's current period: per step (then the survey), at
    /// most `ReportStrings.verbatimsPerStep` items, newest first, and "and N more". Every text
    /// through `escape`.
    static func verbatims(_ s: ScenarioReport, _ strings: ReportStrings) -> String {
        guard let period = s.currentPeriod else { return "" }
        var h = "<h3>\(escape(strings.testersSaid(period.period.label)))</h3>\n"
        let groups = s.verbatimGroups(period)
        if groups.isEmpty { return h + "<p class=\"quiet\">\(escape(strings.nothingSaid(period.period.label)))</p>\n" }
        for group in groups {
            let heading = group.step.map { step in
                group.title.map { "\(escape($0)) <code>\(escape(step))</code>" } ?? "<code>\(escape(step))</code>"
            } ?? escape(strings.surveyTitle)
            h += "<h4>\(heading)</h4>\n<ul class=\"verbatims\">\n"
            for v in group.verbatims.prefix(ReportStrings.verbatimsPerStep) {
                var facts = [escape(strings.verbatimKind(v.kind)) + (v.subject.map { " <code>\(escape($0))</code>" } ?? ""),
                             escape(v.tester), escape(ReportStrings.day(v.at))]
                if let location = v.location { facts.append(escape(location)) }
                facts.append("<code>\(escape(v.run))</code>")
                h += "<li><q>\(escape(v.text))</q> <span class=\"quiet\">— \(facts.joined(separator: " · "))</span></li>\n"
            }
            let more = group.verbatims.count - ReportStrings.verbatimsPerStep
            if more > 0 { h += "<li class=\"quiet\">\(escape(strings.andMore(more)))</li>\n" }
            h += "</ul>\n"
        }
        return h
    }
}
