/// How the HTML barrier table shades a cell: by the share of the period's runs that met the
/// barrier, the same thing the cell's number says ("8/13 (62%)"); the highest severity is a
/// separate letter. Every fill has at least 3:1 contrast against white (graphics, WCAG 1.4.11)
/// and its text at least 4.5:1 against the fill (`BarrierShadeTests` computes both).
enum BarrierShade {
    /// Fill and text colour per share band, lightest first: under 25%, 25–49%, 50–74%, 75% on.
    static let bands: [(fill: String, text: String)] = [
        ("#d4702a", "#1d2330"),
        ("#b5541a", "#ffffff"),
        ("#9c3a16", "#ffffff"),
        ("#7a1f0e", "#ffffff"),
    ]

    /// The band of `runs` of `of` runs: 0…3.
    static func band(_ runs: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return min(3, max(0, Int((Double(runs) / Double(total) * 4).rounded(.down))))
    }

    /// The severity mark after the count: `s1`…`s4` (1 cosmetic … 4 blocker), the same in
    /// both languages, explained by the legend.
    static func mark(_ severity: Int) -> String { "s\(severity)" }

    static var css: String {
        bands.enumerated().map { ".share\($0.offset){background:\($0.element.fill);color:\($0.element.text)}" }.joined()
            + "td.share .sevmark{font-size:.75em;opacity:.9;margin-left:.3em}"
            + ".swatch{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin:0 .2em 0 .5em;border-radius:2px}"
            + "@media print{td.share,.swatch{-webkit-print-color-adjust:exact;print-color-adjust:exact}}"
    }
}
