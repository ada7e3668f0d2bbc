/// The report on a phone (below 600 px): tables whose first column alone says little are
/// re-laid out, so the reader sees the finding, not just its scenario.
extension HTMLRenderer {
    /// - The changes table becomes one block per change: the scenario and the compared periods
    ///   in small grey type, then the tag, step, what, values and q as a sentence.
    /// - The touchpoint table keeps its narrow rank column and the touchpoint's name in view
    ///   while the owner, scores and trend scroll beside them.
    /// - The task table's critical failures keep a readable width instead of a column of
    ///   one word per line.
    static let phoneCSS = """
    @media screen and (max-width:600px){
    table.changes,table.changes tbody{display:block}table.changes thead{display:none}
    table.changes tr{display:block;padding:.4rem 0;border-bottom:1px solid var(--line)}
    table.changes td{display:inline;border:0;padding:0 .3rem 0 0;position:static;box-shadow:none;white-space:normal}
    table.changes td:nth-child(-n+2){font-size:.8rem;color:var(--muted)}
    table.changes tr:not(.missing):not(.note) td:nth-child(2)::after{content:"";display:block;height:.15rem}
    table.touchpoints th:first-child,table.touchpoints td:first-child{width:2.6rem;min-width:2.6rem;max-width:2.6rem;padding:.25rem .3rem;overflow:hidden}
    table.touchpoints th:nth-child(2),table.touchpoints td:nth-child(2){position:sticky;left:3.2rem;background:var(--bg);box-shadow:1px 0 0 var(--line);min-width:8rem}
    table.touchpoints th:nth-child(2){background:var(--head)}table.task td:nth-child(4){min-width:16rem}}
    """
}
