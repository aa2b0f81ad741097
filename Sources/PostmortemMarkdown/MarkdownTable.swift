/// A GFM table read as data: a header row and body rows of cells.
///
/// Get one from a table node with ``MarkdownNode/table``. Rows are as cmark-gfm made
/// them: a row with fewer cells than the header is padded with empty cells, extra cells
/// are dropped from `rows` (``droppedCells`` holds their text).
public struct MarkdownTable: Sendable, Hashable {
    /// One table cell.
    public struct Cell: Sendable, Hashable {
        /// The cell's text without markup (``MarkdownNode/plainText``), trimmed.
        public var text: String
        /// The cell's inline Markdown exactly as written in the source (escaped pipes stay
        /// escaped), trimmed; "" for cells cmark-gfm added to pad a short row.
        public var markdown: String
        /// The cell's node, for its inline children (links, code spans, emphasis).
        public var node: MarkdownNode
    }

    /// The table's node.
    public var node: MarkdownNode
    /// The alignment of each column, from the delimiter row.
    public var alignments: [MarkdownNode.TableAlignment]
    /// The header row's cells.
    public var header: [Cell]
    /// The body rows' cells, top to bottom.
    public var rows: [[Cell]]
    /// The cells of body rows past the header's column count, which cmark-gfm drops, as
    /// written (`| 3 | four |`), one entry per row that had any.
    public var droppedCells: [DroppedCells] = []

    /// The source text of a row's cells past the header's column count.
    public struct DroppedCells: Sendable, Hashable {
        /// The row's line in the source.
        public var line: Int
        /// The cells as written, pipes included.
        public var markdown: String

        public init(line: Int, markdown: String) {
            self.line = line
            self.markdown = markdown
        }
    }

    /// The number of columns.
    public var columnCount: Int { alignments.count }
}

extension MarkdownNode {
    /// This node read as a table, or nil when it is not a ``Kind/table(_:)`` node.
    public var table: MarkdownTable? {
        guard case .table(let alignments) = kind else { return nil }
        var header: [MarkdownTable.Cell] = []
        var rows: [[MarkdownTable.Cell]] = []
        var dropped: [MarkdownTable.DroppedCells] = []
        for row in children {
            guard case .tableRow(let isHeader) = row.kind else { continue }
            let cells = row.children.compactMap { cell -> MarkdownTable.Cell? in
                guard case .tableCell = cell.kind else { return nil }
                let markdown = cell.range.map { tree.source.text(in: $0) } ?? ""
                return MarkdownTable.Cell(
                    text: cell.plainText.trimmingWhitespace(),
                    markdown: markdown.trimmingWhitespace(),
                    node: cell
                )
            }
            if isHeader {
                header = cells
            } else {
                rows.append(cells)
                if let rest = Self.textPastLastCell(of: row) { dropped.append(rest) }
            }
        }
        return MarkdownTable(
            node: self, alignments: alignments, header: header, rows: rows, droppedCells: dropped)
    }

    /// The row's source after its last cell, when it holds more than pipes and spaces.
    private static func textPastLastCell(of row: MarkdownNode) -> MarkdownTable.DroppedCells? {
        guard let rowRange = row.range, let lastEnd = row.children.compactMap(\.range).last?.end,
            lastEnd.line == rowRange.end.line, lastEnd.column < rowRange.end.column
        else { return nil }
        let rest = row.tree.source.text(
            in: SourceRange(start: SourcePosition(line: lastEnd.line, column: lastEnd.column + 1), end: rowRange.end))
        let cells = rest.trimmingWhitespace()
        guard cells.contains(where: { $0 != "|" && !$0.isWhitespace }) else { return nil }
        return MarkdownTable.DroppedCells(line: rowRange.end.line, markdown: cells)
    }
}
