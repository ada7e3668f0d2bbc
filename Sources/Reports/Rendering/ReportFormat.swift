import Foundation
import ShopperCore

/// The output formats of `shopper report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case csv
    case json

    /// The report in this format. `colour` applies to text only; `language` to text, Markdown
    /// and HTML (CSV and JSON are a machine contract and the same in every language).
    /// `generatedAt` is the time the HTML says it was made (nil: not said).
    public func render(_ report: Report, colour: Bool = false, width: Int = 80, language: Language = .en,
                       generatedAt: Date? = nil) -> String {
        switch self {
        case .text: TextRenderer(colour: colour, width: width, language: language).render(report)
        case .markdown: MarkdownRenderer.render(report, language: language)
        case .html: HTMLRenderer.render(report, language: language, generatedAt: generatedAt)
        case .csv: CSVRenderer.render(report)
        case .json: JSONRenderer.render(report)
        }
    }

    /// Whether the format lists what the testers said (`VerbatimLoader` fills it in).
    public var showsVerbatims: Bool {
        switch self {
        case .markdown, .html, .json: true
        case .text, .csv: false
        }
    }
}
