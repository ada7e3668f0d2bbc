import Foundation
@testable import Reports
import Testing

/// The HTML report's colours are readable in light and dark mode: every colour used for text has
/// at least 4.5:1 contrast against the page (WCAG 1.4.3), every colour that draws a chart's
/// marks, lines or axes at least 3:1 (WCAG 1.4.11), and the white text of every tag 4.5:1 against
/// its fill. The ratios are computed from the stylesheet itself (`HTMLRenderer.css`), so a new
/// colour is checked when it is added. (The barrier shades: `BarrierShadeTests`.)
@Suite struct HTMLPaletteContrastTests {
    /// The custom properties of each `:root{…}` block in `css`: light first, then dark mode.
    static func palettes(_ css: String) -> [[String: String]] {
        css.components(separatedBy: ":root{").dropFirst().map { block in
            let body = block.prefix { $0 != "}" }
            var colours: [String: String] = [:]
            for declaration in body.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                guard parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") else { continue }
                // `#fff` is `#ffffff`.
                let hex = parts[1].count == 4 ? "#" + parts[1].dropFirst().map { "\($0)\($0)" }.joined() : parts[1]
                if hex.count == 7 { colours[String(parts[0].dropFirst(2))] = hex }
            }
            return colours
        }
    }

    static let text = ["fg", "muted", "accent", "gap", "code", "bad", "good"]
    static let graphics = ["accent", "base", "gap", "axis", "bad", "good"]

    @Test func bothModesHaveThePalette() {
        let palettes = Self.palettes(HTMLRenderer.css)
        #expect(palettes.count == 2)
        for palette in palettes {
            for name in Set(Self.text + Self.graphics + ["bg"]) { #expect(palette[name] != nil, "--\(name) missing") }
        }
    }

    @Test func textColoursHaveFourAndAHalfToOneAndChartColoursThreeToOneAgainstThePage() {
        for (mode, palette) in zip(["light", "dark"], Self.palettes(HTMLRenderer.css)) {
            guard let bg = palette["bg"] else { continue }
            for name in Self.text {
                guard let colour = palette[name] else { continue }
                #expect(BarrierShadeTests.contrast(colour, bg) >= 4.5, "\(mode) --\(name) \(colour) text on \(bg)")
            }
            for name in Self.graphics {
                guard let colour = palette[name] else { continue }
                #expect(BarrierShadeTests.contrast(colour, bg) >= 3, "\(mode) --\(name) \(colour) graphics on \(bg)")
            }
        }
    }

    @Test func everyTagsWhiteTextHasFourAndAHalfToOneAgainstItsFill() throws {
        let css = HTMLRenderer.css + HTMLRenderer.summaryCSS
        let fills = css.components(separatedBy: ".tag.").dropFirst().compactMap { rule -> String? in
            guard let range = rule.range(of: "{background:#") else { return nil }
            return "#" + rule[range.upperBound...].prefix(6)
        }
        #expect(fills.count >= 6)
        for fill in fills { #expect(BarrierShadeTests.contrast("#ffffff", fill) >= 4.5, "white on \(fill)") }
        // The yellow note rows' text.
        #expect(BarrierShadeTests.contrast("#6b4e00", "#fff4d6") >= 4.5)
    }
}
