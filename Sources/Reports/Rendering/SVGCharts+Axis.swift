import Foundation
import ShopperCore

/// Axis rules shared by the charts: axes follow the data, not the uncertainty (a t interval from
/// two attempts can run to hundreds of hours and would flatten every point onto zero).
extension SVGCharts {
    /// Intervals are drawn only from this many values up: below it the interval says more
    /// about the sample size than about the service.
    static let minimumIntervalN = 3

    /// Whether to draw the interval of a value measured `n` times.
    static func drawsInterval(n: Int) -> Bool { n >= minimumIntervalN }

    /// Ticks of a time axis from 0 up to just past the highest point (and the target, with room
    /// for its label), never set by the interval ends: those are clipped at the top.
    static func timeTicks(points: [Double], target: Double? = nil) -> [Double] {
        let finite = points.filter { $0.isFinite && $0 > 0 }
        let highest = max(finite.max().map { $0 * 1.1 } ?? 0, target.map { $0 * 1.2 } ?? 0)
        return durationTicks(upTo: highest)
    }

    /// Show every `stride`-th period label (counting back from the newest) so labels as wide
    /// as `widest` px never run together in slots `slot` px wide.
    static func labelStride(widest: Double, slot: Double, gap: Double = 6) -> Int {
        guard slot > 0, widest > 0 else { return 1 }
        return max(1, Int(((widest + gap) / slot).rounded(.up)))
    }

    /// Indices of the labels to show out of `count`, `stride` apart, always the newest.
    static func shownLabels(count: Int, stride: Int) -> [Int] {
        guard count > 0 else { return [] }
        return (0..<count).filter { (count - 1 - $0) % max(1, stride) == 0 }
    }

    /// A clipped interval end said briefly, in whole units: `864h`, `15m`, `40s` (`864 ч`,
    /// `15 мин`, `40 с`).
    static func roughDuration(_ seconds: Double, language: Language = .en) -> String {
        guard seconds.isFinite else { return "–" }
        let (value, en, ru): (Double, String, String) =
            seconds >= 3600 ? (seconds / 3600, "h", " ч") : seconds >= 60 ? (seconds / 60, "m", " мин") : (seconds, "s", " с")
        let whole = value >= 1e15 ? String(format: "%.0e", value) : String(Int(value.rounded()))
        return whole + (language == .ru ? ru : en)
    }

    /// An upward arrowhead at the top of the plot where an interval runs past the axis.
    static func clipArrow(x: Double, top: Double) -> String {
        "<path d=\"M\(n(x - 4)),\(n(top + 6)) L\(n(x)),\(n(top - 1)) L\(n(x + 4)),\(n(top + 6)) Z\" class=\"clip\"/>"
    }
}
