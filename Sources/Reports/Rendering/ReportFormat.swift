/// The output formats of `shopper report`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case markdown
    case html
    case csv
    case json

    /// The report in this format. `colour` applies to text only.
    public func render(_ report: Report, colour: Bool = false, width: Int = 80) -> String {
        switch self {
        case .text: TextRenderer(colour: colour, width: width).render(report)
        case .markdown: MarkdownRenderer.render(report)
        case .html: HTMLRenderer.render(report)
        case .csv: CSVRenderer.render(report)
        case .json: JSONRenderer.render(report)
        }
    }
}
