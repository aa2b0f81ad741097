import CCmarkGFM

/// Copies a cmark-gfm document into a ``MarkdownTree`` in one pass of `cmark_iter`.
///
/// The pass keeps an explicit stack of open containers, so it never recurses. Containers
/// nested deeper than `maximumDepth` are not copied; their content (leaves) is attached to
/// the deepest container kept, so every word survives and no consumer of the tree can be
/// driven into unbounded recursion.
struct MarkdownTreeBuilder {
    /// cmark-gfm type names of nodes that never have children (the iterator gives them no
    /// exit event).
    private static let leafTypes: Set<String> = [
        "text", "softbreak", "linebreak", "code", "html_inline",
        "code_block", "html_block", "thematic_break",
    ]

    private let source: SourceText
    private let maximumDepth: Int
    private var records: [MarkdownTree.Record] = []
    private var plain: [UInt8] = []
    private var open: [Int] = []
    private var skippedContainers = 0
    private(set) var exceededDepth = false

    init(source: SourceText, maximumDepth: Int) {
        self.source = source
        self.maximumDepth = maximumDepth
    }

    /// Builds the tree of `root`; the C tree is only read.
    mutating func build(root: OpaquePointer) -> MarkdownTree {
        guard let iterator = cmark_iter_new(root) else { return .empty(source: source) }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_ENTER {
                enter(node)
            } else if event == CMARK_EVENT_EXIT {
                exit()
            }
        }
        if records.isEmpty { return .empty(source: source) }
        mendTablesAfterParagraphs()
        return MarkdownTree(source: source, records: records, plainText: plain)
    }

    /// A table whose header row directly follows paragraph lines ("Affected volumes:" on
    /// the line above `| App | PV |`) takes its start from the paragraph in cmark-gfm, and
    /// leaves the paragraph, and the header row, without a usable position. Whoever reads
    /// the table would then take the paragraph's lines with it, and whoever reads the
    /// paragraph would find no text. The header row is the line above the delimiter row,
    /// which is the line above the first body row (or the table's last line): the table
    /// and its header row are moved there, and the paragraph given the lines above.
    private mutating func mendTablesAfterParagraphs() {
        for index in records.indices {
            guard case .table = records[index].kind, let tableRange = records[index].range else { continue }
            // Records are in document order: the first child follows its parent, and a
            // node's next sibling starts where its descendants end.
            let header = index + 1
            guard header < records[index].end else { continue }
            let body = records[header].end < records[index].end ? records[header].end : nil
            let delimiterLine = body.flatMap { records[$0].range?.start.line }.map { $0 - 1 } ?? tableRange.end.line
            let headerLine = delimiterLine - 1
            guard headerLine > tableRange.start.line else { continue }
            let start = SourcePosition(line: headerLine, column: tableRange.start.column)
            records[header].range = SourceRange(
                start: start, end: SourcePosition(line: headerLine, column: max(source.length(ofLine: headerLine), 1)))
            records[index].range = SourceRange(start: start, end: tableRange.end)
            let cells = (header + 1..<records[header].end).filter { records[$0].parent == header }
            for (cell, range) in zip(cells, headerCellRanges(line: headerLine, from: tableRange.start.column)) {
                records[cell].range = range
            }
            if let previous = previousSibling(of: index), case .paragraph = records[previous].kind,
                records[previous].range == nil
            {
                let end = SourcePosition(line: headerLine - 1, column: max(source.length(ofLine: headerLine - 1), 1))
                records[previous].range = SourceRange(start: tableRange.start, end: end)
            }
        }
    }

    /// The cells of a header row on `line` from `column` on, split at unescaped pipes,
    /// each from the byte after its opening pipe to the byte before its closing one.
    private func headerCellRanges(line: Int, from column: Int) -> [SourceRange] {
        guard let content = source.contentRange(ofLine: line) else { return [] }
        let bytes = source.bytes[content]
        var pipes: [Int] = []
        var previous: UInt8 = 0
        for (offset, byte) in bytes.enumerated() where offset + 1 >= column {
            if byte == UInt8(ascii: "|"), previous != UInt8(ascii: "\\") { pipes.append(offset + 1) }
            previous = byte
        }
        let firstText = bytes.enumerated().first { $0.offset + 1 >= column && $0.element != 0x20 && $0.element != 0x09 }
        var bounds = pipes
        if let firstText, bounds.first != firstText.offset + 1 { bounds.insert(firstText.offset, at: 0) }
        if let last = bounds.last, bytes[(content.lowerBound + last)...].contains(where: { $0 != 0x20 && $0 != 0x09 }) {
            bounds.append(bytes.count + 1)
        }
        return zip(bounds, bounds.dropFirst()).compactMap { open, close in
            guard close - 1 >= open + 1 else { return nil }
            return SourceRange(
                start: SourcePosition(line: line, column: open + 1), end: SourcePosition(line: line, column: close - 1))
        }
    }

    /// The sibling just before the record at `index`, found by climbing from the record
    /// before it (the previous sibling's last descendant) to the shared parent.
    private func previousSibling(of index: Int) -> Int? {
        let parent = records[index].parent
        var candidate = index - 1
        while candidate >= 0, candidate != parent {
            if records[candidate].parent == parent { return candidate }
            candidate = records[candidate].parent
        }
        return nil
    }

    private mutating func enter(_ node: OpaquePointer) {
        let typeName = CMarkEnvironment.string(cmark_node_get_type_string(node))
        let isLeaf = Self.leafTypes.contains(typeName)
        separate(node, typeName: typeName)
        if !isLeaf && open.count > maximumDepth {
            skippedContainers += 1
            exceededDepth = true
            return
        }
        let range = Self.range(of: node, source: source)
        let kind = kind(of: node, typeName: typeName, range: range)
        let index = records.count
        let plainStart = plain.count
        if case .inlineCode(let literal) = kind, let range, Self.lostPadding(literal, range, source) {
            // cmark-gfm strips the space each side of "` Secret `"; the plain text keeps
            // them, or the code's words would join the words beside it.
            plain.append(0x20)
            appendPlainText(of: kind)
            plain.append(0x20)
        } else {
            appendPlainText(of: kind)
        }
        records.append(
            MarkdownTree.Record(
                kind: kind,
                range: Self.adjusted(range, for: kind, source: source),
                parent: open.last ?? -1,
                end: index + 1,
                plainStart: plainStart,
                plainEnd: plain.count
            ))
        if !isLeaf {
            open.append(index)
        }
    }

    private mutating func exit() {
        if skippedContainers > 0 {
            skippedContainers -= 1
            return
        }
        guard let index = open.popLast() else { return }
        records[index].end = records.count
        records[index].plainEnd = plain.count
    }

    /// Separates blocks by a newline and cells of a row by a tab in the plain text.
    private mutating func separate(_ node: OpaquePointer, typeName: String) {
        guard let last = plain.last else { return }
        if typeName == "table_cell" {
            if cmark_node_previous(node) != nil {
                plain.append(0x09)
            }
        } else if Self.isBlock(node), last != 0x0A {
            plain.append(0x0A)
        }
    }

    private mutating func appendPlainText(of kind: MarkdownNode.Kind) {
        switch kind {
        case .text(let literal), .inlineCode(let literal):
            plain.append(contentsOf: literal.utf8)
        case .softBreak:
            plain.append(0x20)
        case .lineBreak:
            plain.append(0x0A)
        case .codeBlock(let block):
            var literal = Substring(block.literal)
            if literal.hasSuffix("\n") {
                literal = literal.dropLast()
            }
            plain.append(contentsOf: literal.utf8)
        default:
            break
        }
    }

    /// Whether a code span's source, between its backticks (its `range`), begins and ends
    /// with a space that cmark-gfm took off its `literal`.
    private static func lostPadding(_ literal: String, _ range: SourceRange, _ source: SourceText) -> Bool {
        guard let first = literal.utf8.first, let last = literal.utf8.last, first != 0x20, last != 0x20 else {
            return false
        }
        return source.byte(at: range.start) == 0x20 && source.byte(at: range.end) == 0x20
    }

    /// Whether cmark-gfm files the node's type under blocks (the type's high bits are
    /// `CMARK_NODE_TYPE_BLOCK`, 0x8000, as opposed to inline, 0xC000).
    private static func isBlock(_ node: OpaquePointer) -> Bool {
        (cmark_node_get_type(node).rawValue & 0xC000) == 0x8000
    }

    // MARK: - Kinds

    private func kind(of node: OpaquePointer, typeName: String, range: SourceRange?) -> MarkdownNode.Kind {
        switch typeName {
        case "document": return .document
        case "block_quote": return .blockQuote
        case "list": return .list(list(node, range: range))
        case "item": return .listItem(nil)
        case "tasklist":
            return .listItem(cmark_gfm_extensions_get_tasklist_item_checked(node) ? .checked : .unchecked)
        case "code_block":
            return .codeBlock(
                MarkdownNode.CodeBlock(
                    info: CMarkEnvironment.string(cmark_node_get_fence_info(node)),
                    literal: literal(node),
                    isFenced: isFenced(node)
                ))
        case "html_block": return .htmlBlock(literal(node))
        case "paragraph": return .paragraph
        case "heading":
            let isSetext = Int(cmark_node_get_end_line(node)) > Int(cmark_node_get_start_line(node))
            return .heading(MarkdownNode.Heading(level: Int(cmark_node_get_heading_level(node)), isSetext: isSetext))
        case "thematic_break": return .thematicBreak
        case "table": return .table(alignments(node))
        case "table_header": return .tableRow(isHeader: true)
        case "table_row": return .tableRow(isHeader: false)
        case "table_cell": return .tableCell
        case "text": return .text(literal(node))
        case "softbreak": return .softBreak
        case "linebreak": return .lineBreak
        case "code": return .inlineCode(literal(node))
        case "html_inline": return .inlineHTML(literal(node))
        case "emph": return .emphasis
        case "strong": return .strong
        case "strikethrough": return .strikethrough
        case "link": return .link(link(node))
        case "image": return .image(link(node))
        default: return .other(typeName)
        }
    }

    private func literal(_ node: OpaquePointer) -> String {
        CMarkEnvironment.string(cmark_node_get_literal(node))
    }

    private func link(_ node: OpaquePointer) -> MarkdownNode.Link {
        MarkdownNode.Link(
            destination: CMarkEnvironment.string(cmark_node_get_url(node)),
            title: CMarkEnvironment.string(cmark_node_get_title(node))
        )
    }

    private func isFenced(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0
        var offset: Int32 = 0
        var character: CChar = 0
        return cmark_node_get_fenced(node, &length, &offset, &character) != 0
    }

    private func list(_ node: OpaquePointer, range: SourceRange?) -> MarkdownNode.List {
        if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
            return MarkdownNode.List(
                isOrdered: true,
                start: Int(cmark_node_get_list_start(node)),
                isTight: cmark_node_get_list_tight(node) != 0,
                delimiter: cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? .parenthesis : .period
            )
        }
        // cmark-gfm does not report the bullet character; read it at the list's start.
        let marker = range.flatMap { source.byte(at: $0.start) }
        let delimiter: MarkdownNode.ListDelimiter =
            switch marker {
            case UInt8(ascii: "*"): .asterisk
            case UInt8(ascii: "+"): .plus
            default: .hyphen
            }
        return MarkdownNode.List(
            isOrdered: false,
            start: nil,
            isTight: cmark_node_get_list_tight(node) != 0,
            delimiter: delimiter
        )
    }

    private func alignments(_ node: OpaquePointer) -> [MarkdownNode.TableAlignment] {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        guard count > 0, let raw = cmark_gfm_extensions_get_table_alignments(node) else { return [] }
        return (0..<count).map { column in
            switch raw[column] {
            case UInt8(ascii: "l"): .left
            case UInt8(ascii: "c"): .center
            case UInt8(ascii: "r"): .right
            default: .none
            }
        }
    }

    // MARK: - Ranges

    /// cmark-gfm's source position of a node, made consistent: nil when it has none
    /// (line or column 0), an end column of 0 ("end of the previous line") moved to the
    /// previous line, and an end before the start clamped to the start line.
    private static func range(of node: OpaquePointer, source: SourceText) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine >= 1, startColumn >= 1 else { return nil }
        let start = SourcePosition(line: startLine, column: startColumn)
        var end = SourcePosition(
            line: Int(cmark_node_get_end_line(node)),
            column: Int(cmark_node_get_end_column(node))
        )
        if end.column < 1, end.line > startLine {
            let line = end.line - 1
            end = SourcePosition(line: line, column: max(source.length(ofLine: line), 1))
        }
        if end < start {
            end = SourcePosition(line: startLine, column: max(source.length(ofLine: startLine), startColumn))
        }
        return SourceRange(start: start, end: end)
    }

    /// cmark-gfm ends an HTML block that closes on a later line (`<!-- … -->`, `<script>`)
    /// at its first line; the literal says how many lines it really spans.
    private static func adjusted(
        _ range: SourceRange?,
        for kind: MarkdownNode.Kind,
        source: SourceText
    ) -> SourceRange? {
        guard case .htmlBlock(let literal) = kind, var range else { return range }
        var newlines = literal.utf8.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        if literal.utf8.last == 0x0A {
            newlines -= 1
        }
        let lastLine = range.start.line + max(newlines, 0)
        if lastLine > range.end.line {
            range.end = SourcePosition(line: lastLine, column: max(source.length(ofLine: lastLine), 1))
        }
        return range
    }
}
