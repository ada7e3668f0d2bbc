import Testing
import YAMLKit

/// `YAMLOutline`: where nodes start and end, as `shopper action` needs them to edit in place.
@Suite struct YAMLOutlineTests {
    @Test func scalarsAndFlowCollectionsEndJustPastTheirText() throws {
        let text = "a: 'quoted'  # c\nb: {x: 1, y: [2, 3]}\nc: плоский текст\n"
        let root = try #require(try YAMLOutline.parse(text))
        #expect(root.kind == .mapping && !root.isFlow && root.pairs.count == 3)
        let a = try #require(root[key: "a"])
        #expect(a.kind == .scalar("quoted", .singleQuoted) && a.start == Mark(line: 1, column: 4) && a.end == Mark(line: 1, column: 12))
        let b = try #require(root[key: "b"])
        #expect(b.isFlow && b.start == Mark(line: 2, column: 4) && b.end == Mark(line: 2, column: 21))
        #expect(b[key: "y"]?.children.map(\.scalar) == ["2", "3"])
        // Columns count Unicode scalars, not bytes: 12 letters and a space (25 bytes).
        let c = try #require(root[key: "c"])
        #expect(c.start == Mark(line: 3, column: 4) && c.end == Mark(line: 3, column: 17))
        #expect(root.contentEnd == c.end)
    }

    @Test func aBlockCollectionsContentEndsAtItsLastValueNotAtTheCommentsAfterIt() throws {
        let text = "list:\n  - id: x\n    text: |\n      two\n      lines\n  # a comment\n\nnext: 1\n"
        let root = try #require(try YAMLOutline.parse(text))
        let list = try #require(root[key: "list"])
        #expect(list.kind == .sequence && !list.isFlow && list.start == Mark(line: 2, column: 3))
        let item = try #require(list.children.first)
        #expect(item.start == Mark(line: 2, column: 5))
        // The literal scalar takes its final line break: it ends at the start of the next line.
        #expect(item.contentEnd == Mark(line: 6, column: 1))
        #expect(list.contentEnd == item.contentEnd)
    }

    @Test func anchorsTagsAndAliasesAreMarked() throws {
        let root = try #require(try YAMLOutline.parse("a: &x [1]\nb: *x\nc: !!str 3\n"))
        #expect(root[key: "a"]?.isDecorated == true && root[key: "b"]?.kind == .alias && root[key: "c"]?.isDecorated == true)
        #expect(try YAMLOutline.parse("") == nil)
        #expect(throws: YAMLError.self) { try YAMLOutline.parse("a: [1,\n") }
    }
}
