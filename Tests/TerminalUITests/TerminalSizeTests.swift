import Testing
import TerminalUI

/// The width `report`, `runs`, `touchpoints` and `show` lay text out for (issue 7: owners were cut
/// at 80 columns on a 160-column terminal).
@Suite struct TerminalSizeTests {
    @Test func columnsVariableWinsThenTheTerminalThenEighty() {
        #expect(TerminalSize.textColumns(columnsVariable: "132", terminalColumns: 160) == 132)
        #expect(TerminalSize.textColumns(columnsVariable: nil, terminalColumns: 160) == 160)
        #expect(TerminalSize.textColumns(columnsVariable: nil, terminalColumns: nil) == 80)
    }

    @Test(arguments: ["", "wide", "-5", "0", "99999999999999999999"])
    func unusableColumnsAreIgnored(value: String) {
        #expect(TerminalSize.textColumns(columnsVariable: value, terminalColumns: 120) == 120)
    }

    @Test func widthsStayWithinReason() {
        #expect(TerminalSize.textColumns(columnsVariable: "10", terminalColumns: nil) == 40)
        #expect(TerminalSize.textColumns(columnsVariable: "100000", terminalColumns: nil) == 1000)
    }
}
