import ShopperCore

/// The owners' action list in the terminal report, after the changes (`ActionList`): one
/// heading per owner, each action wrapped under itself with where it is on the next line.
extension TextRenderer {
    func actions(_ report: Report) -> [String] {
        let list = ActionList.of(report)
        guard !list.isEmpty else { return [] }
        var lines = ["", bold(strings.actionsTitle)]
        for group in list.groups {
            lines += TextLayout.hanging("  ", TextLayout.safe(group.owner ?? strings.noOwnerNamed), width: width).map(bold)
            for item in group.items {
                lines += TextLayout.hanging("    " + actionMark(item.kind) + " ", TextLayout.safe(strings.actionText(item)), width: width)
                if let place = strings.actionWhere(item) {
                    lines += TextLayout.hanging("      ", TextLayout.safe(place), width: width)
                }
            }
        }
        return lines
    }

    /// ▲ regression, + new barrier, ! critical failure, ◎ focus (the change marks of the text report).
    func actionMark(_ kind: ActionItem.Kind) -> String {
        switch kind {
        case .regression: "▲"
        case .newBarrier: "+"
        case .criticalFailure: "!"
        case .focus: "◎"
        }
    }
}
