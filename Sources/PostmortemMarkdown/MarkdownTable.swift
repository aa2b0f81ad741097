/// A GFM table read as data: a header row and body rows of cells.
///
/// Get one from a table node with ``MarkdownNode/table``. Rows are as cmark-gfm made
/// them: a row with fewer cells than the header is padded with empty cells, extra cells
/// are dropped.
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

    /// The number of columns.
    public var columnCount: Int { alignments.count }
}

extension MarkdownNode {
    /// This node read as a table, or nil when it is not a ``Kind/table(_:)`` node.
    public var table: MarkdownTable? {
        guard case .table(let alignments) = kind else { return nil }
        var header: [MarkdownTable.Cell] = []
        var rows: [[MarkdownTable.Cell]] = []
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
            }
        }
        return MarkdownTable(node: self, alignments: alignments, header: header, rows: rows)
    }
}
