/// The report on A4 paper: what keeps headings with their content and cards whole.
extension HTMLRenderer {
    /// Print rules, after the others so they win.
    /// - A heading never ends a page: it cannot be split (`break-inside: avoid`) and carries an
    ///   invisible block below it that pulls the next content up by as much (the heading's box is
    ///   that much taller, so it moves to the next page unless room for a first line or two of its
    ///   content is left). Chromium does not reliably honour `break-after: avoid` alone.
    /// - The touchpoints' heading and wheel (`div.keep`) and each summary card stay whole.
    /// - A scenario follows the one before on the same page (its heading kept with its content):
    ///   starting each on a new page left pages holding only the previous scenario's last line or
    ///   two (an empty "what the testers said" in the week report).
    /// - Numbers in the changes table are not split inside ("q<0.001").
    /// - The touchpoint table leaves out the rows without a score (a print-only line says how
    ///   many): pages of dashes otherwise.
    static let printCSS = """
    @media print{h2,h3,h4{break-inside:avoid;break-after:avoid}
    h2::after,h3::after,h4::after{content:"";display:block;height:4.5em;margin-bottom:-4.5em}
    div.keep,article.card{break-inside:avoid}
    table.changes td.num{white-space:nowrap;overflow-wrap:normal}table.touchpoints tr.unscored{display:none}}
    """
}
