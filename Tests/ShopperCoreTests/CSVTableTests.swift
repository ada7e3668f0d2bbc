import Testing
@testable import ShopperCore

/// `CSVTable`: RFC 4180 quoting, the separator taken from the header, BOM, CRLF, blank rows.
@Suite struct CSVTableTests {
    @Test func quotedFieldsHoldSeparatorsQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}a;b;c\r\n\"x;y\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\n\r\n;;\r\nlast;2;3"
        let table = try CSVTable.parse(text).get()
        #expect(table.separator == ";")
        #expect(table.header?.fields.map(\.text) == ["a", "b", "c"])
        #expect(table.rows.map { $0.fields.map(\.text) } == [["x;y", "say \"hi\"", "two\r\nlines"], ["last", "2", "3"]])
        // Row 2 starts on line 2; the blank line and the row of empty cells are rows 4 and 5 (skipped).
        #expect(table.rows.map(\.line) == [2, 6])
        #expect(table.rows.map(\.number) == [2, 5])
        #expect(table.rows[1].fields[1].mark.line == 6 && table.rows[1].fields[1].mark.column == 6)
    }

    @Test func commasWinWhenTheHeaderHasMoreOfThem() throws {
        let table = try CSVTable.parse("id,name\nx,\"a; b, c\"\n").get()
        #expect(table.separator == ",")
        #expect(table.rows.map { $0.fields.map(\.text) } == [["x", "a; b, c"]])
    }

    @Test(arguments: [("a,b\n\"open,1\n", 2, 1, "never closed"), ("a,b\n\"x\"y,1\n", 2, 4, "after a closing quote")])
    func brokenQuotingIsAPositionedError(_ text: String, _ line: Int, _ column: Int, _ message: String) {
        guard case .failure(let d) = CSVTable.parse(text) else { Issue.record("parsed"); return }
        #expect(d.mark.line == line && d.mark.column == column)
        #expect(d.message.contains(message))
    }
}
