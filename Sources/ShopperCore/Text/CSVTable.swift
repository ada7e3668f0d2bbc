import Foundation
import YAMLKit

/// A spreadsheet saved as CSV (RFC 4180): comma or semicolon separated (whichever the header
/// row uses more of, outside quotes), UTF-8 with or without a byte-order mark, CRLF or LF line
/// ends, quoted fields that hold separators, doubled quotes and line breaks. Blank lines (and
/// rows of empty cells) are skipped. Every field keeps the position it starts at, so problems can be reported there.
public struct CSVTable: Sendable {
    public struct Field: Sendable, Hashable {
        public var text: String
        public var mark: Mark
    }

    /// A record with the line it starts on and its row number as a spreadsheet shows it (the
    /// header is row 1; blank rows count, line breaks inside quoted cells do not).
    public struct Row: Sendable, Hashable {
        public var fields: [Field]
        public var line: Int
        public var number: Int
    }

    public var separator: Character
    public var header: Row?
    public var rows: [Row]

    /// Parses `text`; an error (with its position) for a quote left open at the end or text
    /// between a closing quote and the next separator.
    public static func parse(_ text: String) -> Result<CSVTable, Diagnostic> {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        let separator = detectSeparator(body)
        var records: [Row] = []
        var fields: [Field] = []
        var current = ""
        var fieldMark = Mark(line: 1, column: 1)
        var recordLine = 1
        var line = 1, column = 1
        var inQuotes = false, quoted = false, afterQuote = false
        var quoteMark = Mark.start
        var chars = body.makeIterator()
        var pending: Character? = nil

        func endField() {
            fields.append(Field(text: current, mark: fieldMark))
            current = ""
            quoted = false
            afterQuote = false
        }
        var number = 0
        func endRecord() {
            endField()
            number += 1
            // Blank lines, and the rows of empty cells spreadsheets save (`;;;;`), are skipped.
            if fields.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) {
                records.append(Row(fields: fields, line: recordLine, number: number))
            }
            fields = []
        }
        var started = false
        while let ch = pending ?? chars.next() {
            pending = nil
            if !started { started = true; fieldMark = Mark(line: line, column: column); recordLine = line }
            if inQuotes {
                if ch == "\"" {
                    if let next = chars.next() {
                        if next == "\"" {
                            current.append("\"")
                            column += 2
                            continue
                        }
                        pending = next
                    }
                    inQuotes = false
                    afterQuote = true
                    column += 1
                    continue
                }
                current.append(ch)
                if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += 1 }
                continue
            }
            if ch == separator {
                endField()
                column += 1
                fieldMark = Mark(line: line, column: column)
                continue
            }
            if ch == "\n" || ch == "\r\n" || ch == "\r" {
                endRecord()
                line += 1
                column = 1
                started = false
                continue
            }
            if afterQuote {
                return .failure(Diagnostic(.error, "text after a closing quote; a quote inside a quoted field is written twice (\"\")",
                                           at: Mark(line: line, column: column)))
            }
            if ch == "\"", current.isEmpty, !quoted {
                inQuotes = true
                quoted = true
                quoteMark = Mark(line: line, column: column)
                column += 1
                continue
            }
            current.append(ch)
            column += 1
        }
        if inQuotes {
            return .failure(Diagnostic(.error, "this quoted field is never closed", at: quoteMark))
        }
        if started { endRecord() }
        guard !records.isEmpty else { return .success(CSVTable(separator: separator, header: nil, rows: [])) }
        return .success(CSVTable(separator: separator, header: records[0], rows: Array(records.dropFirst())))
    }

    /// `;` when the first line has more semicolons than commas outside quotes, else `,`.
    static func detectSeparator(_ text: Substring) -> Character {
        var commas = 0, semicolons = 0, inQuotes = false
        for ch in text {
            if ch == "\"" { inQuotes.toggle() } else if !inQuotes {
                if ch == "\n" || ch == "\r\n" || ch == "\r" { break }
                if ch == "," { commas += 1 } else if ch == ";" { semicolons += 1 }
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
