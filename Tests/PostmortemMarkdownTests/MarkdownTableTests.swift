import PostmortemMarkdown
import Testing

@Suite("MarkdownTable")
struct MarkdownTableTests {
    private struct CellValue: Equatable {
        var text: String
        var markdown: String
    }

    private func values(_ cells: [MarkdownTable.Cell]) -> [CellValue] {
        cells.map { CellValue(text: $0.text, markdown: $0.markdown) }
    }

    @Test("a table exposes header, rows, plain text and inline Markdown of cells, alignments")
    func readsTable() throws {
        let document = MarkdownDocument(parsing: try Golden.read("table.md"))
        let node = try #require(document.root.children.last)
        let table = try #require(node.table)
        #expect(table.columnCount == 3)
        #expect(table.alignments == [.left, .center, .right])
        #expect(
            values(table.header) == [
                CellValue(text: "Owner", markdown: "Owner"),
                CellValue(text: "Action", markdown: "Action"),
                CellValue(text: "Status", markdown: "Status"),
            ])
        #expect(table.rows.count == 2)
        #expect(
            values(table.rows[0]) == [
                CellValue(text: "ops", markdown: "*ops*"),
                CellValue(text: "run pg_dump nightly", markdown: "run `pg_dump` nightly"),
                CellValue(text: "done", markdown: "**done**"),
            ])
        #expect(
            values(table.rows[1]) == [
                CellValue(text: "db | infra", markdown: #"db \| infra"#),
                CellValue(text: "runbook", markdown: #"[runbook](https://example.com/rb "Runbook")"#),
                CellValue(text: "", markdown: ""),
            ])
        #expect(table.node == node)
        #expect(table.rows[0][1].node.children.count == 3)
    }

    @Test("only table nodes read as tables")
    func nonTable() {
        #expect(MarkdownDocument(parsing: "plain").root.table == nil)
    }

    @Test("a table's plain text separates cells with tabs and rows with newlines")
    func plainText() throws {
        let document = MarkdownDocument(parsing: "| a | b |\n|---|---|\n| *c* | d |\n")
        let table = try #require(document.root.children.first)
        #expect(table.plainText == "a\tb\nc\td")
    }

    @Test("a table right under paragraph lines: each keeps its own lines")
    func tableAfterParagraph() throws {
        let document = MarkdownDocument(
            parsing: "Intro line one\nline two:\n| App | Note |\n|---|---|\n| nextcloud | gone |\n")
        let blocks = document.root.children
        #expect(
            blocks.map(\.sourceText) == [
                "Intro line one\nline two:", "| App | Note |\n|---|---|\n| nextcloud | gone |",
            ])
        #expect(blocks.map { $0.range?.description } == ["1:1-2:9", "3:1-5:20"])
        let table = try #require(blocks.last?.table)
        #expect(table.header.first?.node.parent?.range?.description == "3:1-3:14")
        #expect(
            values(table.header) == [
                CellValue(text: "App", markdown: "App"), CellValue(text: "Note", markdown: "Note"),
            ])
    }

    @Test("a header-only table under a paragraph, and one in a list item")
    func headerOnlyTableAfterParagraph() throws {
        let document = MarkdownDocument(parsing: "Text\n| a | b |\n|---|---|\n\n- item\n  | c |\n  |---|\n  | 1 |\n")
        #expect(document.root.children.map(\.sourceText).prefix(2) == ["Text", "| a | b |\n|---|---|"])
        let item = try #require(document.root.children.last?.children.first)
        #expect(item.children.map(\.sourceText) == ["item", "| c |\n  |---|\n  | 1 |"])
    }

    @Test("cells past the header's columns are dropped from rows and kept as written")
    func droppedCells() throws {
        let document = MarkdownDocument(
            parsing: "| a | b |\n|---|---|\n| 1 | 2 | 3 | four words |\n| x |\n| y | z | |\n")
        let table = try #require(document.root.children.first?.table)
        #expect(table.rows.map { $0.map(\.text) } == [["1", "2"], ["x", ""], ["y", "z"]])
        #expect(table.droppedCells == [MarkdownTable.DroppedCells(line: 3, markdown: "| 3 | four words |")])
    }
}
