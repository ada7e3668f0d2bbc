import Foundation
@testable import Reports
import ShopperCore
import Testing

/// The barrier table's colour says what its number says (the share of the period's runs), and
/// its colours are readable: WCAG 2 contrast ratios computed here from the hex colours.
@Suite struct BarrierShadeTests {
    /// WCAG 2 relative luminance of `#rrggbb`.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ i: Int) -> Double {
            let c = Double(Int(String(digits[i..<i + 2]), radix: 16)!) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    static func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    @Test func theFormulaMatchesKnownRatios() {
        // Black on white is 21:1; #767676 on white is the well-known 4.54:1.
        #expect(abs(Self.contrast("#000000", "#ffffff") - 21) < 1e-9)
        #expect(abs(Self.contrast("#767676", "#ffffff") - 4.54) < 0.01)
    }

    @Test func everyFillHasThreeToOneAgainstWhiteAndItsTextFourAndAHalfToOne() {
        for band in BarrierShade.bands {
            #expect(Self.contrast(band.fill, "#ffffff") >= 3, "\(band.fill) against white")
            #expect(Self.contrast(band.text, band.fill) >= 4.5, "\(band.text) on \(band.fill)")
        }
        // Darker with each band, so the order of shades is the order of shares.
        let l = BarrierShade.bands.map { Self.luminance($0.fill) }
        #expect(l == l.sorted(by: >))
    }

    @Test func theBandIsTheShareOfThePeriodsRuns() {
        #expect(BarrierShade.band(1, of: 13) == 0)
        #expect(BarrierShade.band(4, of: 13) == 1)
        #expect(BarrierShade.band(8, of: 13) == 2)
        #expect(BarrierShade.band(10, of: 13) == 3)
        #expect(BarrierShade.band(13, of: 13) == 3)
        #expect(BarrierShade.band(3, of: 0) == 0)
    }

    @Test func theCellReadsRunsOfRunsWithTheShareAndTheSeveritySeparately() {
        let html = HTMLRenderer.barrierTable(SummaryTests.report().scenarios[0])
        #expect(html.contains("<td class=\"num share share2\" title=\"severity 4\">8/13 (62%)<span class=\"sevmark\">s4</span></td>"))
        #expect(html.contains("<span class=\"swatch\" style=\"background:#d4702a\"></span>&lt; 25%"))
        #expect(html.contains("s1–s4: the highest severity"))
    }
}
